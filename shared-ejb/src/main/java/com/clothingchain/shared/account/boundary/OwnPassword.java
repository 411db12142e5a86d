package com.clothingchain.shared.account.boundary;

import com.clothingchain.shared.account.control.PasswordPolicy;
import com.clothingchain.shared.account.control.SignInGuard;
import com.clothingchain.shared.account.control.SiteAccounts;
import com.clothingchain.shared.account.entity.UserAccount;
import com.clothingchain.shared.problem.ProblemException;
import com.clothingchain.shared.web.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A signed-in user changes their own password, from the password page or the API ({@code PUT me/password}).
 * Checking the current password is a sign-in attempt like any other: counted and throttled by the
 * {@link SignInGuard}. The caller's own session stays signed in; the account's other sessions and cached API
 * credentials end. (A plain class: in the HQ EAR a library bean could not see the site's accounts bean.)
 */
public final class OwnPassword {

    private OwnPassword() {
    }

    public static UserAccount change(SiteAccounts accounts, SignInGuard guard, HttpServletRequest request, String username,
                                     String currentPassword, String newPassword) {
        PasswordPolicy.check(newPassword, username);
        String address = ClientAddress.of(request);
        SignInGuard.Admission admission = guard.admit(username, address);
        if (!admission.admitted()) {
            throw new ProblemException(429, "Too Many Requests", "Too many wrong passwords from here; try again in "
                    + admission.retryAfterSeconds() + " s.", "currentPassword");
        }
        if (!guard.tryStartCheck()) {
            guard.notChecked(username, address);
            throw new ProblemException(503, "Service Unavailable", Refusal.busy().problem().detail(), "currentPassword");
        }
        UserAccount account;
        try {
            account = accounts.changeOwnPassword(username, currentPassword, newPassword);
        } catch (ProblemException refused) {
            if (!"currentPassword".equals(refused.problem().field())) {
                guard.succeeded(username, address); // the current password was right; the new one was refused
            }
            throw refused;
        } finally {
            guard.endCheck();
        }
        guard.succeeded(username, address);
        SiteAuthenticationMechanism.regrant(request, account);
        return account;
    }
}
