package vn.giamngheo.shared;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Reading an uploaded file within a time limit: a crafted document can keep a parser busy for
 * minutes, so the work runs on its own thread and the caller gets a problem on {@code field} when
 * the limit passes (the reader is interrupted; what it computed is thrown away).
 */
public final class TimeLimit {
    private TimeLimit() {}

    public static <T> T within(Duration limit, String field, Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread reader = new Thread(task, "file-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw InvalidInput.of(field, Message.of("input.tooSlow", Math.max(1, limit.toSeconds())));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a file", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
