package com.clothingchain.shared.account.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two servers start at the same instant on one empty database (H2, two transactions): the second waits at the first
 * start lock until the first has created the first administrator and committed, then finds it and creates nothing.
 * One account, one ACCOUNT_CREATED entry, and neither start fails.
 */
class FirstAdministratorRaceTest {

    private static final Optional<String> INITIAL = Optional.of("correct horse battery staple 42");
    private static EntityManagerFactory database;

    @BeforeAll
    static void emptyDatabase() {
        // a database of its own: the other tests' accounts must not be there
        database = Persistence.createEntityManagerFactory("accounts-test",
                Map.of("jakarta.persistence.jdbc.url", "jdbc:h2:mem:first-start;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000"));
        inTransaction(em -> {
            // as the sites' migrations make it (Hibernate makes only the entities' tables here)
            em.createNativeQuery("CREATE TABLE first_start_lock (id INT NOT NULL PRIMARY KEY)").executeUpdate();
            return em.createNativeQuery("INSERT INTO first_start_lock (id) VALUES (1)").executeUpdate();
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void twoServersStartingTogetherCreateOneAdministrator() throws Exception {
        EntityManager first = database.createEntityManager();
        first.getTransaction().begin();
        new HqLikeAccounts(first).prepareSignIn(false, INITIAL);

        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> inTransaction(em -> {
            new HqLikeAccounts(em).prepareSignIn(false, INITIAL);
            return null;
        }));
        awaitATransactionWaitingForALock(second);
        first.getTransaction().commit();
        first.close();
        second.get(30, TimeUnit.SECONDS);

        assertEquals(1L, count("select count(a) from UserAccount a"), "one account");
        assertEquals(1L, count("select count(a) from UserAccount a where a.username = 'hq-admin'"), "the first administrator");
        assertEquals(1L, count("select count(e) from AuditEvent e where e.event = 'ACCOUNT_CREATED'"), "audited once");
    }

    /** H2 names the session a waiting transaction is blocked by; without the lock the second would not wait. */
    private static void awaitATransactionWaitingForALock(CompletableFuture<?> second) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from information_schema.sessions where blocker_id is not null").getSingleResult()).intValue()) == 0) {
            assertFalse(second.isDone(), "the second start did not wait for the first one's lock");
            assertTrue(Instant.now().isBefore(deadline), "no transaction waited for a lock within 20 s");
            Thread.sleep(20);
        }
    }

    private static long count(String jpql) {
        return inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = database.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
