package com.clothingchain.branch.api;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built branch WAR on Payara Micro: API sign-in with the branch's own accounts, and the throttle on failures. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("branch.war")));
    }

    private HttpResponse<String> me(String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/me")).header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aClerkSignsInWithTheRightPasswordOnly() throws Exception {
        HttpResponse<String> ok = me("clerk", "demo-clerk-pw");
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"username\":\"clerk\""), ok.body());
        HttpResponse<String> wrong = me("clerk", "nope");
        assertEquals(401, wrong.statusCode());
        assertEquals("application/problem+json", wrong.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(401, me("nobody", "nope").statusCode(), "an unknown user is refused like a wrong password");
    }

    @Test
    void afterFiveFailuresFromOneAddressEvenTheRightPasswordMustWait() throws Exception {
        BranchDatabase.addClerk("throttle-probe", "probe-password-1");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, me("throttle-probe", "wrong-" + attempt).statusCode());
        }
        HttpResponse<String> throttled = me("throttle-probe", "probe-password-1");
        assertEquals(429, throttled.statusCode(), throttled.body());
        assertEquals("application/problem+json", throttled.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent(), "the client is told when to try again");
        assertEquals(6, BranchDatabase.failedSignIns("throttle-probe"), "every attempt is counted, the refused one too");
    }
}
