package com.clothingchain.shared.persistence;

import jakarta.persistence.EntityManager;

/**
 * Serialises a site's first-start steps across servers that share its database. Each step that looks for its data
 * and creates it when missing (the first administrator, the demo accounts, HQ's demo catalogue and tax rates) takes
 * this lock first, in its own transaction: a second server starting at the same moment waits until the first has
 * committed, then finds the data and leaves it alone, so nothing is created twice and neither deployment fails.
 * <p>
 * The lock is the single row of {@code first_start_lock} (made by a migration; Flyway runs migrations under a lock
 * of its own), read {@code FOR UPDATE} and held until the transaction ends, on H2 and MySQL/MariaDB alike.
 */
public final class FirstStartLock {

    private FirstStartLock() {
    }

    /** Blocks until this transaction holds the lock; needs an active transaction. */
    public static void hold(EntityManager entityManager) {
        entityManager.createNativeQuery("SELECT id FROM first_start_lock WHERE id = 1 FOR UPDATE").getSingleResult();
    }
}
