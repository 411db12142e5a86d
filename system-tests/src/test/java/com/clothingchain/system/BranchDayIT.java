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
import java.util.List;

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

        String till = "D" + (System.nanoTime() % 100_000);
        ok(201, Http.send("POST", branch("tills"), SyncBranch.CLERK, "{\"till\":\"" + till + "\",\"openingFloat\":100.00}"));
        JsonObject receipt = ok(201, Http.send("POST", branch("sales"), SyncBranch.CLERK, """
                {"till":"%s","lines":[{"sku":"TSH-RED-M","quantity":2},{"sku":"JNS-IND-32","quantity":1}],
                 "payments":[{"tender":"CARD","amount":40.00,"reference":"D1"},{"tender":"CASH","amount":60}]}""".formatted(till)))
                .asJsonObject();
        assertEquals(new BigDecimal("88.98"), money(receipt, "total"));
        assertEquals(new BigDecimal("11.02"), money(receipt, "change"), "60.00 handed over for the 48.98 left after the card");
        // 20 % included: 29.98 → 5.00 (4.9967), 59.00 → 9.83 (9.8333)
        assertEquals(new BigDecimal("14.83"), money(receipt, "taxTotal"));
        assertEquals(new BigDecimal("20.00"), money(receipt.getJsonArray("taxes").getJsonObject(0), "rate"));
        ok(201, Http.send("POST", branch("returns"), SyncBranch.CLERK, """
                {"receiptNumber":"%s","lines":[{"sku":"TSH-RED-M","quantity":1}],"till":"%s"}""".formatted(receipt.getString("receiptNumber"), till)));
        // expected cash: 100.00 float + 48.98 taken − 14.99 refunded (the cash paid most); counted 5 cents short
        JsonObject z = ok(200, Http.send("POST", branch("tills/" + till + "/count"), SyncBranch.CLERK,
                "{\"counted\":{\"CASH\":133.94,\"CARD\":40.00}}")).asJsonObject();
        assertEquals(new BigDecimal("-0.05"), money(z, "cashVariance"));
        assertEquals("CLOSED", z.getJsonObject("session").getString("status"));
        // a second till left open over the close: it is counted afterwards, against this date
        String late = "L" + (System.nanoTime() % 100_000);
        ok(201, Http.send("POST", branch("tills"), SyncBranch.CLERK, "{\"till\":\"" + late + "\",\"openingFloat\":20.00}"));
        ok(201, Http.send("POST", branch("sales"), SyncBranch.CLERK, """
                {"till":"%s","lines":[{"sku":"SCK-WHT-42","quantity":1}],"payments":[{"tender":"CASH","amount":10}]}""".formatted(late)));
        ok(201, Http.send("POST", branch("losses"), SyncBranch.CLERK, """
                {"sku":"SCF-WOL-OS","quantity":1,"reason":"THEFT","note":"fitting room"}"""));

        JsonObject closed = ok(202, Http.send("POST", branch("days/" + day + "/close"), SyncBranch.MANAGER, null)).asJsonObject();
        assertEquals(money(before, "revenue").add(new BigDecimal("82.98")), money(closed, "revenue"), "88.98 + 8.99 sold − 14.99 refunded");
        assertEquals(money(before, "loss").add(new BigDecimal("19.99")), money(closed, "loss"));
        assertEquals(money(before, "taxTotal").add(new BigDecimal("13.83")), money(closed, "taxTotal"), "14.83 + 1.50 − 2.50 refunded");
        assertEquals(money(before, "cashVariance").add(new BigDecimal("-0.05")), money(closed, "cashVariance"));
        assertEquals(tender(before, "CARD").add(new BigDecimal("40.00")), tender(closed, "CARD"));
        assertEquals(tender(before, "CASH").add(new BigDecimal("42.98")), tender(closed, "CASH"), "48.98 − 14.99 + 8.99");

        JsonObject report = awaitSent(day);
        URI atHq = chain.hqApi().resolve("daily-revenue?from=" + day + "&to=" + day + "&branch=" + TestChain.BRANCH);
        JsonArray rows = ok(200, Http.get(atHq, Http.basic("hq-manager", "demo-manager-pw"))).asJsonArray();
        assertEquals(1, rows.size(), rows.toString());
        JsonObject row = rows.getJsonObject(0);
        assertEquals(money(closed, "revenue"), money(row, "revenue"));
        assertEquals(money(closed, "loss"), money(row, "loss"));
        assertEquals(closed.getInt("transactionCount"), row.getInt("transactionCount"));
        assertEquals(row.getString("receivedAt"), report.getString("receivedAt"), "the branch keeps HQ's receipt time");
        assertEquals(closed.getJsonObject("tenders"), row.getJsonObject("tenders"), "HQ has the day's tenders");
        for (String figure : List.of("taxTotal", "refunds", "cashVariance")) {
            assertEquals(money(closed, figure), money(row, figure), figure + " at HQ");
        }

        // the till left open is counted after the close, a euro short: the day's report goes again as revision 2
        JsonObject lateZ = ok(200, Http.send("POST", branch("tills/" + late + "/count"), SyncBranch.CLERK,
                "{\"counted\":{\"CASH\":27.99}}")).asJsonObject();
        assertEquals(day.toString(), lateZ.getJsonObject("session").getString("businessDate"));
        assertEquals(new BigDecimal("-1.00"), money(lateZ, "cashVariance"), "20.00 float + 8.99, counted 27.99");
        BigDecimal varianceNow = money(closed, "cashVariance").add(new BigDecimal("-1.00"));
        JsonObject revised = awaitSent(day, 2);
        JsonObject rowNow = ok(200, Http.get(atHq, Http.basic("hq-manager", "demo-manager-pw"))).asJsonArray().getJsonObject(0);
        assertEquals(2, rowNow.getInt("revision"), rowNow.toString());
        assertEquals(varianceNow, money(rowNow, "cashVariance"), "HQ has the late count's variance");
        assertEquals(money(closed, "revenue"), money(rowNow, "revenue"), "the rest of the day stays as closed");
        assertEquals(closed.getJsonObject("tenders"), rowNow.getJsonObject("tenders"));
        assertEquals(varianceNow, money(ok(200, Http.get(branch("days/" + day), SyncBranch.CLERK)).asJsonObject(), "cashVariance"));
        assertEquals(2, revised.getInt("revision"));
        closed = ok(200, Http.get(branch("days/" + day), SyncBranch.CLERK)).asJsonObject();
        // both tills' sessions reach HQ's cash report too, each on the day it belongs to, the late one included
        for (JsonObject session : List.of(z, lateZ)) {
            SyncBranch.awaitCallSent(chain.branchApi(), "send_till_session", String.valueOf(session.getJsonObject("session").getInt("zNumber")));
        }
        JsonArray sessions = ok(200, Http.get(chain.hqApi().resolve("cash/sessions?from=" + day + "&to=" + day + "&branch="
                + TestChain.BRANCH + "&limit=500"), Http.basic("hq-manager", "demo-manager-pw"))).asJsonObject().getJsonArray("sessions");
        for (String counted : List.of(till, late)) {
            assertTrue(sessions.getValuesAs(JsonObject.class).stream().anyMatch(s -> s.getString("till").equals(counted)
                    && s.getString("businessDate").equals(day.toString())), counted + " at HQ: " + sessions);
        }

        PageSession manager = PageSession.signIn(Identities.pages(chain, Identities.Site.HQ), "hq-manager", "demo-manager-pw");
        String dashboard = manager.get("/index.xhtml").body();
        String cashReport = manager.get("/reports/cash.xhtml?from=" + day + "&to=" + day).body();
        for (String page : List.of(dashboard, cashReport)) {
            assertTrue(page.contains(TestChain.BRANCH) && page.contains(money(closed, "cashVariance").toPlainString())
                    && page.contains(tender(closed, "CARD").toPlainString()), "tenders and variance of " + day + " shown: " + page);
        }
    }

    private static BigDecimal tender(JsonObject day, String tender) {
        JsonObject tenders = day.getJsonObject("tenders");
        return tenders.containsKey(tender) ? tenders.getJsonNumber(tender).bigDecimalValue() : new BigDecimal("0.00");
    }

    private static JsonObject awaitSent(LocalDate day) throws InterruptedException {
        return awaitSent(day, 1);
    }

    private static JsonObject awaitSent(LocalDate day, int revision) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonObject report = ok(200, Http.get(branch("days/" + day), SyncBranch.CLERK)).asJsonObject().getJsonObject("report");
            if (report.getString("status").equals("SENT") && report.getInt("revision") == revision) {
                return report;
            }
            assertTrue(System.nanoTime() < deadline, "not sent within a minute: " + report);
            Thread.sleep(250);
        }
    }
}
