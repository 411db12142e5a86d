package com.clothingchain.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.clothingchain.system.Http.assertProblem;
import static com.clothingchain.system.Http.basic;
import static com.clothingchain.system.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HQ's report API, GET /daily-revenue, against the real EAR: JSON, CSV, each row's currency, and every refusal. */
class HqReportsIT {

    static final String ADMIN = basic("hq-admin", "demo-admin-pw");
    static final String MANAGER = basic("hq-manager", "demo-manager-pw");
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static TestChain chain;
    static String key1;

    @BeforeAll
    static void reportSomeDays() {
        chain = TestChain.get();
        key1 = register("RPT-1");
        String key2 = register("RPT-2");
        String euroKey = register("RPT-EUR", "EUR");
        report("RPT-1", key1, TODAY.minusDays(3), "100.10", "1.00", 3);
        report("RPT-1", key1, TODAY.minusDays(2), "200.20", "2.00", 4);
        report("RPT-1", key1, TODAY.minusDays(1), "300.30", "0.00", 5);
        report("RPT-2", key2, TODAY.minusDays(2), "50.00", "5.55", 1);
        report("RPT-EUR", euroKey, TODAY.minusDays(2), "70.00", "7.00", 2);
    }

    private static URI api(String path) {
        return chain.hqApi().resolve(path);
    }

    private static String register(String code) {
        return register(code, null);
    }

    /** Registers a branch; without a currency HQ takes USD. */
    private static String register(String code, String currency) {
        String currencyField = currency == null ? "" : ",\"currency\":\"" + currency + "\"";
        HttpResponse<String> response = Http.send("POST", api("branches"), ADMIN, """
                {"code":"%s","name":"Report, \\"%s\\"","location":"Somewhere","url":"http://localhost:1/branch/","timeZone":"UTC"%s}"""
                .formatted(code, code, currencyField));
        assertEquals(201, response.statusCode(), response.body());
        return response.body().replaceAll(".*\"apiKey\":\"([^\"]+)\".*", "$1");
    }

    private static void report(String code, String key, LocalDate date, String revenue, String loss, int count) {
        HttpResponse<String> response = Http.send("PUT", api("branches/" + code + "/daily-revenue/" + date), bearer(key),
                "{\"revenue\":%s,\"loss\":%s,\"transactionCount\":%d}".formatted(revenue, loss, count));
        assertEquals(201, response.statusCode(), response.body());
    }

    private static HttpResponse<String> list(String query, String authorization) {
        return Http.get(api("daily-revenue" + query), authorization);
    }

