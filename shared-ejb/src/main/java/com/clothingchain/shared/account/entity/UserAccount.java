package com.clothingchain.shared.account.entity;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A person who signs in at one site. Every site keeps its own table; nothing is shared between sites. */
@Entity
@Table(name = "user_accounts")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select a from UserAccount a where a.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "select a from UserAccount a order by a.username")
@NamedQuery(name = UserAccount.COUNT, query = "select count(a) from UserAccount a")
public class UserAccount implements Serializable {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String ALL = "UserAccount.all";
    public static final String COUNT = "UserAccount.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 128)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Convert(converter = RolesConverter.class)
    @Column(nullable = false)
    private Set<String> roles = new TreeSet<>();

    @Column(nullable = false)
    private boolean enabled = true;

    /** Failed sign-ins since the last successful one (throttled attempts included); shown to admins. */
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    /**
     * Changes whenever what the account may do changes (password, roles, disabled): a session or a cached API
     * credential carries the stamp it was granted with and stops working once the account's stamp differs.
     */
    @Column(name = "security_stamp", nullable = false, length = 36)
    private String securityStamp = newStamp();

    /** Set when an administrator chose the password (or on a first start): the owner must choose a new one. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<String> roles, Instant createdAt,
                       boolean passwordChangeRequired) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new TreeSet<>(roles);
        this.createdAt = createdAt;
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** A new password; {@code chosenByOwner} false (set by an administrator) means the owner must change it at the next sign-in. */
    public void changePassword(String passwordHash, boolean chosenByOwner) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = !chosenByOwner;
        this.failedSignIns = 0;
        this.securityStamp = newStamp();
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public void setRoles(Set<String> roles) {
        if (!this.roles.equals(roles)) {
            this.securityStamp = newStamp();
        }
        this.roles = new TreeSet<>(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        if (this.enabled && !enabled) {
            this.securityStamp = newStamp();
        }
        this.enabled = enabled;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public String getSecurityStamp() {
        return securityStamp;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** Whether a session or cached credential granted with these roles and this stamp may still act. */
    public boolean stillGrants(Set<String> grantedRoles, String grantedStamp) {
        return enabled && securityStamp.equals(grantedStamp) && getRoles().equals(grantedRoles);
    }

    private static String newStamp() {
        return UUID.randomUUID().toString();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
