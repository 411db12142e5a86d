package com.clothingchain.branch.web;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.shared.account.boundary.PasswordChangePage;
import com.clothingchain.shared.account.control.SiteAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A clerk or manager changes their own password (/account/password.xhtml). */
@Named("ownPassword")
@RequestScoped
public class PasswordBacking extends PasswordChangePage {

    @Inject
    BranchAccounts accounts;

    @Override
    protected SiteAccounts accounts() {
        return accounts;
    }
}
