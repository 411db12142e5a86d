package com.clothingchain.hq.web.catalogue;

import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.shared.faces.FieldMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/**
 * Who may change the catalogue on its pages: merchandisers and admins. HQ managers see the same pages read-only;
 * every action checks again, whatever the page showed.
 */
final class Merchandising {

    private Merchandising() {
    }

    static boolean allowed() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.isUserInRole(HqAccounts.MERCHANDISER) || context.isUserInRole(HqAccounts.ADMIN);
    }

    /** True, with a message at the top of the page, when the caller may not change the catalogue. */
    static boolean refused() {
        if (allowed()) {
            return false;
        }
        FieldMessages.error(null, "Only merchandisers and admins change the catalogue.");
        return true;
    }
}
