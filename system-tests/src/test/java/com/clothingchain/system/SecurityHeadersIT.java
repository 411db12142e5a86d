package com.clothingchain.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Response headers, error pages, session cookies and the absence of anonymous sessions, on the running servers. */
class SecurityHeadersIT {

    private static TestChain chain;

    @BeforeAll
    static void start() {
        chain = TestChain.get();
    }

    @Test
    void everyAnswerOfTheApplicationsCarriesTheSecurityHeadersAndNoServerName() {
        String clerk = Http.basic("clerk", "demo-clerk-pw");
        String admin = Http.basic("hq-admin", "demo-admin-pw");
        Map<String, HttpResponse<String>> answers = Map.of(
                "branch sign-in page", Http.get(URI.create(chain.branch.baseUri() + "/branch/login.xhtml"), null),
                "branch API", Http.get(chain.branchApi().resolve("me"), clerk),
                "branch API 404", Http.get(chain.branchApi().resolve("no-such-thing"), clerk),
                "branch API outside v1", Http.get(URI.create(chain.branch.baseUri() + "/branch/api/nothing"), clerk),
                "branch style sheet", Http.get(URI.create(chain.branch.baseUri() + "/branch/jakarta.faces.resource/css/site.css.xhtml"), null),
                "branch missing page", Http.get(URI.create(chain.branch.baseUri() + "/branch/no-such-page.xhtml"), null),
                "HQ sign-in page", Http.get(URI.create(chain.hq.baseUri() + "/hq/login.xhtml"), null),
                "HQ API", Http.get(chain.hqApi().resolve("branches"), admin),
                "HQ API 404", Http.get(URI.create(chain.hq.baseUri() + "/hq-api/no-such-thing"), admin),
                "HQ API 405", Http.send("DELETE", chain.hqApi().resolve("branches"), admin, null));
        answers.forEach((what, answer) -> {
            var headers = answer.headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), what);
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
            assertEquals(1, headers.allValues("Content-Security-Policy").size(), what + " has one policy");
            assertNoServerName(what, answer);
        });
        for (String page : List.of("branch sign-in page", "HQ sign-in page")) {
            String policy = answers.get(page).headers().firstValue("Content-Security-Policy").orElseThrow();
            String scripts = policy.substring(policy.indexOf("script-src"));
            assertTrue(scripts.contains("'nonce-"), page + ": " + policy);
            assertFalse(scripts.contains("unsafe-inline") || scripts.contains("unsafe-eval"), page + ": " + policy);
        }
        for (String api : List.of("branch API 404", "branch API outside v1", "HQ API 404", "HQ API 405")) {
            assertTrue(answers.get(api).headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                    api + " answered " + answers.get(api).statusCode() + " " + answers.get(api).headers().map() + " " + answers.get(api).body());
        }
    }

    @Test
    void theServersOwnAnswersNameNoServer() {
        for (URI uri : List.of(URI.create(chain.hq.baseUri() + "/no-such-application"), URI.create(chain.branch.baseUri() + "/no-such-application"),
                URI.create(chain.hq.baseUri() + "/"), URI.create(chain.branch.baseUri() + "/"), URI.create(chain.branch.healthUri() + "/ready"))) {
            assertNoServerName(uri.toString(), Http.get(uri, null));
        }
    }

    @Test
    void anAnonymousVisitGetsNoSessionAndASignedInOneAHttpOnlySameSiteCookie() {
        for (URI site : List.of(URI.create(chain.branch.baseUri() + "/branch"), URI.create(chain.hq.baseUri() + "/hq"))) {
            assertTrue(Http.get(URI.create(site + "/"), null).headers().allValues("Set-Cookie").isEmpty(), site + "/ gave a cookie");
            List<HttpResponse<String>> refused = PageSession.attempt(site, "nobody-at-all", "not the password", Map.of());
            refused.forEach(answer -> assertTrue(answer.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    "an anonymous visit and a failed sign-in create no session: " + answer.headers().allValues("Set-Cookie")));

            String user = site.getPath().equals("/branch") ? "manager" : "hq-manager";
            HttpResponse<String> signedIn = PageSession.attempt(site, user, "demo-manager-pw", Map.of()).get(1);
            String cookie = sessionCookie(signedIn);
            assertTrue(cookie.contains("httponly"), cookie);
            assertTrue(cookie.contains("samesite=lax"), cookie);
            assertFalse(cookie.contains("secure"), "over plain HTTP the cookie can not be Secure: " + cookie);
            if (chain.runtime.equals("payara")) {
                // Behind a TLS proxy (X-Forwarded-Proto: https) the cookie is Secure and the answer asks for HTTPS only.
                HttpResponse<String> overTls = PageSession.attempt(site, user, "demo-manager-pw", Map.of("X-Forwarded-Proto", "https")).get(1);
                assertTrue(sessionCookie(overTls).contains("secure"), sessionCookie(overTls));
                assertTrue(overTls.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="));
            }
        }
    }

    private static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + answer.statusCode() + " " + answer.headers().map()))
                .toLowerCase(Locale.ROOT);
    }

    private static void assertNoServerName(String what, HttpResponse<String> answer) {
        assertTrue(answer.headers().firstValue("Server").isEmpty(), what + ": Server " + answer.headers().firstValue("Server"));
        assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), what + ": X-Powered-By " + answer.headers().firstValue("X-Powered-By"));
        String body = answer.body().toLowerCase(Locale.ROOT);
        for (String name : List.of("payara", "glassfish", "wildfly", "undertow", "grizzly", "\tat java.", "\tat com.")) {
            assertFalse(body.contains(name), what + " names " + name + ": " + body.substring(0, Math.min(200, body.length())));
        }
    }
}
