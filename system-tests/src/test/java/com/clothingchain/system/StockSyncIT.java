package com.clothingchain.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stock and the day's figures per variant, from a branch's ledger to HQ: a demo branch with two weeks of history, whose
 * every day's figures per variant must add up at HQ to that day's revenue report, then a sale, a return and a
 * write-off of one variant, the day closed, and HQ's stock of that variant equal to the branch's.
 */
@Tag("sync")
class StockSyncIT {

    private static final String HQ_MANAGER = Http.basic("hq-manager", "demo-manager-pw");
    private static final Duration SOON = Duration.ofSeconds(120);
    private static final int HISTORY = 14;
    private static final String SKU = "JKT-NAV-M";

    static TestChain chain;

    @BeforeAll
    static void startChain() {
        chain = TestChain.get();
    }

    private static JsonArray atHq(String path) {
        return SyncBranch.ok(200, Http.get(chain.hqApi().resolve(path), HQ_MANAGER)).asJsonArray();
    }

    private static BigDecimal money(JsonObject json, String name) {
        return json.getJsonNumber(name).bigDecimalValue();
    }

    /** Waits until every call in the branch's outbox reached HQ; answers the calls. */
    private static List<JsonObject> awaitAllSent(SyncBranch branch, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + SOON.toNanos();
        while (true) {
            List<JsonObject> calls = branch.serviceCalls().getValuesAs(JsonObject.class);
            if (calls.size() == expected && calls.stream().allMatch(c -> c.getString("status").equals("SENT"))) {
                return calls;
            }
            assertTrue(calls.stream().noneMatch(c -> c.getString("status").equals("REJECTED")), "HQ refused a call: " + calls);
            assertTrue(System.nanoTime() < deadline, "not all sent in " + SOON + ": " + calls);
            Thread.sleep(250);
        }
    }

    @Test
    void everyDayOfTheHistoryAddsUpAtHqAndHqSeesTheBranchsStock() throws Exception {
        try (SyncBranch branch = new SyncBranch(chain, "STK-HIST", 28086)) {
            branch.start(chain.hq.baseUri() + "/hq-api", Map.of("CHAIN_DEMO_HISTORY_DAYS", String.valueOf(HISTORY),
                    "CHAIN_SYNC_POLL_INTERVAL", "PT0.5S"));
            List<JsonObject> calls = awaitAllSent(branch, 2 * HISTORY);
            assertEquals(HISTORY, calls.stream().filter(c -> c.getString("call").equals("send_variant_figures")).count(), calls.toString());
            LocalDate today = LocalDate.parse(branch.currentDay().getString("businessDate"));
            LocalDate first = today.minusDays(HISTORY);
            LocalDate last = today.minusDays(1);
            String period = "from=" + first + "&to=" + last + "&branch=" + branch.code;

            Map<String, BigDecimal[]> byDate = new HashMap<>();
            for (JsonObject row : atHq("sales-by-variant?" + period).getValuesAs(JsonObject.class)) {
                BigDecimal[] sums = byDate.computeIfAbsent(row.getString("businessDate"), d -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(money(row, "soldAmount")).subtract(money(row, "returnedAmount"));
                sums[1] = sums[1].add(money(row, "lossValue"));
            }
            JsonArray reports = atHq("daily-revenue?" + period);
            assertEquals(HISTORY, reports.size(), reports.toString());
            for (JsonObject report : reports.getValuesAs(JsonObject.class)) {
                BigDecimal[] sums = byDate.get(report.getString("businessDate"));
                assertEquals(money(report, "revenue"), sums[0], "the variants of " + report.getString("businessDate")
                        + " add up to its revenue (no cash rounding in the demo's history)");
                assertEquals(money(report, "loss"), sums[1], "and to its loss: " + report);
            }
            JsonArray checks = atHq("variant-figures/checks?" + period);
            assertEquals(HISTORY, checks.size(), checks.toString());
            assertTrue(checks.getValuesAs(JsonObject.class).stream().allMatch(c -> c.getString("status").equals("MATCHES")),
                    checks.toString());

            int before = branch.onHand(SKU);
            JsonObject receipt = branch.sell(SKU, 3);
            assertEquals(before - 3, branch.onHand(SKU));
            SyncBranch.ok(201, Http.send("POST", branch.api("returns"), SyncBranch.CLERK, """
                    {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":1}]}""".formatted(receipt.getString("receiptNumber"), SKU)));
            assertEquals(before - 2, branch.onHand(SKU));
            SyncBranch.ok(201, Http.send("POST", branch.api("losses"), SyncBranch.CLERK, """
                    {"sku":"%s","quantity":1,"reason":"DAMAGED"}""".formatted(SKU)));
            assertEquals(before - 3, branch.onHand(SKU), "a sale, a return and a write-off moved on-hand by exactly their quantities");

            branch.close(today);
            awaitAllSent(branch, 2 * HISTORY + 2);
            JsonObject stock = SyncBranch.ok(200, Http.get(chain.hqApi().resolve("stock?sku=" + SKU), HQ_MANAGER)).asJsonObject();
            JsonObject level = stock.getJsonArray("branches").getValuesAs(JsonObject.class).stream()
                    .filter(b -> b.getString("branchCode").equals(branch.code)).findFirst().orElseThrow(() -> new AssertionError(stock.toString()));
            assertEquals(before - 3, level.getInt("onHand"), "HQ sees the branch's stock: " + stock);
            assertEquals(today.toString(), level.getString("asOf"), stock.toString());
            JsonObject day = atHq("sales-by-variant?from=" + today + "&to=" + today + "&branch=" + branch.code)
                    .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("sku").equals(SKU)).findFirst().orElseThrow();
            assertEquals(List.of(3, 1, 1), List.of(day.getInt("sold"), day.getInt("returned"), day.getInt("lost")), day.toString());
        }
    }
}
