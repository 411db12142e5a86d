package com.clothingchain.hq.api.accounts.boundary;

import com.clothingchain.hq.business.accounts.control.HqAccounts;
import com.clothingchain.shared.account.boundary.AllowedWithPasswordChangePending;
import com.clothingchain.shared.account.boundary.OwnPassword;
import com.clothingchain.shared.account.boundary.PasswordChangeInput;
import com.clothingchain.shared.account.control.SignInGuard;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;
import java.util.stream.Stream;

import static com.clothingchain.shared.problem.Fields.required;

/** The HQ user the credentials belong to, and changing one's own password. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String username, List<String> roles) {
    }

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Inject
    HqAccounts accounts;

    @Inject
    SignInGuard guard;

    @GET
    @RolesAllowed(HqAccounts.MANAGER)
    @AllowedWithPasswordChangePending
    public Me me() {
        return new Me(security.getUserPrincipal().getName(),
                Stream.of(HqAccounts.ADMIN, HqAccounts.MANAGER).filter(security::isUserInRole).toList());
    }

    /** 204 once changed; 400 naming {@code currentPassword} or {@code password}; 429 after too many wrong ones. */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(HqAccounts.MANAGER)
    @AllowedWithPasswordChangePending
    public Response changePassword(PasswordChangeInput input) {
        required("body", input);
        OwnPassword.change(accounts, guard, request, security.getUserPrincipal().getName(), input.currentPassword(), input.newPassword());
        return Response.noContent().build();
    }
}
