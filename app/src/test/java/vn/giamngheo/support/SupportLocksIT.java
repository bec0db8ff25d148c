package vn.giamngheo.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An entitlement list's run and an approval for a household whose id is the list's id do not
 * queue behind each other (their advisory locks are in different key spaces), while a second run
 * of the same list does.
 */
class SupportLocksIT extends SupportFixtures {

    @Autowired
    GrantStore store;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aListRunDoesNotHoldUpTheApprovalOfAHouseholdWithTheSameNumber() throws Exception {
        long number = 4242;
        long group = 7;
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> run = pool.submit(() -> tx.executeWithoutResult(s -> {
            store.queueList(number);
            held.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
            Boolean[] approval = new Boolean[1];
            Boolean[] sameList = new Boolean[1];
            tx.executeWithoutResult(s -> {
                approval[0] = tryLock(GrantStore.GRANT_LOCKS, GrantStore.grantKey(number, group));
                sameList[0] = tryLock(GrantStore.LIST_LOCKS, (int) number);
            });
            assertThat(approval[0])
                    .as("the household's approval takes its lock at once")
                    .isTrue();
            assertThat(sameList[0]).as("a second run of the same list waits").isFalse();
        } finally {
            release.countDown();
            run.get(30, TimeUnit.SECONDS);
            pool.shutdown();
        }
    }

    @Test
    void grantKeysOfNeighbouringHouseholdsAndGroupsDiffer() {
        assertThat(GrantStore.grantKey(1, 2)).isNotEqualTo(GrantStore.grantKey(2, 1));
        assertThat(GrantStore.grantKey(100, 3)).isNotEqualTo(GrantStore.grantKey(101, 3));
        assertThat(GrantStore.GRANT_LOCKS).isNotEqualTo(GrantStore.LIST_LOCKS);
    }

    private boolean tryLock(int space, int key) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:space, :key)")
                .param("space", space)
                .param("key", key)
                .query(Boolean.class)
                .single());
    }
}
