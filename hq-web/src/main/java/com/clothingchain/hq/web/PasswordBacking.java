package com.clothingchain.hq.web;

import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.shared.account.boundary.PasswordChangePage;
import com.clothingchain.shared.account.control.SiteAccounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** An HQ user changes their own password (/account/password.xhtml). */
@Named("ownPassword")
@RequestScoped
public class PasswordBacking extends PasswordChangePage {

    @Inject
    HqAccounts accounts;

    @Override
    protected SiteAccounts accounts() {
        return accounts;
    }
}
