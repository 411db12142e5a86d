package com.clothingchain.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
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

    /**
     * The branch ranking of the period adds up to the units of its figures, and so does the Sellers page's Excel export;
     * the catalogue's rankings (style, colour, size, category) count only the SKUs HQ's catalogue holds (the demo history
     * sells the branch's own demo SKUs), each the same total, each best first.
     */
    private static void rankingsAddUpToTheFigures(String code, String period) throws Exception {
        long sold = atHq("sales-by-variant?" + period).getValuesAs(JsonObject.class).stream().mapToLong(r -> r.getInt("sold")).sum();
        assertTrue(sold > 0, "the history sold something");
        JsonArray branches = atHq("merchandise/rankings?by=branch&" + period);
        assertEquals(1, branches.size(), branches.toString());
        assertEquals(code, branches.getJsonObject(0).getString("key"));
        assertEquals(sold, branches.getJsonObject(0).getJsonNumber("sold").longValue());
        Set<Long> totals = new HashSet<>();
        for (String by : List.of("style", "colour", "size", "category")) {
            JsonArray ranking = atHq("merchandise/rankings?by=" + by + "&limit=1000&" + period);
            totals.add(ranking.getValuesAs(JsonObject.class).stream().mapToLong(r -> r.getJsonNumber("sold").longValue()).sum());
            List<Long> net = ranking.getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("netSold").longValue()).toList();
            assertEquals(net.stream().sorted(Comparator.reverseOrder()).toList(), net, "best first, by " + by);
        }
        assertEquals(1, totals.size(), "every catalogue ranking adds up to the same units: " + totals);
        assertTrue(totals.iterator().next() <= sold);

        PageSession manager = PageSession.signIn(Identities.pages(chain, Identities.Site.HQ), "hq-manager", "demo-manager-pw");
        var export = manager.download("/catalogue/sellers-export?by=branch&format=xlsx&" + period);
        assertEquals(200, export.statusCode());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            var sheet = workbook.getSheet("Branches");
            assertEquals(List.of("Sold", code), List.of(sheet.getRow(0).getCell(4).getStringCellValue(),
                    sheet.getRow(1).getCell(1).getStringCellValue()));
            assertEquals(sold, (long) sheet.getRow(1).getCell(4).getNumericCellValue(), "the export's branch row");
        }
        String csv = manager.get("/catalogue/sellers-export?by=branch&" + period).body();
        assertTrue(csv.startsWith("rank,key,name,group,sold,returned,netSold,lost,onHand,sellThroughPercent,returnRatePercent\r\n1,"
                + code + ","), csv);
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
            rankingsAddUpToTheFigures(branch.code, period);

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
