package com.clothingchain.shared.account.boundary;

import com.clothingchain.shared.account.control.SignInGuard;
import com.clothingchain.shared.account.control.SiteAccounts;
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

import static com.clothingchain.shared.problem.Fields.required;

/**
 * The caller's own account on a site's API: who the credentials belong to (a terminal checks its sign-in before
 * it starts selling) and changing one's password. Both stay open while an administrator's password must be
 * changed. Each site's API subclasses it at {@code me}, with {@code @RolesAllowed} on the class.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class OwnAccountResource {

    public record Me(String username, List<String> roles) {
    }

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Inject
    SignInGuard guard;

    protected abstract SiteAccounts accounts();

    @GET
    @AllowedWithPasswordChangePending
    public Me me() {
        return new Me(security.getUserPrincipal().getName(),
                accounts().assignableRoles().stream().filter(security::isUserInRole).toList());
    }

    /** 204 once changed; 400 naming {@code currentPassword} or {@code password}; 429 after too many wrong ones. */
    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedWithPasswordChangePending
    public Response changePassword(PasswordChangeInput input) {
        required("body", input);
        OwnPassword.change(accounts(), guard, request, security.getUserPrincipal().getName(), input.currentPassword(),
                input.newPassword());
        return Response.noContent().build();
    }
}
