package com.clothingchain.shared.account.control;

import com.clothingchain.shared.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"elevenchars", "            ", "password1234", "123456789012", "qwertyuiopas",
            "iloveyou2026", "Password123!", "anna.kowalski1", "clothingchain1", "aaaaaaaaaaaaaaaa"})
    void refusesShortBlankCommonAndPersonalPasswords(String password) {
        ProblemException refused = assertThrows(ProblemException.class, () -> PasswordPolicy.check(password, "anna.kowalski"));
        assertEquals("password", refused.problem().field());
        assertEquals(400, refused.problem().status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-long-enough-password", "tram violet marble ninety", "Kx7#qLm2!vRt", "correct horse battery staple"})
    void acceptsPasswordsThatAreHardToGuess(String password) {
        assertEquals(password, PasswordPolicy.check(password, "anna.kowalski"));
    }

    @ParameterizedTest
    @ValueSource(ints = {129, 5000})
    void refusesOverlongPasswordsBeforeRatingThem(int length) {
        ProblemException refused = assertThrows(ProblemException.class, () -> PasswordPolicy.check("x".repeat(length)));
        assertTrue(refused.problem().detail().contains("12 to 128"), refused.problem().detail());
    }
}
