package com.clothingchain.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like session on a site's pages over plain HTTP: signs in on the sign-in page (with the form's view
 * state and PrimeFaces' CSP nonce, as the page's script would send them) and keeps the session cookie.
 */
final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final CookieManager cookies;
    private final HttpClient http;
    private final URI site;

    /** {@code site}: the pages' root, e.g. {@code http://localhost:28081/branch}. */
    private PageSession(URI site) {
        this(site, new CookieManager());
    }

    private PageSession(URI site, CookieManager cookies) {
        this.site = site;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in and answers the session, or fails the test if the site did not let the user in. */
    static PageSession signIn(URI site, String username, String password) {
        PageSession session = new PageSession(site);
        HttpResponse<String> answer = session.postSignIn(username, password);
        if (answer.statusCode() != 302 || session.cookie() == null) {
            throw new AssertionError("Signing in as " + username + " at " + site + " answered " + answer.statusCode());
        }
        return session;
    }

    /**
     * Tries to sign in, sending these headers too (e.g. what a proxy adds); answers the sign-in page's responses:
     * the page, then the sign-in (302 on success, 200 with a message otherwise).
     */
    static List<HttpResponse<String>> attempt(URI site, String username, String password, Map<String, String> headers) {
        PageSession session = new PageSession(site);
        session.headers.putAll(headers);
        HttpResponse<String> signIn = session.postSignIn(username, password);
        return List.of(session.signInPage, signIn);
    }

    private final Map<String, String> headers = new java.util.HashMap<>();
    private HttpResponse<String> signInPage;

    private HttpResponse<String> postSignIn(String username, String password) {
        URI login = URI.create(site + "/login.xhtml");
        signInPage = send(HttpRequest.newBuilder(login), HttpResponse.BodyHandlers.ofString());
        String form = signInPage.body();
        String body = String.join("&", "login=login", "login%3Ausername=" + encode(username),
                "login%3Apassword=" + encode(password), "login%3AsignIn=", "login%3Acontinue=",
                "jakarta.faces.ViewState=" + encode(group(VIEW_STATE, form, "view state")),
                "primefaces.nonce=" + encode(group(NONCE, form, "CSP nonce")));
        return send(HttpRequest.newBuilder(login).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
    }

    /** The session cookie as a Cookie header, e.g. {@code JSESSIONID=...}; null if there is none. */
    String cookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equalsIgnoreCase("JSESSIONID"))
                .map(HttpCookie::toString).findFirst().orElse(null);
    }

    /** The value of a cookie the session keeps (e.g. a load balancer's), or null. */
    String cookieValue(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /**
     * The same browser (its cookies) on the same pages at another address, e.g. another server of the site: its
     * session cookie goes along (a cookie is kept per host, whatever the port).
     */
    PageSession at(URI otherSite) {
        return new PageSession(otherSite, cookies);
    }

    /** The site's home page as answered to this session: signed in as {@code username}, or the test fails. */
    HttpResponse<String> homeSignedInAs(String username) {
        HttpResponse<String> home = get("/index.xhtml");
        if (home.statusCode() != 200 || !home.body().contains("Signed in as " + username + ".")) {
            throw new AssertionError("The home page at " + site + " answered " + home.statusCode() + ", not signed in as "
                    + username + ": " + home.body());
        }
        return home;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(site + path)), HttpResponse.BodyHandlers.ofString());
    }

    /** A download: the body as it came. */
    HttpResponse<byte[]> download(String path) {
        return send(HttpRequest.newBuilder(URI.create(site + path)), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        headers.forEach(request::header);
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String group(Pattern pattern, String page, String what) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no " + what + " on the sign-in page");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
