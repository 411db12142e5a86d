package com.clothingchain.shared.account.boundary;

import com.clothingchain.shared.problem.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * Why the authentication mechanism did not let a request's caller act, when the answer is not a plain 401: too
 * many failed sign-ins (429), no capacity to check a password now (503), or a password that must be changed
 * first (403). The mechanism leaves it on the request; the API's role filter and the sign-in page answer it.
 */
public record Refusal(Problem problem, long retryAfterSeconds) {

    private static final String ATTRIBUTE = Refusal.class.getName();

    public static Refusal throttled(long seconds) {
        return new Refusal(Problem.of(429, "Too Many Requests", "Too many failed sign-ins from here; try again in "
                + seconds + " s."), seconds);
    }

    public static Refusal busy() {
        return new Refusal(Problem.of(503, "Service Unavailable",
                "Too many sign-ins are being checked right now; try again in a moment."), 1);
    }

    public static Refusal passwordChangeRequired() {
        return new Refusal(Problem.of(403, "Forbidden", "The password of this account was set by an administrator:"
                + " choose your own first (PUT me/password, or sign in on the site's pages)."), 0);
    }

    public boolean isPasswordChange() {
        return problem.status() == 403;
    }

    void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    public static Optional<Refusal> of(HttpServletRequest request) {
        return of(request.getAttribute(ATTRIBUTE));
    }

    /** From a JAX-RS request, whose properties are the servlet request's attributes. */
    public static Optional<Refusal> of(ContainerRequestContext request) {
        return of(request.getProperty(ATTRIBUTE));
    }

    private static Optional<Refusal> of(Object attribute) {
        return Optional.ofNullable(attribute).filter(Refusal.class::isInstance).map(Refusal.class::cast);
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.fromResponse(problem.toResponse());
        return retryAfterSeconds > 0 ? response.header("Retry-After", retryAfterSeconds).build() : response.build();
    }
}
