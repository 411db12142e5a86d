package com.clothingchain.shared.account.control;

import com.clothingchain.shared.problem.ProblemException;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a password must be: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, not only spaces, and not
 * easy to guess. zxcvbn4j (Dropbox's zxcvbn, with its lists of the most common and most often breached
 * passwords, words, names and keyboard patterns) must rate it at least {@value #MIN_SCORE} of 4; the user's own
 * name and the site's words count as known to an attacker.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_SCORE = 3;
    private static final List<String> SITE_WORDS = List.of("clothing", "chain", "branch", "store", "shop", "manager",
            "clerk", "admin", "password", "demo", "clothingchain");
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** The password, or a refusal for the field {@code password} saying what is wrong. */
    public static String check(String password, String... userWords) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw ProblemException.badRequest("password", "A password is " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            throw ProblemException.badRequest("password", "A password must not be only spaces.");
        }
        List<String> known = new java.util.ArrayList<>(SITE_WORDS);
        Arrays.stream(userWords).filter(Objects::nonNull).filter(w -> !w.isBlank()).forEach(known::add);
        Strength strength = ZXCVBN.measure(password, known);
        if (strength.getScore() < MIN_SCORE) {
            String warning = strength.getFeedback().getWarning();
            throw ProblemException.badRequest("password", "This password is too easy to guess"
                    + (warning == null || warning.isBlank() ? "" : " (" + warning.replaceAll("\\.$", "") + ")")
                    + ": use a longer phrase of unrelated words, or let a password manager choose one.");
        }
        return password;
    }
}
