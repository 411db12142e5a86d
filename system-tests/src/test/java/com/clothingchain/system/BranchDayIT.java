package com.clothingchain.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static com.clothingchain.system.SyncBranch.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A branch's day on every runtime and database of the chain: sales, a return and a loss add up, a manager
 * closes the day, and its report reaches HQ with the same figures.
 */
class BranchDayIT {

    static TestChain chain;

    @BeforeAll
    static void startChain() {
        chain = TestChain.get();
    }

    private static URI branch(String path) {
        return chain.branchApi().resolve(path);
    }

    private static BigDecimal money(JsonObject json, String name) {
        return json.getJsonNumber(name).bigDecimalValue();
    }

    @Test
    void aClosedDayReachesHqWithItsFigures() throws Exception {
        JsonObject before = ok(200, Http.get(branch("days/current"), SyncBranch.CLERK)).asJsonObject();
        LocalDate day = LocalDate.parse(before.getString("businessDate"));
        assertEquals(LocalDate.now(ZoneId.of(TestChain.BRANCH_TIME_ZONE)), day,
                "the business date is today in the time zone HQ's registry gives the branch");

        JsonObject receipt = ok(201, Http.send("POST", branch("sales"), SyncBranch.CLERK, """
                {"lines":[{"sku":"TSH-RED-M","quantity":2},{"sku":"JNS-IND-32","quantity":1}]}""")).asJsonObject();
        assertEquals(new BigDecimal("88.98"), money(receipt, "total"));
        ok(201, Http.send("POST", branch("returns"), SyncBranch.CLERK, """
                {"receiptNumber":"%s","lines":[{"sku":"TSH-RED-M","quantity":1}]}""".formatted(receipt.getString("receiptNumber"))));
        ok(201, Http.send("POST", branch("losses"), SyncBranch.CLERK, """
                {"sku":"SCF-WOL-OS","quantity":1,"reason":"THEFT","note":"fitting room"}"""));

        JsonObject closed = ok(202, Http.send("POST", branch("days/" + day + "/close"), SyncBranch.MANAGER, null)).asJsonObject();
        assertEquals(money(before, "revenue").add(new BigDecimal("73.99")), money(closed, "revenue"), "88.98 sold − 14.99 refunded");
        assertEquals(money(before, "loss").add(new BigDecimal("19.99")), money(closed, "loss"));

        JsonObject report = awaitSent(day);
        URI atHq = chain.hqApi().resolve("daily-revenue?from=" + day + "&to=" + day + "&branch=" + TestChain.BRANCH);
        JsonArray rows = ok(200, Http.get(atHq, Http.basic("hq-manager", "demo-manager-pw"))).asJsonArray();
        assertEquals(1, rows.size(), rows.toString());
        JsonObject row = rows.getJsonObject(0);
        assertEquals(money(closed, "revenue"), money(row, "revenue"));
        assertEquals(money(closed, "loss"), money(row, "loss"));
        assertEquals(closed.getInt("transactionCount"), row.getInt("transactionCount"));
        assertEquals(row.getString("receivedAt"), report.getString("receivedAt"), "the branch keeps HQ's receipt time");
    }

    private static JsonObject awaitSent(LocalDate day) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonObject report = ok(200, Http.get(branch("days/" + day), SyncBranch.CLERK)).asJsonObject().getJsonObject("report");
            if (report.getString("status").equals("SENT")) {
                return report;
            }
            assertTrue(System.nanoTime() < deadline, "not sent within a minute: " + report);
            Thread.sleep(250);
        }
    }
}
