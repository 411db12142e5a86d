package com.clothingchain.system;

import com.clothingchain.system.runtime.HqClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End-of-day sync against the real EAR (HQ) and real branch WARs on Payara Micro: every closed business day
 * reaches HQ exactly once, whether HQ is down, the branch is killed, a response is lost, the branch was down
 * over several closing times, or HQ refuses a report. Tagged {@code sync}: it runs in the default profile
 * (its own branches are always Payara Micro on H2), not again under -Pmysql or -Pwildfly.
 */
@Tag("sync")
class EndOfDaySyncIT {

    private static final String HQ_MANAGER = Http.basic("hq-manager", "demo-manager-pw");
    private static final Duration SOON = Duration.ofSeconds(90);
    /** Quick rounds and short retries, so that a test sees several retries in seconds. */
    private static final Map<String, String> QUICK = Map.of("CHAIN_SYNC_POLL_INTERVAL", "PT0.5S",
            "CHAIN_SYNC_RETRY_FIRST", "PT2S", "CHAIN_SYNC_RETRY_MAX", "PT20S");

    static TestChain chain;

    @BeforeAll
    static void startChain() {
        chain = TestChain.get();
    }

    private static String hqApiRoot() {
        return chain.hq.baseUri() + "/hq-api";
    }

    private static LocalDate todayAtBranch() {
        return LocalDate.now(ZoneId.of(SyncBranch.TIME_ZONE));
    }

    /** What HQ stored for the branch on these dates, as HQ's managers see it. */
    private static JsonArray storedAtHq(String code, LocalDate from, LocalDate to) {
        URI uri = chain.hqApi().resolve("daily-revenue?from=" + from + "&to=" + to + "&branch=" + code);
        return SyncBranch.ok(200, Http.get(uri, HQ_MANAGER)).asJsonArray();
    }

    private static JsonObject theOnlyRowAtHq(String code, LocalDate date) {
        JsonArray rows = storedAtHq(code, date, date);
        assertEquals(1, rows.size(), "exactly one row at HQ: " + rows);
        return rows.getJsonObject(0);
    }

    private static void assertFigures(JsonObject row, String revenue, String loss, int transactions) {
        assertEquals(new BigDecimal(revenue), row.getJsonNumber("revenue").bigDecimalValue(), row.toString());
        assertEquals(new BigDecimal(loss), row.getJsonNumber("loss").bigDecimalValue(), row.toString());
        assertEquals(transactions, row.getInt("transactionCount"), row.toString());
    }

    private static boolean sent(JsonObject report) {
        return report.getString("status").equals("SENT");
    }

    @Test
    void aDayClosedWhileHqIsDownIsRetriedWithGrowingDelaysAndArrivesOnceWhenHqIsBack() throws Exception {
        try (SyncBranch branch = new SyncBranch(chain, "SYNC-DOWN", 28082)) {
            branch.start(hqApiRoot(), QUICK);
            LocalDate day = LocalDate.parse(branch.sell("JNS-IND-32", 2).getString("businessDate"));
            chain.hq.stop();
            try {
                assertEquals("PENDING", branch.close(day).getJsonObject("report").getString("status"));
                assertEquals(day.plusDays(1).toString(), branch.sell("TSH-RED-M", 1).getString("businessDate"),
                        "the branch keeps selling, into the next business date");

                Map<Integer, Instant> nextAttemptAfter = new TreeMap<>();
                long deadline = System.nanoTime() + SOON.toNanos();
                while (nextAttemptAfter.size() < 4 && System.nanoTime() < deadline) {
                    JsonObject report = branch.report(day);
                    assertEquals("PENDING", report.getString("status"), report.toString());
                    if (report.getInt("attempts") > 0) {
                        assertTrue(report.getString("lastError").contains("unreachable"), report.toString());
                        nextAttemptAfter.putIfAbsent(report.getInt("attempts"), Instant.parse(report.getString("nextAttemptAt")));
                    }
                    Thread.sleep(100);
                }
                assertTrue(nextAttemptAfter.keySet().containsAll(List.of(1, 2, 3, 4)), "attempts seen: " + nextAttemptAfter);
                Duration secondDelay = Duration.between(nextAttemptAfter.get(1), nextAttemptAfter.get(2));
                Duration fourthDelay = Duration.between(nextAttemptAfter.get(3), nextAttemptAfter.get(4));
                assertTrue(fourthDelay.compareTo(secondDelay.multipliedBy(2)) > 0,
                        "delays grow: 2nd " + secondDelay + ", 4th " + fourthDelay);
            } finally {
                chain.hq.start();
                chain.hq.awaitReady(Duration.ofMinutes(4));
            }
            branch.awaitReport(day, EndOfDaySyncIT::sent, SOON);
            assertFigures(theOnlyRowAtHq(branch.code, day), "118.00", "0.00", 1);
        }
    }

