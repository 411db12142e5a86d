package com.clothingchain.branch.products.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import com.clothingchain.branch.products.control.CatalogueReplica;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** How far the branch's copy of HQ's catalogue is: the version it holds, its last pull, and that pull's error. */
@Path("catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @Inject
    CatalogueReplica replica;

    @GET
    @RolesAllowed(BranchAccounts.CLERK)
    public CatalogueReplica.State state() {
        return replica.state();
    }
}
