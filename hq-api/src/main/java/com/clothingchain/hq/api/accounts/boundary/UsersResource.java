package com.clothingchain.hq.api.accounts.boundary;

import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.shared.account.boundary.AccountsResource;
import com.clothingchain.shared.account.control.SiteAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** HQ's user accounts, for hq-admin. */
@Path("users")
@RolesAllowed(HqAccounts.ADMIN)
public class UsersResource extends AccountsResource {

    @Inject
    HqAccounts accounts;

    @Override
    protected SiteAccounts accounts() {
        return accounts;
    }
}
