package com.clothingchain.shared.account.boundary;

import com.clothingchain.shared.account.control.SignInGuard;
import com.clothingchain.shared.account.control.SiteAccounts;
import com.clothingchain.shared.account.control.VerifiedCredentialCache;
import com.clothingchain.shared.account.entity.UserAccount;
import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.config.Setting;
import com.clothingchain.shared.web.ClientAddress;
import com.clothingchain.shared.web.SecurityHeaders;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The one authentication mechanism of a web module (Payara allows only one per application). Each web module
 * subclasses it as an application-scoped bean.
 * <ul>
 * <li><b>Pages</b> sign in on the sign-in page and are kept in the HTTP session; on every request the
 * session's grant is checked against the account (enabled, same roles, same security stamp) and against the
 * session's absolute lifetime ({@code chain.session.max-lifetime}, 12 hours). An account whose password an
 * administrator set is sent to the password page until its owner chooses one.</li>
 * <li><b>APIs</b> take only the {@code Authorization} header: HTTP Basic (a verified password is cached for 2
 * minutes, each hit checked against the account) or, where a module accepts them, bearer tokens. A session
 * cookie alone never authenticates an API call, so a cross-site form or a stale browser tab can not act.</li>
 * <li>Every password check passes the {@link SignInGuard} first (counted, throttled, bounded) and is recorded
 * in the site's audit log.</li>
 * </ul>
 * API requests are never redirected: missing or wrong credentials leave the caller anonymous and the JAX-RS
 * layer answers 401 (or the {@link Refusal} left on the request) as application/problem+json (a mechanism's own
 * refusal would be replaced by the server's HTML error page on WildFly).
 */
public abstract class SiteAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The page an account whose password must be changed is sent to, relative to the context root. */
    public static final String PASSWORD_PAGE = "/account/password.xhtml";
    private static final String SESSION_KEY = SignedIn.class.getName();
    private static final Duration SESSION_LIFETIME = Setting.lookup("chain.session.max-lifetime")
            .map(Duration::parse).orElse(Duration.ofHours(12));

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SiteAccounts accounts;

    @Inject
    SignInGuard guard;

    @Inject
    AuditTrail audit;

    private final VerifiedCredentialCache verified = new VerifiedCredentialCache(Duration.ofMinutes(2), Clock.systemUTC());
    /** API clients re-check their password every 2 minutes; the audit log notes their sign-in once an hour. */
    private final Cache<String, Boolean> apiSignInsAudited = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1)).maximumSize(10_000).build();

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
        if (isApiRequest(request)) {
            String authorization = request.getHeader("Authorization");
            return authorization == null ? context.doNothing() : authorizationHeader(request, authorization, context);
        }
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return signIn(request, context, submitted);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn) {
            Optional<UserAccount> account = stillGranted(signedIn);
            if (account.isPresent()) {
                if (account.get().isPasswordChangeRequired() && context.isProtected() && !isPasswordPage(request)) {
                    return redirect(request, response, PASSWORD_PAGE);
                }
                return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
            }
            // Disabled, given other roles or another password since signing in, or signed in too long ago.
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return redirect(request, response, signInPage() + "?continue=" + URLEncoder.encode(target(request), StandardCharsets.UTF_8));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn) {
            audit.record(signedIn.username(), ClientAddress.of(request), AuditType.SIGN_OUT, signedIn.username(), "pages");
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** After the signed-in user changed their own password: this session goes on with the account's new stamp. */
    static void regrant(HttpServletRequest request, UserAccount account) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn
                && signedIn.username().equals(account.getUsername())) {
            request.changeSessionId();
            session.setAttribute(SESSION_KEY, new SignedIn(signedIn.username(), signedIn.roles(), account.getSecurityStamp(), signedIn.at()));
        }
    }

    private Optional<UserAccount> stillGranted(SignedIn signedIn) {
        if (signedIn.at().plus(SESSION_LIFETIME).isBefore(Instant.now())) {
            return Optional.empty();
        }
        return accounts.find(signedIn.username()).filter(a -> a.stillGrants(signedIn.roles(), signedIn.stamp()));
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // The stamp as it was before the password was checked: a reset committed meanwhile ends this session at once.
        Optional<UserAccount> before = accounts.find(given.getCaller());
        Optional<CredentialValidationResult> result = check(request, given.getCaller(), given.getPasswordAsString(), "pages");
        Optional<UserAccount> account = result.filter(r -> r.getStatus() == CredentialValidationResult.Status.VALID)
                .flatMap(r -> before);
        if (account.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_KEY, new SignedIn(account.get().getUsername(),
                Set.copyOf(result.get().getCallerGroups()), account.get().getSecurityStamp(), Instant.now()));
        return context.notifyContainerAboutLogin(result.get());
    }

    private AuthenticationStatus authorizationHeader(HttpServletRequest request, String authorization, HttpMessageContext context) {
        Optional<CredentialValidationResult> result = Optional.empty();
        if (startsWithIgnoringCase(authorization, "Basic ")) {
            result = basic(request, authorization.substring(6).trim());
        } else if (startsWithIgnoringCase(authorization, "Bearer ")) {
            result = bearer(authorization.substring(7).trim());
        }
        if (result.isPresent() && result.get().getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result.get());
        }
        return context.doNothing();
    }

    private Optional<CredentialValidationResult> basic(HttpServletRequest request, String encoded) {
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
        Optional<VerifiedCredentialCache.Verified> cached = verified.lookup(username, password);
        if (cached.isPresent()) {
            Optional<UserAccount> account = accounts.find(username)
                    .filter(a -> a.stillGrants(cached.get().groups(), cached.get().stamp()));
            if (account.isPresent()) {
                return Optional.of(granted(request, account.get(), cached.get().groups()));
            }
            verified.forget(username);
        }
        Optional<UserAccount> account = accounts.find(username); // the stamp before the check, as for a session
        Optional<CredentialValidationResult> result = check(request, username, password, "API");
        if (result.isEmpty() || result.get().getStatus() != CredentialValidationResult.Status.VALID) {
            return result;
        }
        if (account.isEmpty()) {
            return Optional.empty();
        }
        verified.remember(username, password, result.get().getCallerGroups(), account.get().getSecurityStamp());
        return Optional.of(granted(request, account.get(), result.get().getCallerGroups()));
    }

    private CredentialValidationResult granted(HttpServletRequest request, UserAccount account, Set<String> groups) {
        if (account.isPasswordChangeRequired()) {
            Refusal.passwordChangeRequired().attachTo(request);
        }
        return new CredentialValidationResult(account.getUsername(), groups);
    }

    /**
     * One password check: counted and throttled first ({@link SignInGuard}), then hashed within the bound on
     * concurrent checks, then recorded. Empty when refused before hashing (the {@link Refusal} is on the request).
     */
    private Optional<CredentialValidationResult> check(HttpServletRequest request, String username, String password, String channel) {
        String address = ClientAddress.of(request);
        SignInGuard.Admission admission = guard.admit(username, address);
        if (!admission.admitted()) {
            accounts.noteAttempt(username);
            if (admission.firstRefusal()) {
                audit.record(username, address, AuditType.SIGN_IN_THROTTLED, username,
                        channel + ": further attempts from this address wait " + admission.retryAfterSeconds() + " s");
            }
            Refusal.throttled(admission.retryAfterSeconds()).attachTo(request);
            return Optional.empty();
        }
        if (!guard.tryStartCheck()) {
            // Not an attempt on the account's password: the server had no capacity to check it.
            guard.notChecked(username, address);
            Refusal.busy().attachTo(request);
            return Optional.empty();
        }
        CredentialValidationResult result;
        try {
            accounts.noteAttempt(username);
            result = identityStores.validate(new UsernamePasswordCredential(username, password));
        } finally {
            guard.endCheck();
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            guard.succeeded(username, address);
            if (!channel.equals("API") || apiSignInsAudited.asMap().putIfAbsent(username + "|" + address, true) == null) {
                audit.record(username, address, AuditType.SIGN_IN, username, channel);
            }
        } else {
            audit.record(username, address, AuditType.SIGN_IN_FAILED, username, channel);
        }
        return Optional.of(result);
    }

    private boolean isPasswordPage(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + PASSWORD_PAGE);
    }

    private static String target(HttpServletRequest request) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? target : target + "?" + request.getQueryString();
    }

    /**
     * Sends the browser to a page of this module. A JSF AJAX request gets a partial response that tells
     * PrimeFaces to go there (a plain redirect of an AJAX request would be followed silently and do nothing).
     */
    private static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response, String page)
            throws AuthenticationException {
        String location = request.getContextPath() + page;
        SecurityHeaders.apply(request, response);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + location.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
            } else {
                response.sendRedirect(location);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
    }

    private static boolean startsWithIgnoringCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
