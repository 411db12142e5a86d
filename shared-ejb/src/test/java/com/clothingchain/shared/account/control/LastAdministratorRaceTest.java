package com.clothingchain.shared.account.control;

import com.clothingchain.shared.account.entity.UserAccount;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two administrators disable each other at the same instant, on a real database (H2) in two transactions:
 * the second waits for the first, sees its change, and is refused, so one administrator remains.
 */
class LastAdministratorRaceTest {

    private static EntityManagerFactory database;

    @BeforeAll
    static void twoAdministrators() {
        database = Persistence.createEntityManagerFactory("accounts-test");
        inTransaction(em -> {
            for (String name : List.of("ann", "ben")) {
                em.persist(new UserAccount(name, name, "not-used", HqLikeAccounts.ADMIN_ROLES, Instant.now(), false));
            }
            em.persist(new UserAccount("mia", "mia", "not-used", Set.of("hq-manager"), Instant.now(), false));
            return null;
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theSecondOfTwoAdminsDisablingEachOtherIsRefused() throws Exception {
        long auditedBefore = inTransaction(em -> em.createQuery("select count(e) from AuditEvent e where e.event = 'ACCOUNT_DISABLED'",
                Long.class).getSingleResult());
        EntityManager first = database.createEntityManager();
        first.getTransaction().begin();
        accounts(first).disable("ann");

        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> disableAsAnEjbWould("ben"));
        awaitATransactionWaitingForALock(second);
        first.getTransaction().commit();
        first.close();

        assertEquals(409, second.get(30, TimeUnit.SECONDS), "the second disable sees the first and is refused");
        boolean annEnabled = inTransaction(em -> accounts(em).require("ann").isEnabled());
        boolean benEnabled = inTransaction(em -> accounts(em).require("ben").isEnabled());
        assertFalse(annEnabled, "the first disable stands");
        assertTrue(benEnabled, "one administrator remains");
        long audited = inTransaction(em -> em.createQuery("select count(e) from AuditEvent e where e.event = 'ACCOUNT_DISABLED'",
                Long.class).getSingleResult());
        assertEquals(auditedBefore + 1, audited, "the disable that stood is audited, the refused one is not");
    }

    /** Commits, or rolls back on a refusal (as the container does for the site's account EJB); answers the status. */
    private static int disableAsAnEjbWould(String username) {
        EntityManager em = database.createEntityManager();
        em.getTransaction().begin();
        try {
            accounts(em).disable(username);
            em.getTransaction().commit();
            return 200;
        } catch (ProblemException e) {
            em.getTransaction().rollback();
            assertEquals("enabled", e.problem().field());
            return e.problem().status();
        } finally {
            em.close();
        }
    }

    /** H2 names the session a waiting transaction is blocked by; without the lock the second would not wait. */
    private static void awaitATransactionWaitingForALock(CompletableFuture<Integer> second) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from information_schema.sessions where blocker_id is not null").getSingleResult()).intValue()) == 0) {
            assertFalse(second.isDone(), "the second disable did not wait for the first one's locks");
            assertTrue(Instant.now().isBefore(deadline), "no transaction waited for a lock within 20 s");
            Thread.sleep(20);
        }
    }

    private static SiteAccounts accounts(EntityManager em) {
        return new HqLikeAccounts(em);
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
