package vn.giamngheo.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Failed logins counted three ways, the same for names that exist and names that do not (so the
 * answer never tells them apart): per name and client address (the few free tries of one person
 * mistyping), per name from anywhere (a slower limit against guessing from many addresses), and per
 * address whatever the name (one machine trying many accounts). Each count waits as
 * {@link LoginThrottle} says; a count is forgotten once its longest wait has passed without a new
 * failure, and a success clears the name's counts but never the address's. An attacker elsewhere
 * does not lock an official out at their own address until the name-wide limit, which is larger.
 *
 * <p>Kept in memory, bounded to {@link #CAPACITY} keys (the oldest dropped first): a restart
 * forgets the counts, which only gives a guesser the free tries once more.
 */
final class LoginAttempts {
    static final int CAPACITY = 100_000;

    private record Failures(int count, Instant last) {}

    private final LoginThrottle perNameAndAddress;
    private final LoginThrottle perName;
    private final LoginThrottle perAddress;
    private final Map<String, Failures> failures = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > CAPACITY;
        }
    };

    LoginAttempts(int freePerNameAndAddress, int freePerName, int freePerAddress) {
        this.perNameAndAddress = new LoginThrottle(freePerNameAndAddress);
        this.perName = new LoginThrottle(freePerName);
        this.perAddress = new LoginThrottle(freePerAddress);
    }

    /** Zero when an attempt for {@code name} from {@code address} may be checked now, else the wait. */
    synchronized Duration wait(String name, String address, Instant now) {
        Duration a = remaining(pair(name, address), perNameAndAddress, now);
        Duration b = remaining(nameKey(name), perName, now);
        Duration c = remaining(addressKey(address), perAddress, now);
        Duration longest = a.compareTo(b) >= 0 ? a : b;
        return longest.compareTo(c) >= 0 ? longest : c;
    }

    synchronized void failed(String name, String address, Instant now) {
        for (String key : new String[] {pair(name, address), nameKey(name), addressKey(address)}) {
            Failures f = failures.get(key);
            if (f != null && now.isAfter(f.last().plus(LoginThrottle.MAX_WAIT))) {
                f = null; // quiet for longer than any wait: start again
            }
            failures.put(key, new Failures(f == null ? 1 : f.count() + 1, now));
        }
    }

    synchronized void succeeded(String name, String address) {
        failures.remove(pair(name, address));
        failures.remove(nameKey(name));
    }

    private Duration remaining(String key, LoginThrottle throttle, Instant now) {
        Failures f = failures.get(key);
        return f == null ? Duration.ZERO : throttle.remaining(f.count(), f.last(), now);
    }

    private static String pair(String name, String address) {
        return "p:" + fold(name) + "@" + address;
    }

    private static String nameKey(String name) {
        return "n:" + fold(name);
    }

    private static String addressKey(String address) {
        return "a:" + address;
    }

    private static String fold(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
