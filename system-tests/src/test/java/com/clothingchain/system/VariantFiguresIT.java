package com.clothingchain.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.clothingchain.system.Http.assertProblem;
import static com.clothingchain.system.Http.basic;
import static com.clothingchain.system.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HQ's side of the per-variant day figures over HTTP against the real EAR: a branch of the test's own PUTs a day's
 * figures with its key; HQ stores them once (database unique key), answers them in sales-by-variant and stock, treats
 * resends and revisions like daily reports, refuses figures that are malformed (400) or do not add up (422) with nothing
 * stored, never rolls stock back for an older date, stores parallel identical sendings once, and checks the figures
 * against the day's daily report.
 */
class VariantFiguresIT {

    static final String ADMIN = basic("hq-admin", "demo-admin-pw");
    static final String MANAGER = basic("hq-manager", "demo-manager-pw");
    static final String MERCHANDISER = basic("hq-merchandiser", "demo-merchandiser-pw");
    static final String ZONE = "Asia/Tokyo";
    static TestChain chain;

    @BeforeAll
    static void startChain() {
        chain = TestChain.get();
    }

    private static URI api(String path) {
        return chain.hqApi().resolve(path);
    }

    private static String register(String code) {
        HttpResponse<String> response = Http.send("POST", api("branches"), ADMIN, """
                {"code":"%s","name":"Branch %s","location":"Somewhere","url":"http://localhost:1/branch/","timeZone":"%s","currency":"EUR"}"""
                .formatted(code, code, ZONE));
        assertEquals(201, response.statusCode(), response.body());
        Matcher key = Pattern.compile("\"apiKey\":\"([^\"]+)\"").matcher(response.body());
        assertTrue(key.find(), response.body());
        return key.group(1);
    }

    private static LocalDate daysAgo(int days) {
        return LocalDate.now(ZoneId.of(ZONE)).minusDays(days);
    }

    private static HttpResponse<String> put(String code, String key, LocalDate date, String json) {
        return Http.send("PUT", api("branches/" + code + "/variant-figures/" + date), bearer(key), json);
    }

    private static String variant(String sku, int sold, String soldAmount, int returned, String returnedAmount, int lost,
                                  String lossValue, int onHand) {
        return """
                {"sku":"%s","sold":%d,"soldAmount":%s,"returned":%d,"returnedAmount":%s,"lost":%d,"lossValue":%s,"onHand":%d}"""
                .formatted(sku, sold, soldAmount, returned, returnedAmount, lost, lossValue, onHand).trim();
    }

    private static String report(int revision, String revenue, String loss, String rounding, String... variants) {
        return "{\"revision\":%d,\"revenue\":%s,\"loss\":%s,\"rounding\":%s,\"variants\":[%s]}"
                .formatted(revision, revenue, loss, rounding, String.join(",", variants));
    }

    /** A day: TSH-M sold 3 for 59.97, 1 returned for 19.99; JNS-32 sold 1 for 79.90, 1 lost valued 79.90; rounding 0.02. */
    private static String day(int revision, int tshirtsOnHand) {
        return report(revision, "119.90", "79.90", "0.02",
                variant("VF-TSH-M", 3, "59.97", 1, "19.99", 0, "0.00", tshirtsOnHand),
                variant("VF-JNS-32", 1, "79.90", 0, "0.00", 1, "79.90", 4));
    }