    @Test
    void aBranchKilledAfterClosingAndBeforeSendingSendsAfterItsRestart() throws Exception {
        try (SyncBranch branch = new SyncBranch(chain, "SYNC-KILL", 28083)) {
            branch.start(hqApiRoot(), Map.of("CHAIN_SYNC_POLL_INTERVAL", "PT1H"));
            LocalDate day = LocalDate.parse(branch.sell("SNK-WHT-42", 1).getString("businessDate"));
            JsonObject queued = branch.close(day).getJsonObject("report");
            assertEquals("PENDING", queued.getString("status"));
            assertEquals(0, queued.getInt("attempts"));
            branch.kill();
            assertEquals(0, storedAtHq(branch.code, day, day).size(), "nothing was sent before the kill");

            branch.start(hqApiRoot(), QUICK);
            JsonObject report = branch.awaitReport(day, EndOfDaySyncIT::sent, SOON);
            assertEquals(1, report.getInt("attempts"), report.toString());
            assertFigures(theOnlyRowAtHq(branch.code, day), "54.90", "0.00", 1);
        }
    }

    @Test
    void aLostResponseIsResentAndHqKeepsOneRow() throws Exception {
        try (LossyProxy proxy = new LossyProxy(chain.hq.baseUri().getPort());
             SyncBranch branch = new SyncBranch(chain, "SYNC-LOST", 28084)) {
            branch.start("http://localhost:" + proxy.port() + "/hq-api", QUICK);
            LocalDate day = LocalDate.parse(branch.sell("HOD-GRY-L", 3).getString("businessDate"));
            proxy.loseResponses(true);
            branch.close(day);
            JsonObject failed = branch.awaitReport(day, r -> r.getInt("attempts") >= 1, SOON);
            assertEquals("PENDING", failed.getString("status"), "the branch did not hear HQ's answer: " + failed);
            assertTrue(proxy.lostResponses().stream().anyMatch(line -> line.contains(" 201 ")),
                    "HQ stored the report and answered 201: " + proxy.lostResponses());
            assertFigures(theOnlyRowAtHq(branch.code, day), "119.70", "0.00", 1);

            proxy.loseResponses(false);
            branch.awaitReport(day, EndOfDaySyncIT::sent, SOON);
            JsonObject row = theOnlyRowAtHq(branch.code, day);
            assertFigures(row, "119.70", "0.00", 1);
            assertEquals(1, row.getInt("revision"));
        }
    }

    @Test
    void aBranchWhoseKeyHqRefusesKeepsSellingSaysSoAndSendsOnceTheKeyIsRight() throws Exception {
        try (SyncBranch branch = new SyncBranch(chain, "SYNC-KEY", 28087)) {
            String rightKey = branch.key;
            branch.key = "not-the-key-hq-issued";
            branch.start(hqApiRoot(), QUICK);
            assertTrue(branch.health().contains("\"hq\":\"REFUSED\""), branch.health());
            assertTrue(branch.dayPageAsManager().contains("Reports can not reach HQ"), "the pages say so plainly");

            LocalDate day = LocalDate.parse(branch.sell("SCK-WHT-42", 4).getString("businessDate"));
            branch.close(day);
            JsonObject waiting = branch.awaitReport(day, r -> r.get("lastError") instanceof JsonString, SOON);
            assertEquals("PENDING", waiting.getString("status"), "a refused key is not a refused report: " + waiting);
            assertTrue(waiting.getString("lastError").contains("refuses this branch"), waiting.toString());
            assertEquals(0, storedAtHq(branch.code, day, day).size());

            branch.stop();
            branch.key = rightKey;
            branch.start(hqApiRoot(), QUICK);
            branch.awaitReport(day, EndOfDaySyncIT::sent, SOON);
            assertFigures(theOnlyRowAtHq(branch.code, day), "35.96", "0.00", 1);
        }
    }

