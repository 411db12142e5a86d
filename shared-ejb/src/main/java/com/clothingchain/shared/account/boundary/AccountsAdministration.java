package com.clothingchain.shared.account.boundary;

import com.clothingchain.shared.account.control.SiteAccounts;
import com.clothingchain.shared.account.entity.UserAccount;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The users page of a site, for its admins: create accounts, disable and enable them, reset a password,
 * change roles. Each site names it and gives its accounts; the account operations keep one enabled admin.
 */
public abstract class AccountsAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient List<UserAccount> shown;
    private String username;
    private String displayName;
    private String password;
    private List<String> roles;

    private String selected;
    private List<String> selectedRoles = new ArrayList<>();
    private String newPassword;

    /** The site's accounts. */
    protected abstract SiteAccounts accounts();

    /** The role a new account gets unless the admin chooses others. */
    protected abstract String defaultRole();

    /** A last check of the caller before each change, on top of web.xml's protection of the page. */
    protected boolean refused() {
        return false;
    }

    public List<UserAccount> getAccounts() {
        if (shown == null) {
            shown = accounts().all();
        }
        return shown;
    }

    public void create() {
        if (refused()) {
            return;
        }
        try {
            UserAccount created = accounts().register(username, displayName, password, new HashSet<>(getRoles()));
            FieldMessages.info("Account " + created.getUsername() + " is created.");
            username = null;
            displayName = null;
            password = null;
            roles = new ArrayList<>(List.of(defaultRole()));
            shown = null;
        } catch (ProblemException e) {
            FieldMessages.show(e, Map.of("username", "create:username", "displayName", "create:displayName",
                    "password", "create:password", "roles", "create:roles"));
        }
    }

    public void select(UserAccount account) {
        selected = account.getUsername();
        selectedRoles = new ArrayList<>(account.getRoles());
        newPassword = null;
    }

    public void saveRoles() {
        if (refused()) {
            return;
        }
        try {
            accounts().changeRoles(selected, new HashSet<>(selectedRoles));
            FieldMessages.info("The roles of " + selected + " are saved.");
            shown = null;
        } catch (ProblemException e) {
            FieldMessages.show(e, Map.of("roles", "account:roles"));
        }
    }

    public void resetPassword() {
        if (refused()) {
            return;
        }
        try {
            accounts().resetPassword(selected, newPassword);
            newPassword = null;
            FieldMessages.info("The password of " + selected + " is reset: give it to its owner, who must choose a new one at"
                    + " the next sign-in. The account's sessions have ended.");
            shown = null;
        } catch (ProblemException e) {
            FieldMessages.show(e, Map.of("password", "account:newPassword"));
        }
    }

    public void enable(String user, boolean enabled) {
        if (refused()) {
            return;
        }
        try {
            if (enabled) {
                accounts().enable(user);
            } else {
                accounts().disable(user);
            }
            FieldMessages.info("Account " + user + (enabled ? " is enabled." : " is disabled: it can no longer sign in."));
            shown = null;
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> null);
        }
    }

    /** The account's roles as words, e.g. "manager, clerk". */
    public String roleWords(UserAccount account) {
        return account.getRoles().stream().sorted(Comparator.reverseOrder()).map(role -> role.replace("hq-", "HQ ").replace('-', ' '))
                .collect(Collectors.joining(", "));
    }

    /** The account's state in words: enabled or not, a password to be changed, failed sign-ins since the last success. */
    public String status(UserAccount account) {
        StringBuilder status = new StringBuilder(account.isEnabled() ? "enabled" : "disabled");
        if (account.isPasswordChangeRequired()) {
            status.append(", must choose a new password");
        }
        if (account.getFailedSignIns() > 0) {
            status.append(", ").append(account.getFailedSignIns()).append(" failed sign-in(s) since the last success");
        }
        return status.toString();
    }

    public List<String> getAssignableRoles() {
        return List.copyOf(accounts().assignableRoles());
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        if (roles == null) {
            roles = new ArrayList<>(List.of(defaultRole()));
        }
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getSelected() {
        return selected;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
