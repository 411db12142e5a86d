package com.clothingchain.hq.api.accounts.boundary;

import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.shared.account.boundary.OwnAccountResource;
import com.clothingchain.shared.account.control.SiteAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** An HQ user's own account. */
@Path("me")
@RolesAllowed({HqAccounts.MANAGER, HqAccounts.MERCHANDISER})
public class MeResource extends OwnAccountResource {

    @Inject
    HqAccounts accounts;

    @Override
    protected SiteAccounts accounts() {
        return accounts;
    }
}
