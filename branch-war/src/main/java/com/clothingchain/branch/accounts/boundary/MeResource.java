package com.clothingchain.branch.accounts.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.shared.account.boundary.OwnAccountResource;
import com.clothingchain.shared.account.control.SiteAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** A clerk's or manager's own account. */
@Path("me")
@RolesAllowed(BranchAccounts.CLERK)
public class MeResource extends OwnAccountResource {

    @Inject
    BranchAccounts accounts;

    @Override
    protected SiteAccounts accounts() {
        return accounts;
    }
}
