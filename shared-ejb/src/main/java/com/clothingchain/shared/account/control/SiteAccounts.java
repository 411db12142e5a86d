package com.clothingchain.shared.account.control;

import com.clothingchain.shared.account.entity.UserAccount;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A site's own user accounts and the identity store that checks them. Each site subclasses it as a
 * transactional CDI bean over its own persistence unit.
 * <p>
 * After {@value #MAX_FAILED_SIGN_INS} failed sign-ins an account is locked for 15 minutes. A refusal never
 * tells an unknown user from a wrong password, a disabled or a locked account, and costs the same time.
 * <p>
 * The account operations for an admin page ({@link #register}, {@link #disable}, {@link #enable},
 * {@link #resetPassword}, {@link #changeRoles}, {@link #rename}) check their input, refuse with a
 * {@link ProblemException} naming the field, and never leave the site without an enabled administrator.
 */
public abstract class SiteAccounts implements IdentityStore {

    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 128;
    /** 3 to 64 of lower-case letters, digits, '.', '_' and '-', starting with a letter or digit. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private static final Logger LOG = Logger.getLogger(SiteAccounts.class.getName());

    /** An account a site creates by itself: in demo mode with its published password, or its administrator on a first start. */
    public record Seed(String username, String displayName, String demoPassword, Set<String> roles) {
    }

    protected abstract EntityManager entityManager();

    /** The account created on a first start outside demo mode, with the configured initial password. */
    protected abstract Seed administrator();

    /** The accounts of demo mode. */
    protected abstract List<Seed> demoAccounts();

    /** The roles an admin may give on this site; by default every role of the administrator and the demo accounts. */
    public Set<String> assignableRoles() {
        return Stream.concat(Stream.of(administrator()), demoAccounts().stream())
                .flatMap(seed -> seed.roles().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The role that makes an account an administrator of this site, of which at least one enabled account
     * must remain; by default the administrator's role that no other demo account has (or its only role).
     */
    public String administratorRole() {
        Set<String> others = demoAccounts().stream().filter(seed -> !seed.username().equals(administrator().username()))
                .flatMap(seed -> seed.roles().stream()).collect(Collectors.toSet());
        return administrator().roles().stream().filter(role -> !others.contains(role)).sorted().findFirst()
                .orElseGet(() -> administrator().roles().stream().sorted().findFirst().orElseThrow());
    }

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

    /**
     * Whether an account signed in earlier (a session, a cached API credential) may still act with these
     * roles: it exists, is enabled, and its roles have not changed. One indexed read. A lockout does not
     * end a session: failed sign-ins by someone else must not throw the owner out.
     */
    public boolean stillAllows(String username, Set<String> roles) {
        return find(username).filter(a -> a.isEnabled() && a.getRoles().equals(roles)).isPresent();
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

    /** A new, enabled account, after checking every field. */
    public UserAccount register(String username, String displayName, String password, Set<String> roles) {
        String name = validUsername(username);
        if (find(name).isPresent()) {
            throw ProblemException.conflict("username", "The user name " + name + " is taken.");
        }
        return create(name, validDisplayName(displayName), validPassword(password), validRoles(roles));
    }

    public UserAccount rename(String username, String displayName) {
        UserAccount account = require(username);
        account.setDisplayName(validDisplayName(displayName));
        return account;
    }

    /** A new password; it also ends a lockout. */
    public UserAccount resetPassword(String username, String password) {
        UserAccount account = require(username);
        account.setPasswordHash(PasswordHash.hash(validPassword(password)));
        return account;
    }

    public UserAccount changeRoles(String username, Set<String> roles) {
        lockAllAccounts();
        UserAccount account = require(username);
        account.setRoles(validRoles(roles));
        keepAnAdministrator("roles");
        return account;
    }

    /** The account can no longer sign in; its sessions and cached API credentials stop working too. */
    public UserAccount disable(String username) {
        lockAllAccounts();
        UserAccount account = require(username);
        account.setEnabled(false);
        keepAnAdministrator("enabled");
        return account;
    }

    public UserAccount enable(String username) {
        UserAccount account = require(username);
        account.setEnabled(true);
        return account;
    }

    public UserAccount require(String username) {
        return find(username).orElseThrow(() -> ProblemException.notFound("username", "No user " + username + "."));
    }

    public static String validUsername(String username) {
        String name = username == null ? "" : username.trim();
        if (!USERNAME.matcher(name).matches()) {
            throw ProblemException.badRequest("username",
                    "A user name is 3 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit.");
        }
        return name;
    }

    public static String validDisplayName(String displayName) {
        String name = displayName == null ? "" : displayName.trim();
        if (name.isEmpty() || name.length() > 128) {
            throw ProblemException.badRequest("displayName", "A display name is 1 to 128 characters.");
        }
        return name;
    }

    public static String validPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            throw ProblemException.badRequest("password",
                    "A password is " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            throw ProblemException.badRequest("password", "A password must not be only spaces.");
        }
        return password;
    }

    public Set<String> validRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw ProblemException.badRequest("roles", "Give the account at least one role.");
        }
        Set<String> unknown = new TreeSet<>(roles);
        unknown.removeAll(assignableRoles());
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest("roles", "Unknown roles " + unknown + "; this site has " + assignableRoles() + ".");
        }
        return new TreeSet<>(roles);
    }

    /**
     * Two admins taking each other's role at the same instant must not both succeed: every change that can
     * remove an administrator first locks all accounts (a site has a few dozen), so the second waits for the
     * first to commit and then sees its change.
     */
    private void lockAllAccounts() {
        entityManager().createNamedQuery(UserAccount.ALL, UserAccount.class).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** Refuses (and so rolls back) a change that leaves no enabled account with the administrator role. */
    private void keepAnAdministrator(String field) {
        String role = administratorRole();
        boolean remains = all().stream().anyMatch(a -> a.isEnabled() && a.getRoles().contains(role));
        if (!remains) {
            throw ProblemException.conflict(field, "This would leave no enabled account with the role " + role
                    + "; give another account that role first.");
        }
    }
}
