package com.clothingchain.branch.web.manage;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.web.Caller;
import com.clothingchain.shared.account.boundary.AccountsAdministration;
import com.clothingchain.shared.account.control.SiteAccounts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The branch's user accounts (/manage/users.xhtml, managers only). The operations keep one enabled manager. */
@Named("users")
@ViewScoped
public class UsersBacking extends AccountsAdministration {

    private static final long serialVersionUID = 1L;

    @Inject
    BranchAccounts accounts;

    @Override
    protected SiteAccounts accounts() {
        return accounts;
    }

    @Override
    protected String defaultRole() {
        return BranchAccounts.CLERK;
    }

    @Override
    protected boolean refused() {
        return Caller.refuseUnlessManager();
    }
}
