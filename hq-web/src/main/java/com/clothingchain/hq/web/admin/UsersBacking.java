package com.clothingchain.hq.web.admin;

import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.shared.account.boundary.AccountsAdministration;
import com.clothingchain.shared.account.control.SiteAccounts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** HQ's user accounts (/admin/users.xhtml, hq-admin only). The operations keep one enabled hq-admin. */
@Named
@ViewScoped
public class UsersBacking extends AccountsAdministration {

    private static final long serialVersionUID = 1L;

    @Inject
    HqAccounts accounts;

    @Override
    protected SiteAccounts accounts() {
        return accounts;
    }

    @Override
    protected String defaultRole() {
        return HqAccounts.MANAGER;
    }
}
