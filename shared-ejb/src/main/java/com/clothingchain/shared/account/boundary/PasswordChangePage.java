package com.clothingchain.shared.account.boundary;

import com.clothingchain.shared.account.control.SignInGuard;
import com.clothingchain.shared.account.control.SiteAccounts;
import com.clothingchain.shared.account.entity.UserAccount;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.Map;

/**
 * The page where a signed-in user chooses their own password ({@value SiteAuthenticationMechanism#PASSWORD_PAGE}).
 * Each site names it {@code ownPassword} and gives its accounts.
 */
public abstract class PasswordChangePage {

    @Inject
    SignInGuard guard;

    protected abstract SiteAccounts accounts();

    private String currentPassword;
    private String newPassword;
    private String repeated;

    public void change() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (newPassword != null && !newPassword.equals(repeated)) {
            FieldMessages.error("password:repeated", "The two new passwords differ.");
            return;
        }
        try {
            UserAccount account = OwnPassword.change(accounts(), guard, (HttpServletRequest) external.getRequest(),
                    external.getUserPrincipal().getName(), currentPassword, newPassword);
            external.getFlash().setKeepMessages(true);
            FieldMessages.info("Your password is changed, " + account.getDisplayName() + ".");
            external.redirect(external.getRequestContextPath() + "/");
            faces.responseComplete();
        } catch (ProblemException e) {
            FieldMessages.show(e, Map.of("currentPassword", "password:current", "password", "password:newPassword"));
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
