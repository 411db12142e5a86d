package com.clothingchain.hq.api.support;

import jakarta.ejb.EJBException;

import java.util.function.Supplier;

/**
 * A branch's first sending of something new may arrive twice at once (its outbox sends again after a timeout while
 * the first is still being stored). Both try to insert it; one meets the other at the row's unique key and its
 * transaction rolls back. Its second try finds the winner's row and answers as for a resend.
 */
public final class FirstSendings {

    private FirstSendings() {
    }

    /** What {@code store} answers, tried a second time if the first try lost such a race. */
    public static <T> T stored(Supplier<T> store) {
        try {
            return store.get();
        } catch (EJBException firstSendingsMet) {
            return store.get();
        }
    }
}
