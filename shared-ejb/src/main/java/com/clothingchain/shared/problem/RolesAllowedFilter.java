package com.clothingchain.shared.problem;

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

/**
 * Enforces {@code @RolesAllowed} on JAX-RS resources the same way on every server, answering 401 or 403
 * as problem details (a container's own refusal would be an HTML page).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
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
        var security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(Response.fromResponse(Problem.of(401, "Unauthorized",
                            "The credentials are missing or not valid.").toResponse())
                    .header("WWW-Authenticate", "Basic realm=\"" + request.getUriInfo().getBaseUri().getPath() + "\"").build());
            return;
        }
        if (Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(Problem.of(403, "Forbidden",
                    "Your role may not do this; it needs one of " + String.join(", ", allowed.value()) + ".").toResponse());
        }
    }
}
