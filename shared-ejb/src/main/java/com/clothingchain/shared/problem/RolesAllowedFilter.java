package com.clothingchain.shared.problem;

import com.clothingchain.shared.account.boundary.AllowedWithPasswordChangePending;
import com.clothingchain.shared.account.boundary.Refusal;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * Enforces {@code @RolesAllowed} on JAX-RS resources the same way on every server, answering 401, 403, 429 or
 * 503 as problem details (a container's own refusal would be an HTML page). A 401 challenges with the scheme
 * the client used; a client that sent no credentials (a browser) gets no {@code Basic} challenge, so a browser
 * never prompts for, caches or replays Basic credentials.
 */
@Provider
@Priority(Priorities.AUTHENTICATION) // before a server's own @RolesAllowed filter (Payara registers Jersey's), which knows no Refusal
public class RolesAllowedFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return;
        }
        Optional<Refusal> refusal = Refusal.of(request);
        var security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(refusal.map(Refusal::toResponse).orElseGet(() -> unauthorized(request)));
            return;
        }
        if (refusal.filter(Refusal::isPasswordChange).isPresent()
                && !method.isAnnotationPresent(AllowedWithPasswordChangePending.class)) {
            request.abortWith(refusal.get().toResponse());
            return;
        }
        if (Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(Problem.of(403, "Forbidden",
                    "Your role may not do this; it needs one of " + String.join(", ", allowed.value()) + ".").toResponse());
        }
    }

    private static Response unauthorized(ContainerRequestContext request) {
        Response problem = Problem.of(401, "Unauthorized", "The credentials are missing or not valid.").toResponse();
        String sent = request.getHeaderString("Authorization");
        String scheme = sent == null ? "" : sent.trim().split(" ", 2)[0];
        if (!scheme.equalsIgnoreCase("Basic") && !scheme.equalsIgnoreCase("Bearer")) {
            return problem;
        }
        String realm = request.getUriInfo().getBaseUri().getPath();
        return Response.fromResponse(problem).header("WWW-Authenticate",
                (scheme.equalsIgnoreCase("Basic") ? "Basic" : "Bearer") + " realm=\"" + realm + "\"").build();
    }
}
