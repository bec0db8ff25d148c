package vn.giamngheo.identity;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.shared.InvalidInput;

/**
 * What a password must be: at least {@link #MIN_LENGTH} characters, at most {@link #MAX_LENGTH}
 * (hashing has a cost), and not guessable — not one of the 30,000 most common passwords of zxcvbn's
 * list (shipped inside the zxcvbn4j library, MIT licence; no network at run time), nor a repeat
 * ({@code aaaaaaaaaa}), a sequence ({@code 1234567890}), a keyboard row ({@code qwertyuiop}) or the
 * user's own name. zxcvbn estimates the guesses an attacker needs; fewer than a million (its scores 0
 * and 1) is refused. Pure: no Spring, no database.
 */
final class PasswordRule {
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;
    /** zxcvbn's score 2: at least 10^6 guesses. */
    private static final int MIN_SCORE = 2;

    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordRule() {}

    /** The problems of a password (none when acceptable); {@code personal} are the user's own words. */
    static List<InvalidInput.Problem> problems(String password, String... personal) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add(InvalidInput.Problem.of("password", "identity.passwordTooShort", MIN_LENGTH));
        } else if (password.length() > MAX_LENGTH) {
            problems.add(InvalidInput.Problem.of("password", "identity.passwordTooLong", MAX_LENGTH));
        } else if (guessable(password, personal)) {
            problems.add(InvalidInput.Problem.of("password", "identity.passwordCommon"));
        }
        return problems;
    }

    private static boolean guessable(String password, String... personal) {
        List<String> words = new ArrayList<>();
        for (String w : personal) {
            if (w != null && !w.isBlank()) {
                words.add(w.trim());
            }
        }
        return ESTIMATOR.measure(password, words).getScore() < MIN_SCORE;
    }
}
