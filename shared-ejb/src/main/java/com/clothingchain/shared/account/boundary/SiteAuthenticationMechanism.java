package com.clothingchain.shared.account.boundary;

import com.clothingchain.shared.account.control.SiteAccounts;
import com.clothingchain.shared.account.control.VerifiedCredentialCache;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The one authentication mechanism of a web module (Payara allows only one per application): a sign-in
 * page that keeps the caller in the HTTP session for the pages, and HTTP Basic (plus, where a module
 * accepts them, bearer tokens) for the JSON API. Each web module subclasses it as an application-scoped bean.
 * <p>
 * API requests are never redirected. Missing or wrong credentials leave the caller anonymous, and the
 * JAX-RS layer answers 401 as application/problem+json wherever a role is needed (a mechanism's own
 * refusal would be replaced by the server's HTML error page on WildFly).
 */
public abstract class SiteAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String SESSION_KEY = SignedIn.class.getName();

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Instance<SiteAccounts> accounts;

    private final VerifiedCredentialCache verified = new VerifiedCredentialCache(Duration.ofMinutes(2), Clock.systemUTC());

    /** Whether the request is for the JSON API rather than a page. */
    protected abstract boolean isApiRequest(HttpServletRequest request);

    /** The sign-in page, relative to the context root, e.g. {@code /login.xhtml}. */
    protected abstract String signInPage();

    /** Validates a bearer token; modules without tokens refuse them. */
    protected Optional<CredentialValidationResult> bearer(String token) {
        return Optional.empty();
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return signIn(request, context, submitted);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && isApiRequest(request)) {
            return authorizationHeader(authorization, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn) {
            if (!context.isProtected() || stillAllowed(signedIn.username(), signedIn.roles())) {
                return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
            }
            // Disabled, locked or given other roles since signing in: sign in again.
            session.invalidate();
        }
        if (!context.isProtected() || isApiRequest(request)) {
            return context.doNothing();
        }
        return redirectToSignIn(request, response);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_KEY,
                new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus authorizationHeader(String authorization, HttpMessageContext context) {
        Optional<CredentialValidationResult> result = Optional.empty();
        if (startsWithIgnoringCase(authorization, "Basic ")) {
            result = basic(authorization.substring(6).trim());
        } else if (startsWithIgnoringCase(authorization, "Bearer ")) {
            result = bearer(authorization.substring(7).trim());
        }
        if (result.isPresent() && result.get().getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result.get());
        }
        return context.doNothing();
    }

    private Optional<CredentialValidationResult> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return Optional.empty();
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        Optional<Set<String>> cached = verified.groupsOf(username, password);
        if (cached.isPresent()) {
            if (stillAllowed(username, cached.get())) {
                return Optional.of(new CredentialValidationResult(username, cached.get()));
            }
            verified.forget(username);
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            verified.remember(username, password, result.getCallerGroups());
        }
        return Optional.of(result);
    }

    /** An account's state can change after it signed in; without a site account store, nothing to check. */
    private boolean stillAllowed(String username, Set<String> roles) {
        return !accounts.isResolvable() || accounts.get().stillAllows(username, roles);
    }

    private AuthenticationStatus redirectToSignIn(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        try {
            response.sendRedirect(request.getContextPath() + signInPage() + "?continue="
                    + URLEncoder.encode(target, StandardCharsets.UTF_8));
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
    }

    private static boolean startsWithIgnoringCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
