package com.clothingchain.system;

import com.clothingchain.system.runtime.Server;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built EAR and WAR come up on real servers, report their database in health, and answer their URLs. */
class ServersIT {

    static TestChain chain;

    @BeforeAll
    static void startChain() {
        chain = TestChain.get();
    }

    @Test
    void hqIsReadyWithItsDatabase() {
        HttpResponse<String> ready = Http.get(URI.create(chain.hq.healthUri() + "/ready"), null);
        assertEquals(200, ready.statusCode(), ready.body());
        if (chain.runtime.equals("wildfly")) {
            // WildFly runs no application health checks inside an EAR (WFLY-12835); it reports the deployment.
            assertTrue(ready.body().contains("\"hq.ear\":\"OK\""), ready.body());
        } else {
            assertTrue(ready.body().contains("\"hq-database\""), ready.body());
            assertTrue(ready.body().contains(chain.database.equals("mysql") ? "MySQL" : "H2"), ready.body());
            // Payara Server always runs a data grid: under a name of its own it joins no other Payara JVM.
            assertTrue(log(chain.hq).contains("DG Name: clothing-chain-hq DG Size: 1"), "HQ's data grid, see " + chain.hq.logFile());
        }
        assertEquals(200, Http.get(URI.create(chain.hq.healthUri() + "/live"), null).statusCode());
    }

    @Test
    void branchIsReadyWithItsDatabase() {
        HttpResponse<String> ready = Http.get(URI.create(chain.branch.healthUri() + "/ready"), null);
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"branch-database\""), ready.body());
        assertTrue(ready.body().contains(chain.database.equals("mysql") ? "MySQL" : "H2"), ready.body());
        if (chain.runtime.equals("payara")) {
            assertFalse(log(chain.branch).contains("Data Grid Status"), "a branch on Payara Micro runs no data grid, see " + chain.branch.logFile());
        }
        assertEquals(200, Http.get(URI.create(chain.branch.healthUri() + "/live"), null).statusCode());
    }

    @Test
    void pagesRedirectToTheirSignInPage() {
        assertRedirectsToSignIn(URI.create(chain.hq.baseUri() + "/hq/"), "/hq/login.xhtml");
        assertRedirectsToSignIn(URI.create(chain.branch.baseUri() + "/branch/"), "/branch/login.xhtml");
        assertPage(URI.create(chain.hq.baseUri() + "/hq/login.xhtml"), "Sign in");
        assertPage(URI.create(chain.branch.baseUri() + "/branch/login.xhtml"), "Sign in");
    }

    @Test
    void apiRootDescribesTheApi() {
        assertPage(URI.create(chain.hq.baseUri() + "/hq-api/"), "/hq-api/v1/");
    }

    private static String log(Server server) {
        try {
            return Files.readString(server.logFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertRedirectsToSignIn(URI page, String signInPath) {
        HttpResponse<String> response = Http.get(page, null);
        assertEquals(302, response.statusCode(), page + " answered " + response.body());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.contains(signInPath), "redirected to " + location);
    }

    private static void assertPage(URI page, String text) {
        HttpResponse<String> response = Http.get(page, null);
        assertEquals(200, response.statusCode(), page + " answered " + response.body());
        assertTrue(response.body().contains(text), page + " does not show " + text);
    }
}
