package com.clothingchain.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

/** HQ's API over HTTP against the real EAR: registry, keys, idempotent daily reports and their refusals. */
class HqApiIT {

    static final String ADMIN = basic("hq-admin", "demo-admin-pw");
    static final String MANAGER = basic("hq-manager", "demo-manager-pw");
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
                {"code":"%s","name":"Branch %s","location":"Somewhere","url":"http://localhost:1/branch/","timeZone":"Asia/Tokyo"}"""
                .formatted(code, code));
        assertEquals(201, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/branches/" + code));
        Matcher key = Pattern.compile("\"apiKey\":\"([^\"]+)\"").matcher(response.body());
        assertTrue(key.find(), response.body());
        return key.group(1);
    }

    private static HttpResponse<String> report(String code, String key, LocalDate date, String json) {
        return Http.send("PUT", api("branches/" + code + "/daily-revenue/" + date), bearer(key), json);
    }

    private static LocalDate yesterdayIn(String zone) {
        return LocalDate.now(ZoneId.of(zone)).minusDays(1);
    }

    @Test
    void branchReadsItsOwnRegistryEntryWithItsKey() {
        HttpResponse<String> response = Http.get(api("branches/" + TestChain.BRANCH), bearer(chain.branchKey));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"timeZone\":\"" + TestChain.BRANCH_TIME_ZONE + "\""), response.body());
        assertTrue(response.body().contains("\"currency\":\"USD\""), response.body());
        assertTrue(!response.body().contains("apiKey"), "the key is shown only at registration");
    }

    @Test
    void keysAreCheckedAndBoundToTheirBranch() {
        String key = register("KEYS-1");
        assertProblem(Http.get(api("branches/KEYS-1"), null), 401, null);
        assertProblem(Http.get(api("branches/KEYS-1"), bearer("not-a-key")), 401, null);
        assertProblem(Http.get(api("branches/" + TestChain.BRANCH), bearer(key)), 403, null);
        assertEquals(200, Http.get(api("branches/KEYS-1"), bearer(key)).statusCode());

        String figures = "{\"revenue\":1,\"loss\":0,\"transactionCount\":1}";
        LocalDate date = yesterdayIn("Asia/Tokyo");
        assertProblem(Http.send("PUT", api("branches/KEYS-1/daily-revenue/" + date), null, figures), 401, null);
        assertProblem(report("KEYS-1", "not-a-key", date, figures), 401, null);
        assertProblem(report(TestChain.BRANCH, key, date, figures), 403, null);
        assertProblem(Http.send("PUT", api("branches/KEYS-1/daily-revenue/" + date), MANAGER, figures), 403, null);
        HttpResponse<String> listed = Http.get(api("daily-revenue?from=" + date + "&to=" + date + "&branch=" + TestChain.BRANCH), MANAGER);
        assertTrue(!listed.body().contains("\"businessDate\":\"" + date + "\",\"revenue\":1.00,\"loss\":0.00,\"transactionCount\":1,"), "nothing stored: " + listed.body());
    }

    @Test
    void aRotatedKeyStopsWorkingAtOnce() {
        String oldKey = register("ROTATE-1");
        HttpResponse<String> rotated = Http.send("POST", api("branches/ROTATE-1/api-key"), ADMIN, null);
        assertEquals(200, rotated.statusCode(), rotated.body());
        String newKey = rotated.body().replaceAll(".*\"apiKey\":\"([^\"]+)\".*", "$1");
        assertProblem(Http.get(api("branches/ROTATE-1"), bearer(oldKey)), 401, null);
        assertEquals(200, Http.get(api("branches/ROTATE-1"), bearer(newKey)).statusCode());
    }

    @Test
    void anInactiveBranchIsRefused() {
        String key = register("INACTIVE-1");
        HttpResponse<String> change = Http.send("PUT", api("branches/INACTIVE-1"), ADMIN, """
                {"name":"Closed shop","location":"Somewhere","url":"http://localhost:1/branch/","timeZone":"Asia/Tokyo","active":false}""");
        assertEquals(200, change.statusCode(), change.body());
        assertProblem(Http.get(api("branches/INACTIVE-1"), bearer(key)), 403, null);
        assertProblem(report("INACTIVE-1", key, yesterdayIn("Asia/Tokyo"), "{\"revenue\":1,\"loss\":0,\"transactionCount\":1}"), 403, null);
    }

    @Test
    void adminsChangeABranchAndOnlyAdminsMay() {
        String key = register("CHANGE-1");
        String change = """
                {"name":"Renamed","location":"Elsewhere 2","url":"https://shop.example.com/branch/","timeZone":"Europe/Lisbon"}""";
        HttpResponse<String> changed = Http.send("PUT", api("branches/CHANGE-1"), ADMIN, change);
        assertEquals(200, changed.statusCode(), changed.body());
        assertTrue(changed.body().contains("\"name\":\"Renamed\""), changed.body());
        HttpResponse<String> seen = Http.get(api("branches/CHANGE-1"), bearer(key));
        assertEquals(200, seen.statusCode(), seen.body());
        assertTrue(seen.body().contains("\"timeZone\":\"Europe/Lisbon\"") && seen.body().contains("\"location\":\"Elsewhere 2\""), seen.body());
        assertTrue(seen.body().contains("\"active\":true"), "active defaults to true: " + seen.body());

        assertProblem(Http.send("PUT", api("branches/CHANGE-1"), MANAGER, change), 403, null);
        assertProblem(Http.send("PUT", api("branches/CHANGE-1"), null, change), 401, null);
        assertProblem(Http.send("PUT", api("branches/CHANGE-1"), bearer(key), change), 403, null);
        assertProblem(Http.send("PUT", api("branches/NO-SUCH"), ADMIN, change), 404, "code");
        assertProblem(Http.send("PUT", api("branches/CHANGE-1"), ADMIN, change.replace("Europe/Lisbon", "Nowhere/City")), 400, "timeZone");
        assertProblem(Http.send("PUT", api("branches/CHANGE-1"), ADMIN, change.replace("https://", "ftp://")), 400, "url");
        assertProblem(Http.send("PUT", api("branches/CHANGE-1"), ADMIN, change.replace("\"name\":\"Renamed\",", "")), 400, "name");
        assertTrue(Http.get(api("branches/CHANGE-1"), MANAGER).body().contains("\"name\":\"Renamed\""), "a refused change changes nothing");
    }

    @Test
    void keysAreRotatedByAdminsOnly() {
        String key = register("ROTATE-2");
        assertProblem(Http.send("POST", api("branches/ROTATE-2/api-key"), MANAGER, null), 403, null);
        assertProblem(Http.send("POST", api("branches/ROTATE-2/api-key"), bearer(key), null), 403, null);
        assertProblem(Http.send("POST", api("branches/NO-SUCH/api-key"), ADMIN, null), 404, "code");
        assertEquals(200, Http.get(api("branches/ROTATE-2"), bearer(key)).statusCode(), "a refused rotation keeps the key");
    }

    @Test
    void aReactivatedBranchIsAcceptedAgain() {
        String key = register("REACTIVATE-1");
        String body = """
                {"name":"Shop","location":"Somewhere","url":"http://localhost:1/branch/","timeZone":"Asia/Tokyo","active":%s}""";
        assertEquals(200, Http.send("PUT", api("branches/REACTIVATE-1"), ADMIN, body.formatted("false")).statusCode());
        assertProblem(Http.get(api("branches/REACTIVATE-1"), bearer(key)), 403, null);
        assertEquals(200, Http.send("PUT", api("branches/REACTIVATE-1"), ADMIN, body.formatted("true")).statusCode());
        assertEquals(200, Http.get(api("branches/REACTIVATE-1"), bearer(key)).statusCode());
    }

    @Test
    void managersListBranchesWithTheirLastReportedDate() {
        String key = register("LIST-1");
        LocalDate date = yesterdayIn("Asia/Tokyo");
        assertEquals(201, report("LIST-1", key, date.minusDays(1), "{\"revenue\":1,\"loss\":0,\"transactionCount\":1}").statusCode());
        assertEquals(201, report("LIST-1", key, date, "{\"revenue\":2,\"loss\":0,\"transactionCount\":1}").statusCode());
        HttpResponse<String> listed = Http.get(api("branches"), MANAGER);
        assertEquals(200, listed.statusCode(), listed.body());
        Matcher entry = Pattern.compile("\\{[^}]*\"code\":\"LIST-1\"[^}]*}").matcher(listed.body());
        assertTrue(entry.find(), listed.body());
        assertTrue(entry.group().contains("\"lastReportedDate\":\"" + date + "\""), entry.group());
        assertTrue(entry.group().contains("\"registeredOn\":\""), entry.group());
        assertTrue(!listed.body().contains("apiKey"), "no keys in the list");
        assertProblem(Http.get(api("branches"), null), 401, null);
        assertProblem(Http.get(api("branches"), bearer(key)), 403, null);
    }

    @Test
    void registrationIsForAdminsAndCodesAreUnique() {
        String body = """
                {"code":"DUP-1","name":"Dup","location":"Somewhere","url":"http://localhost:1/branch/","timeZone":"UTC"}""";
        assertProblem(Http.send("POST", api("branches"), MANAGER, body), 403, null);
        assertProblem(Http.send("POST", api("branches"), null, body), 401, null);
        assertEquals(201, Http.send("POST", api("branches"), ADMIN, body).statusCode());
        assertProblem(Http.send("POST", api("branches"), ADMIN, body), 409, "code");
        assertProblem(Http.send("POST", api("branches"), ADMIN, body.replace("DUP-1", "bad code")), 400, "code");
        assertProblem(Http.send("POST", api("branches"), ADMIN, body.replace("DUP-1", "TZ-1").replace("UTC", "Mars/Base")), 400, "timeZone");
        assertProblem(Http.send("POST", api("branches"), ADMIN, "{\"code\":"), 400, null);
    }

    @Test
    void reportsAreIdempotentAndRevisionsOnlyGoForward() {
        String key = register("REPORT-1");
        LocalDate date = yesterdayIn("Asia/Tokyo");
        String first = "{\"revenue\":1234.50,\"loss\":12.30,\"transactionCount\":17}";
        HttpResponse<String> created = report("REPORT-1", key, date, first);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"revenue\":1234.50"), created.body());
        assertTrue(created.body().contains("\"revision\":1"), created.body());

        HttpResponse<String> again = report("REPORT-1", key, date, first);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(receivedAt(created), receivedAt(again), "a resend changes nothing");

        assertProblem(report("REPORT-1", key, date, "{\"revenue\":1234.51,\"loss\":12.30,\"transactionCount\":17}"), 409, "revision");
        HttpResponse<String> corrected = report("REPORT-1", key, date, "{\"revenue\":1300.00,\"loss\":12.30,\"transactionCount\":18,\"revision\":2}");
        assertEquals(200, corrected.statusCode(), corrected.body());
        assertTrue(corrected.body().contains("\"revenue\":1300.00"), corrected.body());
        assertProblem(report("REPORT-1", key, date, first), 409, "revision");
    }

    @Test
    void versionTwoReportsCarryTheirTillFiguresAndAResendChangesNothing() {
        String key = register("REPORT-V2");
        LocalDate date = yesterdayIn("Asia/Tokyo");
        String v2 = """
                {"revenue":100.50,"loss":0,"transactionCount":4,"reportVersion":2,"tenders":{"CASH":40.00,"CARD":55.50,"OLD_VOUCHER":5},"taxTotal":16.75,"refunds":3.00,"cashVariance":-0.05}""";
        HttpResponse<String> created = report("REPORT-V2", key, date, v2);
        assertEquals(201, created.statusCode(), created.body());
        var stored = Http.json(created.body()).asJsonObject();
        assertEquals("{\"CARD\":55.50,\"CASH\":40.00,\"OLD_VOUCHER\":5.00}", stored.getJsonObject("tenders").toString(),"any well-formed tender code is kept, also one HQ does not know");
        assertEquals("16.75", stored.getJsonNumber("taxTotal").bigDecimalValue().toPlainString());
        assertEquals("3.00", stored.getJsonNumber("refunds").bigDecimalValue().toPlainString());
        assertEquals("-0.05", stored.getJsonNumber("cashVariance").bigDecimalValue().toPlainString());

        long tenderRows = SiteDatabase.number(chain, "hq", "select count(*) from daily_revenue_tenders");
        HttpResponse<String> again = report("REPORT-V2", key, date, v2.replace("40.00", "40").replace("\"OLD_VOUCHER\":5}", "\"OLD_VOUCHER\":5.0}"));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(receivedAt(created), receivedAt(again), "a resend of the same revision changes nothing");
        assertEquals(tenderRows, SiteDatabase.number(chain, "hq", "select count(*) from daily_revenue_tenders"));

        assertProblem(report("REPORT-V2", key, date, v2.replace("\"CASH\":40.00", "\"CASH\":40.01")), 409, "revision");
        assertProblem(report("REPORT-V2", key, date, v2.replace(",\"cashVariance\":-0.05", "")), 409, "revision");
        assertProblem(report("REPORT-V2", key, date, v2.replace("\"reportVersion\":2,", "")), 422, "reportVersion");

        HttpResponse<String> revised = report("REPORT-V2", key, date, v2.replace("\"transactionCount\":4", "\"transactionCount\":4,\"revision\":2")
                .replace("\"CASH\":40.00", "\"CASH\":45.00").replace(",\"OLD_VOUCHER\":5", ""));
        assertEquals(200, revised.statusCode(), revised.body());
        assertEquals("{\"CARD\":55.50,\"CASH\":45.00}", Http.json(revised.body()).asJsonObject().getJsonObject("tenders").toString());
        assertEquals(3, SiteDatabase.number(chain, "hq", "select count(*) from daily_revenue_tenders t join daily_revenue d"
                + " on d.id = t.daily_revenue_id join branches b on b.id = d.branch_id where b.code = 'REPORT-V2' and t.revision = 1"),"the replaced revision keeps its tender amounts");

        String v1 = "{\"revenue\":10,\"loss\":0,\"transactionCount\":1}";
        HttpResponse<String> first = report("REPORT-V2", key, date.minusDays(1), v1);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("{}", Http.json(first.body()).asJsonObject().getJsonObject("tenders").toString(), first.body());
        assertTrue(!first.body().contains("taxTotal"), "no till figures in a version 1 report: " + first.body());
        assertEquals(200, report("REPORT-V2", key, date.minusDays(1), v1).statusCode());
    }

    @Test
    void invalidVersionTwoReportsAreRefusedNamingTheFieldAndStoreNothing() {
        String key = register("INVALID-V2");
        LocalDate date = yesterdayIn("Asia/Tokyo");
        String v2 = """
                {"revenue":10,"loss":0,"transactionCount":1,"reportVersion":2,"tenders":{"CASH":10},"taxTotal":1.67,"refunds":0,"cashVariance":0}""";
        assertProblem(report("INVALID-V2", key, date, v2.replace("\"CASH\":10", "\"CASH\":10.001")), 422, "tenders.CASH");
        assertProblem(report("INVALID-V2", key, date, v2.replace("\"CASH\":10", "\"cash register\":10")), 422, "tenders");
        assertProblem(report("INVALID-V2", key, date, v2.replace("1.67", "1.675")), 422, "taxTotal");
        assertProblem(report("INVALID-V2", key, date, v2.replace("\"refunds\":0", "\"refunds\":-1")), 422, "refunds");
        assertProblem(report("INVALID-V2", key, date, v2.replace("\"cashVariance\":0", "\"cashVariance\":0.001")), 422, "cashVariance");
        assertProblem(report("INVALID-V2", key, date, v2.replace(",\"taxTotal\":1.67", "")), 400, "taxTotal");
        assertProblem(report("INVALID-V2", key, date, v2.replace("\"tenders\":{\"CASH\":10},", "")), 400, "tenders");
        assertProblem(report("INVALID-V2", key, date, v2.replace("\"reportVersion\":2", "\"reportVersion\":3")), 422, "reportVersion");
        HttpResponse<String> listed = Http.get(api("branches"), MANAGER);
        assertTrue(Pattern.compile("\"code\":\"INVALID-V2\"[^}]*").matcher(listed.body()).results()
                .noneMatch(m -> m.group().contains("lastReportedDate")), "nothing stored: " + listed.body());
    }

    @Test
    void invalidReportsAreRefusedAndStoreNothing() {
        String key = register("INVALID-1");
        LocalDate date = yesterdayIn("Asia/Tokyo");
        assertProblem(report("INVALID-1", key, date, "{\"revenue\":10,\"loss\":-1,\"transactionCount\":1}"), 422, "loss");
        assertProblem(report("INVALID-1", key, date, "{\"revenue\":10.001,\"loss\":0,\"transactionCount\":1}"), 422, "revenue");
        assertProblem(report("INVALID-1", key, date, "{\"revenue\":10,\"loss\":0,\"transactionCount\":-1}"), 422, "transactionCount");
        assertProblem(report("INVALID-1", key, date, "{\"loss\":0,\"transactionCount\":1}"), 400, "revenue");
        assertProblem(report("INVALID-1", key, date.plusDays(2), "{\"revenue\":10,\"loss\":0,\"transactionCount\":1}"), 422, "businessDate");
        assertProblem(Http.send("PUT", api("branches/INVALID-1/daily-revenue/not-a-date"), bearer(key), "{}"), 400, "businessDate");
        assertProblem(report("INVALID-1", key, date, "{\"revenue\":"), 400, null);

        HttpResponse<String> listed = Http.get(api("branches"), MANAGER);
        assertEquals(200, listed.statusCode());
        assertTrue(Pattern.compile("\"code\":\"INVALID-1\"[^}]*").matcher(listed.body()).results()
                .noneMatch(m -> m.group().contains("lastReportedDate")), "nothing stored: " + listed.body());
    }

    @Test
    void identicalReportsAtOnceLeaveOneRowAndAllSucceed() throws Exception {
        String key = register("RACE-1");
        LocalDate date = yesterdayIn("Asia/Tokyo");
        String json = "{\"revenue\":999.99,\"loss\":1.00,\"transactionCount\":5}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> report("RACE-1", key, date, json));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                statuses.add(f.get().statusCode());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        HttpResponse<String> again = report("RACE-1", key, date, json);
        assertEquals(200, again.statusCode(), "exactly one stored row answers the resend: " + again.body());
    }

    private static String receivedAt(HttpResponse<String> response) {
        return response.body().replaceAll(".*\"receivedAt\":\"([^\"]+)\".*", "$1");
    }
}