    @Test
    void aBranchDownOverThreeClosingTimesSendsThreeSeparateReportsAtStart() throws Exception {
        try (SyncBranch branch = new SyncBranch(chain, "SYNC-3DAYS", 28085)) {
            branch.start(hqApiRoot(), Map.of("CHAIN_CLOCK_OFFSET", "-P3D"));
            LocalDate today = todayAtBranch();
            assertEquals(today.minusDays(3).toString(), branch.sell("DRS-GRN-S", 2).getString("businessDate"));
            branch.stop();

            branch.start(hqApiRoot(), QUICK);
            for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
                branch.awaitReport(today.minusDays(daysAgo), EndOfDaySyncIT::sent, SOON);
            }
            assertEquals(today.toString(), branch.currentDay().getString("businessDate"));
            JsonArray rows = storedAtHq(branch.code, today.minusDays(3), today);
            assertEquals(3, rows.size(), "one report per date, none merged: " + rows);
            assertFigures(theOnlyRowAtHq(branch.code, today.minusDays(3)), "99.90", "0.00", 1);
            assertFigures(theOnlyRowAtHq(branch.code, today.minusDays(2)), "0.00", "0.00", 0);
            assertFigures(theOnlyRowAtHq(branch.code, today.minusDays(1)), "0.00", "0.00", 0);
        }
    }

    @Test
    void aReportHqRefusesIsRejectedAndShownWhileLaterDatesStillGoOut() throws Exception {
        try (SyncBranch branch = new SyncBranch(chain, "SYNC-REJECT", 28086)) {
            branch.start(hqApiRoot(), Map.of("CHAIN_CLOCK_OFFSET", "-P2D"));
            LocalDate refusedDay = todayAtBranch().minusDays(2);
            LocalDate nextDay = refusedDay.plusDays(1);
            assertEquals(refusedDay.toString(), branch.sell("JKT-NAV-M", 1).getString("businessDate"));
            branch.stop();
            assertEquals(201, new HqClient(chain.hq.baseUri(), "hq-admin", "demo-admin-pw")
                    .report(branch.code, branch.key, refusedDay, new BigDecimal("1.00"), BigDecimal.ZERO, 1),
                    "HQ already holds other figures for the date");

            branch.start(hqApiRoot(), QUICK);
            JsonObject rejected = branch.awaitReport(refusedDay, r -> r.getString("status").equals("REJECTED"), SOON);
            assertEquals(409, rejected.getInt("lastHttpStatus"), rejected.toString());
            assertTrue(rejected.getString("lastError").contains("revision"), rejected.toString());
            branch.awaitReport(nextDay, EndOfDaySyncIT::sent, SOON);
            assertEquals("REJECTED", branch.day(refusedDay).getJsonObject("report").getString("status"), "shown with the day");
            String health = Http.get(URI.create(branch.api("").toString().replace("/branch/api/v1/", "/health")), null).body();
            assertTrue(health.matches("(?s).*\"rejected\"\\s*:\\s*\"?1\\b.*"), "and in the health output: " + health);

            JsonObject requeued = SyncBranch.ok(200, Http.send("POST",
                    branch.api("service-calls/" + rejected.getInt("id") + "/requeue"), SyncBranch.MANAGER, null)).asJsonObject();
            assertEquals(2, requeued.getInt("revision"), "after a conflict the branch's figures go as a higher revision");
            branch.awaitReport(refusedDay, EndOfDaySyncIT::sent, SOON);
            JsonObject row = theOnlyRowAtHq(branch.code, refusedDay);
            assertFigures(row, "89.00", "0.00", 1);
            assertEquals(2, row.getInt("revision"));
        }
    }
}
