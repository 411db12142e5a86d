package com.clothingchain.branch.accounts.boundary;

import com.clothingchain.branch.accounts.control.BranchAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;
import java.util.stream.Stream;

/** Who the credentials belong to: lets a terminal check its sign-in before it starts selling. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String username, List<String> roles) {
    }

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed(BranchAccounts.CLERK)
    public Me me() {
        return new Me(security.getUserPrincipal().getName(),
                Stream.of(BranchAccounts.MANAGER, BranchAccounts.CLERK).filter(security::isUserInRole).toList());
    }
}