    private static JsonArray salesByVariant(String code, LocalDate from, LocalDate to) {
        HttpResponse<String> response = Http.get(api("sales-by-variant?from=" + from + "&to=" + to + "&branch=" + code), MANAGER);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response.body()).asJsonArray();
    }

    private static JsonArray stockLevels(String sku, String code) {
        HttpResponse<String> response = Http.get(api("stock?sku=" + sku), MERCHANDISER);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject stock = Http.json(response.body()).asJsonObject();
        assertEquals(sku, stock.getString("sku"));
        var builder = jakarta.json.Json.createArrayBuilder();
        stock.getJsonArray("branches").forEach(level -> {
            if (level.asJsonObject().getString("branchCode").equals(code)) {
                builder.add(level);
            }
        });
        return code == null ? stock.getJsonArray("branches") : builder.build();
    }

    @Test
    void aDayIsStoredOnceAndReadBack() {
        String key = register("VF-STORE");
        LocalDate date = daysAgo(2);
        HttpResponse<String> created = put("VF-STORE", key, date, day(1, 7));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject receipt = Http.json(created.body()).asJsonObject();
        assertEquals("CREATED", receipt.getString("outcome"));
        assertEquals(2, receipt.getInt("variants"));
        assertEquals("DAY_REPORT_MISSING", receipt.getString("check"));

        JsonArray rows = salesByVariant("VF-STORE", date, date);
        assertEquals(2, rows.size(), rows.toString());
        JsonObject jeans = rows.getJsonObject(0);
        assertEquals("VF-JNS-32", jeans.getString("sku"), "SKU order: " + rows);
        assertEquals("VF-STORE", jeans.getString("branchCode"));
        assertEquals(date.toString(), jeans.getString("businessDate"));
        assertEquals(new BigDecimal("79.90"), jeans.getJsonNumber("lossValue").bigDecimalValue());
        assertEquals(1, jeans.getInt("lost"));
        assertEquals("EUR", jeans.getString("currency"));
        JsonObject shirts = rows.getJsonObject(1);
        assertEquals(3, shirts.getInt("sold"));
        assertEquals(new BigDecimal("59.97"), shirts.getJsonNumber("soldAmount").bigDecimalValue());
        assertEquals(new BigDecimal("19.99"), shirts.getJsonNumber("returnedAmount").bigDecimalValue());
        assertEquals(7, shirts.getInt("onHand"));
        assertEquals(1, shirts.getInt("revision"));
        assertEquals(receipt.getString("receivedAt"), shirts.getString("receivedAt"));

        HttpResponse<String> csv = Http.send(HttpRequest.newBuilder(api("sales-by-variant?from=" + date + "&to=" + date + "&branch=VF-STORE"))
                .header("Authorization", MANAGER).header("Accept", "text/csv").GET());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().startsWith("branchCode,businessDate,sku,sold,soldAmount,"), csv.body());
        assertTrue(csv.body().contains("VF-STORE," + date + ",VF-TSH-M,3,59.97,1,19.99,0,0.00,7,1,"), csv.body());

        JsonArray levels = stockLevels("VF-TSH-M", "VF-STORE");
        assertEquals(1, levels.size(), levels.toString());
        assertEquals(7, levels.getJsonObject(0).getInt("onHand"));
        assertEquals(date.toString(), levels.getJsonObject(0).getString("asOf"));
        assertEquals(receipt.getString("receivedAt"), levels.getJsonObject(0).getString("reportedAt"));

        HttpResponse<String> unknown = Http.get(api("stock?sku=VF-NEVER-SOLD"), MANAGER);
        assertEquals(200, unknown.statusCode(), unknown.body());
        assertEquals(0, Http.json(unknown.body()).asJsonObject().getJsonArray("branches").size(), unknown.body());
        assertProblem(Http.get(api("stock"), MANAGER), 400, "sku");
    }

    @Test
    void aDayOfFiveThousandVariantsIsStoredThoughItIsPastTheUsualBodyLimit() {
        String key = register("VF-BIG");
        LocalDate date = daysAgo(4);
        String[] variants = new String[5_000];
        for (int i = 0; i < variants.length; i++) {
            variants[i] = variant("VF-BIG-%05d".formatted(i), 1, "1.00", 0, "0.00", 0, "0.00", 3);
        }
        String body = report(1, "5000.00", "0.00", "0.00", variants);
        assertTrue(body.length() > 256 * 1024, "past the 256 KB of other calls: " + body.length());
        HttpResponse<String> created = put("VF-BIG", key, date, body);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(5_000, Http.json(created.body()).asJsonObject().getInt("variants"));
        assertEquals(5_000, salesByVariant("VF-BIG", date, date).size());
    }

    @Test
    void aResendChangesNothingAndAHigherRevisionReplacesTheDay() {
        String key = register("VF-REV");
        LocalDate date = daysAgo(3);
        assertEquals(201, put("VF-REV", key, date, day(1, 7)).statusCode());
        String before = salesByVariant("VF-REV", date, date).toString();

        HttpResponse<String> again = put("VF-REV", key, date, day(1, 7));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("UNCHANGED", Http.json(again.body()).asJsonObject().getString("outcome"));
        assertEquals(before, salesByVariant("VF-REV", date, date).toString(), "a resend changes nothing, receivedAt included");

        assertProblem(put("VF-REV", key, date, day(1, 6)), 409, "revision");
        assertEquals(before, salesByVariant("VF-REV", date, date).toString());

        String revised = report(2, "39.98", "0.00", "0.00", variant("VF-TSH-M", 2, "39.98", 0, "0.00", 0, "0.00", 5));
        HttpResponse<String> replaced = put("VF-REV", key, date, revised);
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals("REPLACED", Http.json(replaced.body()).asJsonObject().getString("outcome"));
        JsonArray rows = salesByVariant("VF-REV", date, date);
        assertEquals(1, rows.size(), "the date's rows replaced: " + rows);
        assertEquals(2, rows.getJsonObject(0).getInt("revision"));
        assertEquals(5, rows.getJsonObject(0).getInt("onHand"));
        assertEquals(5, stockLevels("VF-TSH-M", "VF-REV").getJsonObject(0).getInt("onHand"));

        assertProblem(put("VF-REV", key, date, day(1, 7)), 409, "revision");
        assertEquals(1, salesByVariant("VF-REV", date, date).size());
    }

    @Test
    void figuresThatDoNotAddUpOrAreMalformedAreRefusedAndNothingIsStored() {
        String key = register("VF-BAD");
        LocalDate date = daysAgo(2);
        // revenue off by a cent
        assertProblem(put("VF-BAD", key, date, report(1, "119.91", "79.90", "0.02",
                variant("VF-TSH-M", 3, "59.97", 1, "19.99", 0, "0.00", 7),
                variant("VF-JNS-32", 1, "79.90", 0, "0.00", 1, "79.90", 4))), 422, "variants");
        // loss off
        assertProblem(put("VF-BAD", key, date, report(1, "119.90", "80.00", "0.02",
                variant("VF-TSH-M", 3, "59.97", 1, "19.99", 0, "0.00", 7),
                variant("VF-JNS-32", 1, "79.90", 0, "0.00", 1, "79.90", 4))), 422, "variants");
        // a SKU twice
        assertProblem(put("VF-BAD", key, date, report(1, "20.00", "0.00", "0.00",
                variant("VF-TSH-M", 1, "10.00", 0, "0.00", 0, "0.00", 7),
                variant("VF-TSH-M", 1, "10.00", 0, "0.00", 0, "0.00", 6))), 422, "variants");

        assertProblem(put("VF-BAD", key, date, report(1, "10.00", "0.00", "0.00",
                variant(" ", 1, "10.00", 0, "0.00", 0, "0.00", 7))), 400, "variants[0].sku");
        assertProblem(put("VF-BAD", key, date, report(1, "10.00", "0.00", "0.00",
                variant("VF-TSH-M", -1, "10.00", 0, "0.00", 0, "0.00", 7))), 400, "variants[0].sold");
        assertProblem(put("VF-BAD", key, date, report(1, "10.00", "0.00", "0.00",
                variant("VF-TSH-M", 1, "10.00", 0, "0.00", 0, "0.00", 7),
                variant("VF-JNS-32", 1, "10.001", 0, "0.00", 0, "0.00", 7))), 400, "variants[1].soldAmount");
        assertProblem(put("VF-BAD", key, date, report(1, "10.00", "0.00", "0.00",
                variant("VF-TSH-M", 1, "10.00", 0, "-1.00", 0, "0.00", 7))), 400, "variants[0].returnedAmount");
        assertProblem(put("VF-BAD", key, date, "{\"revision\":1,\"revenue\":0,\"loss\":0,\"rounding\":0}"), 400, "variants");
        assertProblem(put("VF-BAD", key, date, "{\"revision\":1,\"revenue\":0,\"loss\":0,\"variants\":[]}"), 400, "rounding");
        assertProblem(put("VF-BAD", key, date, "{\"revision\":0,\"revenue\":0,\"loss\":0,\"rounding\":0,\"variants\":[]}"), 400, "revision");
        assertProblem(put("VF-BAD", key, daysAgo(-3), day(1, 7)), 422, "businessDate");
        assertProblem(put("VF-BAD", key, date, "not json"), 400, null);
        // another branch's code with this key; a manager is no branch
        assertProblem(put(TestChain.BRANCH, key, date, day(1, 7)), 403, null);
        assertProblem(Http.send("PUT", api("branches/VF-BAD/variant-figures/" + date), MANAGER, day(1, 7)), 403, null);

        assertEquals(0, salesByVariant("VF-BAD", date.minusDays(10), date.plusDays(5)).size(), "nothing stored");
        assertEquals(0, stockLevels("VF-TSH-M", "VF-BAD").size(), "no stock either");
    }

    @Test
    void anOlderDateNeverRollsStockBack() {
        String key = register("VF-STOCK");
        LocalDate newer = daysAgo(2);
        LocalDate older = daysAgo(4);
        assertEquals(201, put("VF-STOCK", key, newer, day(1, 7)).statusCode());
        assertEquals(201, put("VF-STOCK", key, older, day(1, 12)).statusCode());
        JsonObject level = stockLevels("VF-TSH-M", "VF-STOCK").getJsonObject(0);
        assertEquals(7, level.getInt("onHand"), "the newer date's stock stays");
        assertEquals(newer.toString(), level.getString("asOf"));
        assertEquals(2, salesByVariant("VF-STOCK", older, newer).stream()
                .filter(row -> row.asJsonObject().getString("sku").equals("VF-TSH-M")).count(), "both dates' figures are kept");
        // a higher revision of the older date does not roll it back either; one of the newer date moves it
        assertEquals(200, put("VF-STOCK", key, older, day(2, 13)).statusCode());
        assertEquals(7, stockLevels("VF-TSH-M", "VF-STOCK").getJsonObject(0).getInt("onHand"));
        assertEquals(200, put("VF-STOCK", key, newer, day(2, 6)).statusCode());
        assertEquals(6, stockLevels("VF-TSH-M", "VF-STOCK").getJsonObject(0).getInt("onHand"));
        // a later date moves it on
        assertEquals(201, put("VF-STOCK", key, daysAgo(1), day(1, 3)).statusCode());
        level = stockLevels("VF-TSH-M", "VF-STOCK").getJsonObject(0);
        assertEquals(3, level.getInt("onHand"));
        assertEquals(daysAgo(1).toString(), level.getString("asOf"));
    }

    @Test
    void parallelIdenticalSendingsAreStoredOnce() throws Exception {
        String key = register("VF-RACE");
        LocalDate date = daysAgo(2);
        List<String> variants = new ArrayList<>();
        BigDecimal revenue = BigDecimal.ZERO;
        for (int i = 0; i < 150; i++) {
            variants.add(variant("VF-RACE-%03d".formatted(i), 1, "10.00", 0, "0.00", 0, "0.00", i));
            revenue = revenue.add(new BigDecimal("10.00"));
        }
        String body = report(1, revenue.toPlainString(), "0.00", "0.00", variants.toArray(String[]::new));
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                answers.add(pool.submit((Callable<HttpResponse<String>>) () -> {
                    start.await();
                    return put("VF-RACE", key, date, body);
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.statusCode() + " " + response.body());
                created += response.statusCode() == 201 ? 1 : 0;
            }
            assertEquals(1, created, "exactly one sending stored the day");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(150, salesByVariant("VF-RACE", date, date).size(), "one copy of each variant");
        assertEquals(1, stockLevels("VF-RACE-042", "VF-RACE").size());
        assertEquals(42, stockLevels("VF-RACE-042", "VF-RACE").getJsonObject(0).getInt("onHand"));
    }

    @Test
    void theFiguresAreCheckedAgainstTheDailyReport() {
        String key = register("VF-CHECK");
        LocalDate matching = daysAgo(4);
        LocalDate differing = daysAgo(3);
        LocalDate missing = daysAgo(2);
        String dayReport = "{\"revenue\":%s,\"loss\":%s,\"transactionCount\":5}";
        assertEquals(201, Http.send("PUT", api("branches/VF-CHECK/daily-revenue/" + matching), bearer(key),
                dayReport.formatted("119.90", "79.90")).statusCode());
        assertEquals(201, Http.send("PUT", api("branches/VF-CHECK/daily-revenue/" + differing), bearer(key),
                dayReport.formatted("120.90", "79.90")).statusCode());
        HttpResponse<String> matched = put("VF-CHECK", key, matching, day(1, 7));
        assertEquals("MATCHES", Http.json(matched.body()).asJsonObject().getString("check"), matched.body());
        assertEquals(201, put("VF-CHECK", key, differing, day(1, 7)).statusCode());
        assertEquals(201, put("VF-CHECK", key, missing, day(1, 7)).statusCode());

        HttpResponse<String> response = Http.get(api("variant-figures/checks?from=" + matching + "&to=" + missing + "&branch=VF-CHECK"), MANAGER);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("3", response.headers().firstValue("X-Total-Count").orElse(""));
        JsonArray checks = Http.json(response.body()).asJsonArray();
        assertEquals(3, checks.size(), checks.toString());
        JsonObject first = checks.getJsonObject(0);
        assertEquals(matching.toString(), first.getString("businessDate"));
        assertEquals("MATCHES", first.getString("status"));
        assertEquals(BigDecimal.ZERO.setScale(2), first.getJsonNumber("revenueDifference").bigDecimalValue());
        JsonObject second = checks.getJsonObject(1);
        assertEquals("DIFFERS", second.getString("status"));
        assertEquals(new BigDecimal("-1.00"), second.getJsonNumber("revenueDifference").bigDecimalValue(), second.toString());
        assertEquals(new BigDecimal("120.90"), second.getJsonNumber("dayRevenue").bigDecimalValue());
        JsonObject third = checks.getJsonObject(2);
        assertEquals("DAY_REPORT_MISSING", third.getString("status"));
        assertTrue(third.isNull("dayRevenue"), third.toString());

        HttpResponse<String> differs = Http.get(api("variant-figures/checks?from=" + matching + "&to=" + missing
                + "&branch=VF-CHECK&status=differs"), MANAGER);
        assertEquals("1", differs.headers().firstValue("X-Total-Count").orElse(""), differs.body());
        assertEquals(differing.toString(), Http.json(differs.body()).asJsonArray().getJsonObject(0).getString("businessDate"));
        assertProblem(Http.get(api("variant-figures/checks?from=" + matching + "&to=" + missing + "&status=WRONG"), MANAGER), 400, "status");

        // a daily report arriving later makes the missing one match
        assertEquals(201, Http.send("PUT", api("branches/VF-CHECK/daily-revenue/" + missing), bearer(key),
                dayReport.formatted("119.90", "79.90")).statusCode());
        HttpResponse<String> nowMissing = Http.get(api("variant-figures/checks?from=" + matching + "&to=" + missing
                + "&branch=VF-CHECK&status=DAY_REPORT_MISSING"), MANAGER);
        assertEquals("0", nowMissing.headers().firstValue("X-Total-Count").orElse(""), nowMissing.body());

        // the daily revenue page and the dashboard show it
        PageSession manager = PageSession.signIn(Identities.pages(chain, Identities.Site.HQ), "hq-manager", "demo-manager-pw");
        String page = manager.get("/reports/daily-revenue.xhtml").body();
        assertTrue(page.contains("Variant figures"), "the daily revenue table has the column");
        if (page.contains("VF-CHECK")) { // on the first page unless other tests filled it with later reports
            assertTrue(page.contains("differs: revenue -1.00"), "the daily revenue table shows the difference");
        }
        String dashboard = manager.get("/index.xhtml").body();
        assertTrue(dashboard.contains("differ") && dashboard.contains("VF-CHECK") && dashboard.contains("differs: revenue -1.00"),
                "the dashboard lists the mismatch");
    }

    @Test
    void queriesAreCheckedLikeTheDailyRevenues() {
        assertProblem(Http.get(api("sales-by-variant?to=2026-01-01"), MANAGER), 400, "from");
        assertProblem(Http.get(api("sales-by-variant?from=2026-01-01&to=nope"), MANAGER), 400, "to");
        assertProblem(Http.get(api("sales-by-variant?from=2026-02-01&to=2026-01-01"), MANAGER), 422, "to");
        assertProblem(Http.get(api("sales-by-variant?from=2025-01-01&to=2026-06-01"), MANAGER), 422, "to");
        assertProblem(Http.get(api("sales-by-variant?from=2026-01-01&to=2026-01-31&branch=NO-SUCH"), MANAGER), 404, "branch");
        assertProblem(Http.get(api("variant-figures/checks?from=2026-01-01&to=2026-01-31&limit=0"), MANAGER), 400, "limit");
    }
}