    @Test
    void listsOneBranchsReportsAsJsonInDateOrder() {
        HttpResponse<String> response = list("?from=" + TODAY.minusDays(10) + "&to=" + TODAY + "&branch=RPT-1", MANAGER);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<String> dates = Pattern.compile("\"businessDate\":\"([^\"]+)\"").matcher(response.body()).results()
                .map(m -> m.group(1)).toList();
        assertEquals(List.of(TODAY.minusDays(3).toString(), TODAY.minusDays(2).toString(), TODAY.minusDays(1).toString()), dates);
        BigDecimal revenue = Pattern.compile("\"revenue\":([0-9.]+)").matcher(response.body()).results()
                .map(m -> new BigDecimal(m.group(1))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(new BigDecimal("600.60"), revenue);
        assertTrue(response.body().contains("\"branchCode\":\"RPT-1\""), response.body());
        assertTrue(!response.body().contains("RPT-2"), response.body());
    }

    @Test
    void listsAllBranchesWithoutABranch() {
        HttpResponse<String> response = list("?from=" + TODAY.minusDays(2) + "&to=" + TODAY.minusDays(2), MANAGER);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"branchCode\":\"RPT-1\""), response.body());
        assertTrue(response.body().contains("\"branchCode\":\"RPT-2\",\"branchName\":\"Report, \\\"RPT-2\\\"\""), response.body());
        assertTrue(response.body().contains("\"loss\":5.55"), response.body());
    }

    @Test
    void givesCsvWhenAskedFor() {
        var response = Http.send(java.net.http.HttpRequest.newBuilder(
                        api("daily-revenue?from=" + TODAY.minusDays(10) + "&to=" + TODAY + "&branch=RPT-1"))
                .header("Authorization", MANAGER).header("Accept", "text/csv"));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = response.body().lines().toList();
        assertEquals("branchCode,branchName,businessDate,revenue,loss,transactionCount,revision,receivedAt,currency", lines.get(0));
        assertEquals(4, lines.size(), response.body());
        assertTrue(lines.get(1).startsWith("RPT-1,\"Report, \"\"RPT-1\"\"\"," + TODAY.minusDays(3) + ",100.10,1.00,3,1,"), lines.get(1));
        assertTrue(lines.stream().skip(1).allMatch(line -> line.endsWith(",USD")), response.body());
    }

    @Test
    void eachRowCarriesItsBranchsCurrency() {
        HttpResponse<String> response = list("?from=" + TODAY.minusDays(2) + "&to=" + TODAY.minusDays(2), MANAGER);
        assertEquals(200, response.statusCode(), response.body());
        Map<String, String> currencies = new HashMap<>();
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            reader.readArray().getValuesAs(JsonObject.class)
                    .forEach(row -> currencies.put(row.getString("branchCode"), row.getString("currency")));
        }
        assertEquals("EUR", currencies.get("RPT-EUR"), response.body());
        assertEquals("USD", currencies.get("RPT-1"), response.body());
        assertEquals("USD", currencies.get("RPT-2"), response.body());

        var csv = Http.send(java.net.http.HttpRequest.newBuilder(
                        api("daily-revenue?from=" + TODAY.minusDays(10) + "&to=" + TODAY + "&branch=RPT-EUR"))
                .header("Authorization", MANAGER).header("Accept", "text/csv"));
        assertEquals(200, csv.statusCode(), csv.body());
        List<String> lines = csv.body().lines().toList();
        assertEquals(2, lines.size(), csv.body());
        assertTrue(lines.get(1).startsWith("RPT-EUR,\"Report, \"\"RPT-EUR\"\"\"," + TODAY.minusDays(2) + ",70.00,7.00,2,1,")
                && lines.get(1).endsWith(",EUR"), lines.get(1));
    }

    @Test
    void listsTheTillFiguresOfVersionTwoReportsBesideVersionOneReports() {
        String key = register("RPT-TILL");
        report("RPT-TILL", key, TODAY.minusDays(5), "20.00", "0.00", 1);
        HttpResponse<String> v2 = Http.send("PUT", api("branches/RPT-TILL/daily-revenue/" + TODAY.minusDays(4)), bearer(key), """
                {"revenue":120.00,"loss":1.00,"transactionCount":6,"reportVersion":2,"tenders":{"CASH":20.00,"CARD":95.00,"GIFT_CARD":5.00},"taxTotal":20.00,"refunds":4.50,"cashVariance":0.10}""");
        assertEquals(201, v2.statusCode(), v2.body());

        HttpResponse<String> response = list("?from=" + TODAY.minusDays(5) + "&to=" + TODAY.minusDays(4) + "&branch=RPT-TILL", MANAGER);
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> rows = Http.json(response.body()).asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(2, rows.size(), response.body());
        JsonObject first = rows.get(0);
        assertEquals("{}", first.getJsonObject("tenders").toString(), "a version 1 report has no tenders");
        assertTrue(first.isNull("taxTotal") && first.isNull("refunds") && first.isNull("cashVariance"), first.toString());
        JsonObject second = rows.get(1);
        assertEquals("{\"CARD\":95.00,\"CASH\":20.00,\"GIFT_CARD\":5.00}", second.getJsonObject("tenders").toString());
        assertEquals(new BigDecimal("20.00"), second.getJsonNumber("taxTotal").bigDecimalValue());
        assertEquals(new BigDecimal("4.50"), second.getJsonNumber("refunds").bigDecimalValue());
        assertEquals(new BigDecimal("0.10"), second.getJsonNumber("cashVariance").bigDecimalValue());
        assertEquals("USD", second.getString("currency"));

        var csv = Http.send(java.net.http.HttpRequest.newBuilder(
                        api("daily-revenue?from=" + TODAY.minusDays(5) + "&to=" + TODAY.minusDays(4) + "&branch=RPT-TILL"))
                .header("Authorization", MANAGER).header("Accept", "text/csv"));
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals(3, csv.body().lines().count(), "the CSV keeps its columns and lists both: " + csv.body());
    }

    @Test
    void refusesBadQueriesNamingTheField() {
        String from = TODAY.minusDays(10).toString();
        String to = TODAY.toString();
        assertProblem(list("?to=" + to, MANAGER), 400, "from");
        assertProblem(list("?from=" + from + "&to=yesterday", MANAGER), 400, "to");
        assertProblem(list("?from=" + to + "&to=" + from, MANAGER), 422, "to");
        assertProblem(list("?from=" + TODAY.minusDays(400) + "&to=" + to, MANAGER), 422, "to");
        assertProblem(list("?from=" + from + "&to=" + to + "&branch=NOPE", MANAGER), 404, "branch");
        assertProblem(list("?from=" + from + "&to=" + to, null), 401, null);
        assertProblem(list("?from=" + from + "&to=" + to, bearer(key1)), 403, null);
    }

    @Test
    void theOpenApiDocumentDescribesTheReport() {
        HttpResponse<String> document = Http.get(URI.create(chain.hq.baseUri() + "/openapi"), null);
        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("/daily-revenue"), document.body());
        assertTrue(document.body().contains("text/csv"), "the CSV variant is documented");
        assertTrue(document.body().contains("the branch's currency, ISO 4217"), "each row's currency is documented");
    }
}
