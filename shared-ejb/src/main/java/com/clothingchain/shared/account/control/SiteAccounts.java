package com.clothingchain.shared.account.control;

import com.clothingchain.shared.account.entity.UserAccount;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A site's own user accounts and the identity store that checks them. Each site subclasses it as a
 * transactional CDI bean over its own persistence unit.
 * <p>
 * After {@value #MAX_FAILED_SIGN_INS} failed sign-ins an account is locked for 15 minutes. A refusal never
 * tells an unknown user from a wrong password, a disabled or a locked account, and costs the same time.
 */
public abstract class SiteAccounts implements IdentityStore {

    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private static final Logger LOG = Logger.getLogger(SiteAccounts.class.getName());

    /** An account a site creates by itself: in demo mode with its published password, or its administrator on a first start. */
    public record Seed(String username, String displayName, String demoPassword, Set<String> roles) {
    }

    protected abstract EntityManager entityManager();

    /** The account created on a first start outside demo mode, with the configured initial password. */
    protected abstract Seed administrator();

    /** The accounts of demo mode. */
    protected abstract List<Seed> demoAccounts();

    protected Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String password = given.getPasswordAsString();
        Optional<UserAccount> found = find(given.getCaller());
        Instant now = clock().instant();
        if (found.isEmpty() || !found.get().isEnabled() || found.get().isLockedAt(now)) {
            PasswordHash.verifyNothing(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount account = found.get();
        if (!PasswordHash.verify(password, account.getPasswordHash())) {
            recordFailure(account, now);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (account.getFailedSignIns() > 0 || account.getLockedUntil() != null) {
            entityManager().createQuery("update UserAccount a set a.failedSignIns = 0, a.lockedUntil = null where a.id = :id")
                    .setParameter("id", account.getId()).executeUpdate();
        }
        return new CredentialValidationResult(account.getUsername(), account.getRoles());
    }

    private void recordFailure(UserAccount account, Instant now) {
        EntityManager em = entityManager();
        // Bulk updates, so that failures arriving at the same time are all counted.
        em.createQuery("update UserAccount a set a.failedSignIns = a.failedSignIns + 1 where a.id = :id")
                .setParameter("id", account.getId()).executeUpdate();
        em.createQuery("update UserAccount a set a.failedSignIns = 0, a.lockedUntil = :until"
                        + " where a.id = :id and a.failedSignIns >= :max")
                .setParameter("until", now.plus(LOCK_TIME))
                .setParameter("id", account.getId())
                .setParameter("max", MAX_FAILED_SIGN_INS)
                .executeUpdate();
    }

    public Optional<UserAccount> find(String username) {
        return entityManager().createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public List<UserAccount> all() {
        return entityManager().createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    public boolean isEmpty() {
        return entityManager().createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult() == 0;
    }

    public UserAccount create(String username, String displayName, String password, Set<String> roles) {
        var account = new UserAccount(username, displayName, PasswordHash.hash(password), roles, clock().instant());
        entityManager().persist(account);
        return account;
    }

    /**
     * Makes sure somebody can sign in: the demo accounts in demo mode; otherwise, on a first start with no
     * accounts, the administrator with the initial password an admin configured. There is no default
     * password outside demo mode.
     */
    public void prepareSignIn(boolean demo, Optional<String> initialPassword) {
        if (demo) {
            LOG.warning("DEMO MODE: demo accounts with published passwords exist. Never run demo mode in production.");
            demoAccounts().stream().filter(seed -> find(seed.username()).isEmpty())
                    .forEach(seed -> create(seed.username(), seed.displayName(), seed.demoPassword(), seed.roles()));
        } else if (isEmpty()) {
            Seed admin = administrator();
            initialPassword.ifPresentOrElse(
                    password -> create(admin.username(), admin.displayName(), password, admin.roles()),
                    () -> LOG.warning("No user accounts: set chain.admin.initial-password (CHAIN_ADMIN_INITIAL_PASSWORD)"
                            + " for the first start to create " + admin.username() + "."));
        }
    }
}
