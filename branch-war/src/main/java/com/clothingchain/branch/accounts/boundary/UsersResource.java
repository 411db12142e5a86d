package com.clothingchain.branch.accounts.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.shared.account.boundary.AccountsResource;
import com.clothingchain.shared.account.control.SiteAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** The branch's user accounts, for its managers. */
@Path("users")
@RolesAllowed(BranchAccounts.MANAGER)
public class UsersResource extends AccountsResource {

    @Inject
    BranchAccounts accounts;

    @Override
    protected SiteAccounts accounts() {
        return accounts;
    }
}
