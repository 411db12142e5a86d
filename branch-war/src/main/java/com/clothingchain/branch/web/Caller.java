package com.clothingchain.branch.web;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.shared.faces.FieldMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** Who is signed in on the current request. */
public final class Caller {

    private Caller() {
    }

    public static String name() {
        return external().getUserPrincipal().getName();
    }

    public static boolean isManager() {
        return external().isUserInRole(BranchAccounts.MANAGER);
    }

    /**
     * For actions of managers on pages clerks also see: the button is not rendered for a clerk, and this check
     * refuses a crafted request all the same.
     */
    public static boolean refuseUnlessManager() {
        if (isManager()) {
            return false;
        }
        FieldMessages.error(null, "Only a manager may do this.");
        return true;
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
