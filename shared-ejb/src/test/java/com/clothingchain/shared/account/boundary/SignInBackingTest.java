package com.clothingchain.shared.account.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignInBackingTest {

    @Test
    void continuesOnlyToPagesOfThisApplication() {
        assertEquals("/index.xhtml?x=1", SignInBacking.safeTarget("/index.xhtml?x=1"));
        assertEquals("/", SignInBacking.safeTarget(null));
        assertEquals("/", SignInBacking.safeTarget("https://evil.example/"));
        assertEquals("/", SignInBacking.safeTarget("//evil.example/"));
        assertEquals("/", SignInBacking.safeTarget("/\\evil.example"));
        assertEquals("/", SignInBacking.safeTarget("/login.xhtml"));
    }
}
