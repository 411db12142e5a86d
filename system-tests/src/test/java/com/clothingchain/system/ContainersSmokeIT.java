package com.clothingchain.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static com.clothingchain.system.SyncBranch.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The smoke suite of a chain that runs in containers (compose.yaml, or the Kubernetes manifests under
 * {@code podman kube play}), started and torn down by .ci/containers, in demo mode: pages up at HQ and at every
 * branch (a real sign-in), every branch accepted by HQ with the key it was given as a secret, and a sale at the first
 * branch, its day closed there and that day seen at HQ through HQ's API with the same figures.
 * <p>
 * {@code -Pcontainers -Dchain.smoke.hq=http://127.0.0.1:38080 -Dchain.smoke.branches=B001=http://127.0.0.1:38081,...}
 * It changes the chain for good (the first branch's day is closed): run it on a new chain.
 */
@Tag("containers")
class ContainersSmokeIT {

    private record Site(String code, URI base) {
        URI api(String path) {
            return base.resolve("/branch/api/v1/" + path);
        }
    }

    private static final URI HQ = URI.create(System.getProperty("chain.smoke.hq", "http://127.0.0.1:38080"));
    private static final List<Site> BRANCHES = Arrays.stream(
                    System.getProperty("chain.smoke.branches", "B001=http://127.0.0.1:38081,B002=http://127.0.0.1:38082").split(","))
            .map(entry -> entry.split("=", 2)).map(pair -> new Site(pair[0], URI.create(pair[1]))).toList();
    /** How long the servers may take to become ready: on a busy two-core machine HQ's first start takes minutes. */
    static final Duration STARTUP = Duration.parse(System.getProperty("chain.smoke.startup", "PT15M"));
    private static final java.util.regex.Pattern VERIFIED = java.util.regex.Pattern.compile("\"hq\"\\s*:\\s*\"VERIFIED\"");
    private static final String HQ_MANAGER = Http.basic("hq-manager", "demo-manager-pw");

    @BeforeAll
    static void everySiteReady() throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        awaitReady(HQ, deadline);
        for (Site branch : BRANCHES) {
            awaitReady(branch.base(), deadline);
        }
    }

    @Test
    void thePagesAreUpAndSignInWorks() {
        HttpResponse<String> hqSignIn = Http.get(HQ.resolve("/hq/login.xhtml"), null);
        assertEquals(200, hqSignIn.statusCode());
        assertTrue(hqSignIn.body().contains("password"), "HQ's sign-in page: " + hqSignIn.body());
        PageSession manager = PageSession.signIn(URI.create(HQ + "/hq"), "hq-manager", "demo-manager-pw");
        assertEquals(200, manager.get("/index.xhtml").statusCode(), "HQ's dashboard");
        for (Site branch : BRANCHES) {
            assertEquals(200, Http.get(branch.base().resolve("/branch/login.xhtml"), null).statusCode(), branch.code());
            PageSession clerk = PageSession.signIn(URI.create(branch.base() + "/branch"), "clerk", "demo-clerk-pw");
            HttpResponse<String> home = clerk.get("/index.xhtml");
            assertEquals(200, home.statusCode(), branch.code() + "'s home page");
        }
    }

    @Test
    void everyBranchIsAcceptedByHqWithTheKeyItWasGiven() throws InterruptedException {
        for (Site branch : BRANCHES) {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            String verdict;
            do {
                HttpResponse<String> health = Http.get(branch.base().resolve("/health"), null);
                verdict = health.body();
                if (VERIFIED.matcher(verdict).find()) {
                    break;
                }
                Thread.sleep(1000);
            } while (System.nanoTime() < deadline);
            assertTrue(VERIFIED.matcher(verdict).find(), branch.code() + " not accepted by HQ: " + verdict);
        }
    }

    @Test
    void aSaleAtABranchItsDayClosedAndThatDaySeenAtHq() throws InterruptedException {
        Site branch = BRANCHES.get(0);
        JsonObject before = ok(200, Http.get(branch.api("days/current"), SyncBranch.CLERK)).asJsonObject();
        LocalDate day = LocalDate.parse(before.getString("businessDate"));
        String till = "S" + (System.nanoTime() % 100_000);
        ok(201, Http.send("POST", branch.api("tills"), SyncBranch.CLERK, "{\"till\":\"" + till + "\",\"openingFloat\":100.00}"));
        JsonObject receipt = ok(201, Http.send("POST", branch.api("sales"), SyncBranch.CLERK, """
                {"till":"%s","lines":[{"sku":"TSH-RED-M","quantity":2}],"payments":[{"tender":"CASH","amount":50}]}"""
                .formatted(till))).asJsonObject();
        assertEquals(new BigDecimal("29.98"), receipt.getJsonNumber("total").bigDecimalValue(), receipt.toString());

        JsonObject closed = ok(202, Http.send("POST", branch.api("days/" + day + "/close"), SyncBranch.MANAGER, null)).asJsonObject();
        BigDecimal revenue = closed.getJsonNumber("revenue").bigDecimalValue();
        assertEquals(before.getJsonNumber("revenue").bigDecimalValue().add(new BigDecimal("29.98")), revenue);

        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonObject report;
        do {
            report = ok(200, Http.get(branch.api("days/" + day), SyncBranch.CLERK)).asJsonObject().getJsonObject("report");
            if ("SENT".equals(report.getString("status"))) {
                break;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        assertEquals("SENT", report.getString("status"), "the day's report within two minutes: " + report);

        JsonArray rows = ok(200, Http.get(HQ.resolve("/hq-api/v1/daily-revenue?from=" + day + "&to=" + day + "&branch=" + branch.code()),
                HQ_MANAGER)).asJsonArray();
        assertEquals(1, rows.size(), rows.toString());
        JsonObject row = rows.getJsonObject(0);
        assertEquals(revenue, row.getJsonNumber("revenue").bigDecimalValue(), "HQ has the day's revenue: " + row);
        assertEquals(closed.getInt("transactionCount"), row.getInt("transactionCount"));
    }

    /** Waits until the site answers {@code /health/ready} with 200, or fails the test at the deadline. */
    static void awaitReady(URI site, long deadline) throws InterruptedException {
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = Http.get(site.resolve("/health/ready"), null);
                if (ready.statusCode() == 200) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (UncheckedIOException notYet) {
                last = notYet.getMessage();
            }
            Thread.sleep(2000);
        }
        throw new AssertionError(site + " not ready within " + STARTUP + ": " + last);
    }
}
