package com.clothingchain.shared.account.control;

import com.clothingchain.shared.account.entity.UserAccount;
import com.clothingchain.shared.problem.FieldChecks;
import com.clothingchain.shared.problem.ProblemException;
import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.persistence.FirstStartLock;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.time.Clock;
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
 * A refusal never tells an unknown user from a wrong password or a disabled account, and costs the same time.
 * Failed sign-ins are counted here and throttled by {@link SignInGuard}.
 * <p>
 * The account operations for an admin page ({@link #register}, {@link #disable}, {@link #enable},
 * {@link #resetPassword}, {@link #changeRoles}, {@link #rename}) and the owner's {@link #changeOwnPassword}
 * check their input ({@link PasswordPolicy} for passwords), refuse with a {@link ProblemException} naming the
 * field, record themselves in the site's {@link AuditTrail}, and never leave the site without an enabled
 * administrator. A password an administrator sets must be changed by its owner at the next sign-in; any change
 * of password, roles or enabled state ends the account's sessions and cached API credentials (its security stamp).
 */
public abstract class SiteAccounts implements IdentityStore {

    /** 3 to 64 of lower-case letters, digits, '.', '_' and '-', starting with a letter or digit. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private static final Logger LOG = Logger.getLogger(SiteAccounts.class.getName());

    /** An account a site creates by itself: in demo mode with its published password, or its administrator on a first start. */
    public record Seed(String username, String displayName, String demoPassword, Set<String> roles) {
    }

    @Inject
    AuditTrail audit;

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

    /**
     * Checks a user name and password (one PBKDF2 hash, also for an unknown or disabled account, so a refusal
     * takes as long and says as little). A success clears the account's count of failed sign-ins. Callers
     * count the attempt first ({@link #noteAttempt}) and throttle it ({@link SignInGuard}).
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String password = given.getPasswordAsString();
        Optional<UserAccount> found = find(given.getCaller());
        if (found.isEmpty() || !found.get().isEnabled()) {
            PasswordHash.verifyNothing(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount account = found.get();
        if (!PasswordHash.verify(password, account.getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (account.getFailedSignIns() > 0) {
            entityManager().createQuery("update UserAccount a set a.failedSignIns = 0 where a.id = :id")
                    .setParameter("id", account.getId()).executeUpdate();
        }
        return new CredentialValidationResult(account.getUsername(), account.getRoles());
    }

    /**
     * Counts a sign-in attempt for this user name, checked or refused by the throttle, with one bulk update, so that
     * attempts arriving together are all counted; a success sets the count back to 0. Unknown names count nothing.
     */
    public void noteAttempt(String username) {
        entityManager().createQuery("update UserAccount a set a.failedSignIns = a.failedSignIns + 1 where a.username = :username")
                .setParameter("username", username).executeUpdate();
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

    private UserAccount create(String username, String displayName, String password, Set<String> roles,
                               boolean mustChangePassword) {
        var account = new UserAccount(username, displayName, PasswordHash.hash(password), roles, clock().instant(),
                mustChangePassword);
        entityManager().persist(account);
        return account;
    }

    /**
     * Makes sure somebody can sign in: the demo accounts in demo mode; otherwise, on a first start with no
     * accounts, the administrator with the initial password an admin configured. There is no default
     * password outside demo mode. Servers starting together on one database take turns here
     * ({@link FirstStartLock}): the first creates the accounts, the others find them.
     */
    public void prepareSignIn(boolean demo, Optional<String> initialPassword) {
        FirstStartLock.hold(entityManager());
        if (demo) {
            LOG.warning("DEMO MODE: demo accounts with published passwords exist. Never run demo mode in production.");
            demoAccounts().stream().filter(seed -> find(seed.username()).isEmpty())
                    .forEach(seed -> create(seed.username(), seed.displayName(), seed.demoPassword(), seed.roles(), false));
        } else if (isEmpty()) {
            Seed admin = administrator();
            if (initialPassword.isEmpty()) {
                LOG.warning("No user accounts: set chain.admin.initial-password (CHAIN_ADMIN_INITIAL_PASSWORD)"
                        + " for the first start to create " + admin.username() + ".");
                return;
            }
            try {
                PasswordPolicy.check(initialPassword.get(), admin.username(), admin.displayName());
            } catch (ProblemException weak) {
                LOG.severe("chain.admin.initial-password is refused, so nobody can sign in yet: " + weak.getMessage());
                return;
            }
            create(admin.username(), admin.displayName(), initialPassword.get(), admin.roles(), true);
            audit.record(AuditType.ACCOUNT_CREATED, admin.username(), "first administrator, from chain.admin.initial-password;"
                    + " the password must be changed at the first sign-in");
        }
    }

    /** A new, enabled account, after checking every field. */
    public UserAccount register(String username, String displayName, String password, Set<String> roles) {
        FieldChecks checks = new FieldChecks();
        String name = checks.check(() -> validUsername(username));
        if (name != null && find(name).isPresent()) {
            checks.add(ProblemException.conflict("username", "The user name " + name + " is taken."));
        }
        String display = checks.check(() -> validDisplayName(displayName));
        String valid = checks.check(() -> PasswordPolicy.check(password, name, display));
        Set<String> validRoles = checks.check(() -> validRoles(roles));
        checks.done();
        UserAccount created = create(name, display, valid, validRoles, true);
        audit.record(AuditType.ACCOUNT_CREATED, name, "roles " + created.getRoles());
        return created;
    }

    /** Several changes of one account in one transaction; null leaves that part as it is. */
    public UserAccount change(String username, String displayName, Set<String> roles, Boolean enabled) {
        require(username);
        if (displayName != null) {
            rename(username, displayName);
        }
        if (roles != null) {
            changeRoles(username, roles);
        }
        if (Boolean.FALSE.equals(enabled)) {
            disable(username);
        } else if (Boolean.TRUE.equals(enabled)) {
            enable(username);
        }
        return require(username);
    }

    public UserAccount rename(String username, String displayName) {
        UserAccount account = require(username);
        String before = account.getDisplayName();
        account.setDisplayName(validDisplayName(displayName));
        if (!before.equals(account.getDisplayName())) {
            audit.record(AuditType.ACCOUNT_RENAMED, username, before + " -> " + account.getDisplayName());
        }
        return account;
    }

    /**
     * A password an administrator chose: the owner must change it at the next sign-in. It ends the account's
     * sessions and cached API credentials, and its count of failed sign-ins.
     */
    public UserAccount resetPassword(String username, String password) {
        UserAccount account = require(username);
        account.changePassword(PasswordHash.hash(PasswordPolicy.check(password, username, account.getDisplayName())), false);
        audit.record(AuditType.PASSWORD_RESET, username, "the owner must choose a new password at the next sign-in");
        return account;
    }

    /** The owner changes their own password, giving the current one; other sessions of the account end. */
    public UserAccount changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = require(username);
        if (currentPassword == null || currentPassword.length() > PasswordPolicy.MAX_LENGTH
                || !PasswordHash.verify(currentPassword, account.getPasswordHash())) {
            throw ProblemException.badRequest("currentPassword", "The current password is not right.");
        }
        if (currentPassword.equals(newPassword)) {
            throw ProblemException.badRequest("password", "Choose a password other than the current one.");
        }
        account.changePassword(PasswordHash.hash(PasswordPolicy.check(newPassword, username, account.getDisplayName())), true);
        audit.record(AuditType.PASSWORD_CHANGED, username, null);
        return account;
    }

    public UserAccount changeRoles(String username, Set<String> roles) {
        lockAllAccounts();
        UserAccount account = require(username);
        Set<String> before = account.getRoles();
        account.setRoles(validRoles(roles));
        keepAnAdministrator("roles");
        if (!before.equals(account.getRoles())) {
            audit.record(AuditType.ROLES_CHANGED, username, new TreeSet<>(before) + " -> " + new TreeSet<>(account.getRoles()));
        }
        return account;
    }

    /** The account can no longer sign in; its sessions and cached API credentials stop working too. */
    public UserAccount disable(String username) {
        lockAllAccounts();
        UserAccount account = require(username);
        boolean was = account.isEnabled();
        account.setEnabled(false);
        keepAnAdministrator("enabled");
        if (was) {
            audit.record(AuditType.ACCOUNT_DISABLED, username, null);
        }
        return account;
    }

    public UserAccount enable(String username) {
        UserAccount account = require(username);
        if (!account.isEnabled()) {
            account.setEnabled(true);
            audit.record(AuditType.ACCOUNT_ENABLED, username, null);
        }
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
