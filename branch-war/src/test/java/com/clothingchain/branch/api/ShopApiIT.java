package com.clothingchain.branch.api;

import com.clothingchain.branch.api.BranchApi.Answer;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static com.clothingchain.branch.api.BranchApi.money;
import static com.clothingchain.branch.api.BranchApi.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The branch's JSON API on the built WAR on Payara Micro: every operation, and every refusal, each of which
 * must leave the database exactly as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopApiIT {

    private static final AtomicInteger SKUS = new AtomicInteger();
    /** Cash enough for any test sale: the change is given back. */
    static final String PAID = "\"payments\":[{\"tender\":\"CASH\",\"amount\":999999}]";

    @ArquillianResource
    URL base;

    BranchApi clerk;
    BranchApi manager;

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("branch.war")));
    }

    @BeforeEach
    void signIn() {
        clerk = BranchApi.as(base, "clerk", "demo-clerk-pw");
        manager = BranchApi.as(base, "manager", "demo-manager-pw");
    }

    private String newProduct(String price) {
        String sku = "IT-" + SKUS.incrementAndGet() + "-" + System.nanoTime() % 100000;
        BranchDatabase.addProduct(sku, price);
        return sku;
    }

    private static String product(String sku, String price) {
        return """
                {"sku":"%s","name":"Test shirt","category":"Tops","size":"M","colour":"red","price":%s}""".formatted(sku, price);
    }

    private static String sale(String... skuAndQuantity) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add("{\"sku\":\"%s\",\"quantity\":%s}".formatted(skuAndQuantity[i], skuAndQuantity[i + 1]));
        }
        return "{\"lines\":[" + String.join(",", lines) + "]," + PAID + "}";
    }

    @Test
    void clerksListAndFindProducts() {
        String sku = newProduct("12.50");
        JsonObject found = clerk.get("products/" + sku).expect(200).json();
        assertEquals("12.50", found.getJsonNumber("price").toString(), "two decimals: " + found);
        assertTrue(found.getBoolean("active"));
        assertTrue(clerk.get("products?q=" + sku.toLowerCase()).expect(200).structure().toString().contains(sku));
        assertTrue(clerk.get("products").expect(200).structure().toString().contains("TSH-RED-M"), "demo products exist");
        refused(404, "sku", () -> clerk.get("products/NO-SUCH-SKU"));
    }

    @Test
    void productsAreKeptAtHqAndNeitherAddedNorChangedHere() {
        String sku = newProduct("10.00");
        for (BranchApi who : List.of(manager, clerk)) {
            Answer add = refused(403, null, () -> who.post("products", product(sku + "-NEW", "19.90")));
            assertTrue(add.body().contains("catalogue is kept at HQ"), add.body());
            Answer change = refused(403, null, () -> who.put("products/" + sku, product(sku, "3.00")));
            assertTrue(change.body().contains("catalogue is kept at HQ"), change.body());
        }
        refused(403, null, () -> manager.put("products/NO-SUCH-SKU", product("NO-SUCH-SKU", "3.00")));
        refused(401, null, () -> BranchApi.anonymous(base).post("products", product(sku + "-ANON", "5.00")));
        assertEquals(new BigDecimal("10.00"), money(clerk.get("products/" + sku).expect(200).json(), "price"));

        BranchDatabase.changeProduct(sku, "10.00", false);
        assertTrue(!clerk.get("products/" + sku).expect(200).json().getBoolean("active"));
        refused(422, "lines[0].sku", () -> clerk.post("sales", sale(sku, "1")));
    }

    @Test
    void clerksSellAndTheReceiptAddsUp() {
        String shirt = newProduct("14.99");
        String jeans = newProduct("59.00");
        Answer sold = clerk.post("sales", sale(shirt, "2", jeans, "1", shirt, "1")).expect(201);
        JsonObject receipt = sold.json();
        assertEquals(new BigDecimal("103.97"), money(receipt, "total"), "3 × 14.99 + 59.00");
        assertEquals(2, receipt.getJsonArray("lines").size(), "lines of one SKU are added up");
        JsonObject first = receipt.getJsonArray("lines").getJsonObject(0);
        assertEquals(3, first.getInt("quantity"));
        assertEquals("14.99", first.getJsonNumber("unitPrice").toString());
        assertEquals("44.97", first.getJsonNumber("amount").toString());
        String number = receipt.getString("receiptNumber");
        assertTrue(sold.response().headers().firstValue("Location").orElseThrow().endsWith("/sales/" + number));
        assertEquals(receipt.getString("businessDate"), clerk.get("days/current").expect(200).json().getString("businessDate"));

        JsonObject again = clerk.get("sales/" + number).expect(200).json();
        assertEquals(money(receipt, "total"), money(again, "total"));
        assertEquals("clerk", again.getString("clerk"));
    }

    @Test
    void badSalesAreRefused() {
        String shirt = newProduct("9.99");
        refused(422, "lines[1].sku", () -> clerk.post("sales", sale(shirt, "1", "NO-SUCH-SKU", "1")));
        refused(400, "lines[0].quantity", () -> clerk.post("sales", sale(shirt, "0")));
        refused(400, "lines[0].quantity", () -> clerk.post("sales", sale(shirt, "1000")));
        refused(400, "lines", () -> clerk.post("sales", "{\"lines\":[]}"));
        refused(400, "lines[0].quantity", () -> clerk.post("sales", sale(shirt, "1.5")));
        refused(400, null, () -> clerk.post("sales", "not json"));
        refused(400, "businessDate", () -> clerk.post("sales", "{\"businessDate\":\"yesterday\",\"lines\":[{\"sku\":\"" + shirt + "\",\"quantity\":1}]," + PAID + "}"));
        refused(404, "receiptNumber", () -> clerk.get("sales/20000101-9999"));
        refused(401, null, () -> BranchApi.anonymous(base).post("sales", sale(shirt, "1")));
        refused(401, null, () -> BranchApi.as(base, "clerk", "wrong-password").post("sales", sale(shirt, "1")));
    }

    @Test
    void returnsRefundWhatWasPaidAndNeverMoreThanWasSold() {
        String shirt = newProduct("20.00");
        String socks = newProduct("5.50");
        String number = clerk.post("sales", sale(shirt, "2", socks, "3")).expect(201).json().getString("receiptNumber");
        BranchDatabase.changeProduct(shirt, "25.00", true);

        JsonObject returned = clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":1},{"sku":"%s","quantity":3}]}""".formatted(number, shirt, socks))
                .expect(201).json();
        assertEquals(new BigDecimal("36.50"), money(returned, "refund"), "the price paid (20.00), not today's (25.00)");
        assertEquals(number, returned.getString("receiptNumber"));

        refused(409, "lines[0].quantity", () -> clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":2}]}""".formatted(number, shirt)));
        refused(409, "lines[0].quantity", () -> clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":1}]}""".formatted(number, socks)));
        refused(422, "receiptNumber", () -> clerk.post("returns", """
                {"receiptNumber":"20000101-9999","lines":[{"sku":"%s","quantity":1}]}""".formatted(shirt)));
        refused(422, "lines[0].sku", () -> clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"TSH-RED-M","quantity":1}]}""".formatted(number)));
        refused(400, "lines[0].quantity", () -> clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":-1}]}""".formatted(number, shirt)));
        refused(400, "receiptNumber", () -> clerk.post("returns", """
                {"lines":[{"sku":"%s","quantity":1}]}""".formatted(shirt)));

        JsonObject receipt = clerk.get("sales/" + number).expect(200).json();
        assertEquals(1, receipt.getJsonArray("lines").getJsonObject(0).getInt("returnedQuantity"));
        assertEquals(3, receipt.getJsonArray("lines").getJsonObject(1).getInt("returnedQuantity"));
    }

    @Test
    void lossesAreValuedAtTheCurrentPrice() {
        String jacket = newProduct("89.00");
        JsonObject loss = clerk.post("losses", """
                {"sku":"%s","quantity":2,"reason":"DAMAGED","note":"torn seam"}""".formatted(jacket)).expect(201).json();
        assertEquals(new BigDecimal("178.00"), money(loss, "value"));
        assertEquals("DAMAGED", loss.getString("reason"));

        refused(400, "reason", () -> clerk.post("losses", """
                {"sku":"%s","quantity":1,"reason":"EATEN"}""".formatted(jacket)));
        refused(400, "quantity", () -> clerk.post("losses", """
                {"sku":"%s","quantity":0,"reason":"THEFT"}""".formatted(jacket)));
        refused(422, "sku", () -> clerk.post("losses", """
                {"sku":"NO-SUCH-SKU","quantity":1,"reason":"LOST"}"""));
        refused(400, "note", () -> clerk.post("losses", """
                {"sku":"%s","quantity":1,"reason":"OTHER","note":"%s"}""".formatted(jacket, "x".repeat(501))));
    }

    @Test
    void theOpenDayAddsUpSalesReturnsAndLosses() {
        JsonObject before = clerk.get("days/current").expect(200).json();
        assertEquals("OPEN", before.getString("status"));
        String item = newProduct("30.00");
        String number = clerk.post("sales", sale(item, "3")).expect(201).json().getString("receiptNumber");
        clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":1}]}""".formatted(number, item)).expect(201);
        clerk.post("losses", """
                {"sku":"%s","quantity":1,"reason":"THEFT"}""".formatted(item)).expect(201);

        JsonObject after = clerk.get("days/current").expect(200).json();
        assertEquals(money(before, "revenue").add(new BigDecimal("60.00")), money(after, "revenue"), "90.00 sold − 30.00 refunded");
        assertEquals(money(before, "loss").add(new BigDecimal("30.00")), money(after, "loss"));
        assertEquals(before.getInt("transactionCount") + 2, after.getInt("transactionCount"), "a sale and a return");
        assertEquals(after, clerk.get("days/" + after.getString("businessDate")).expect(200).json());

        refused(404, "businessDate", () -> clerk.get("days/2001-01-01"));
        refused(400, "businessDate", () -> clerk.get("days/not-a-date"));
    }

    /** The only test that closes a day: the server's clock runs on, so one date can be closed per run. */
    @Test
    void aManagerClosesTheDayAndItIsFrozen() throws Exception {
        String item = newProduct("10.00");
        clerk.post("sales", sale(item, "1")).expect(201);
        String open = clerk.get("days/current").expect(200).json().getString("businessDate");
        String next = LocalDate.parse(open).plusDays(1).toString();

        refused(403, null, () -> clerk.post("days/" + open + "/close", null));
        refused(409, "businessDate", () -> manager.post("days/" + next + "/close", null));

        JsonObject closed = closeDuringSales(open, item);
        assertEquals("CLOSED", closed.getString("status"));
        JsonObject report = closed.getJsonObject("report");
        assertEquals("PENDING", report.getString("status"), "queued in the outbox: " + closed);
        assertEquals(money(closed, "revenue"), money(report, "revenue"));
        assertEquals(money(closed, "loss"), money(report, "loss"));
        assertEquals(closed.getInt("transactionCount"), report.getInt("transactionCount"));
        JsonObject reread = clerk.get("days/" + open).expect(200).json();
        for (String frozen : List.of("businessDate", "status", "revenue", "loss", "transactionCount")) {
            assertEquals(closed.get(frozen), reread.get(frozen), "a closed day reads back frozen: " + frozen);
        }

        List<String> calls = manager.get("service-calls").expect(200).structure().asJsonArray().stream()
                .map(JsonObject.class::cast).filter(c -> c.getString("businessDate").equals(open) && c.getString("subject").isEmpty()).map(c -> c.getString("call")).sorted()
                .toList();
        assertEquals(List.of("send_revenue_loss", "send_variant_figures"), calls, "the day's report and its figures per variant");
        JsonObject figures = manager.get("days/" + open + "/variant-figures").expect(200).json();
        BigDecimal lines = BigDecimal.ZERO;
        BigDecimal losses = BigDecimal.ZERO;
        for (JsonObject variant : figures.getJsonArray("variants").getValuesAs(JsonObject.class)) {
            lines = lines.add(money(variant, "soldAmount")).subtract(money(variant, "returnedAmount"));
            losses = losses.add(money(variant, "lossValue"));
        }
        assertEquals(money(closed, "revenue"), lines.add(money(figures, "rounding")), "the variants add up to the day: " + figures);
        assertEquals(money(closed, "loss"), losses, figures.toString());
        refused(403, null, () -> clerk.get("days/" + open + "/variant-figures"));
        refused(403, null, () -> clerk.get("service-calls"));
        refused(404, "id", () -> manager.post("service-calls/999999/requeue", null));
        JsonObject current = clerk.get("days/current").expect(200).json();
        assertEquals(next, current.getString("businessDate"), "closing opens the next date");
        assertTrue(current.containsKey("report") && current.isNull("report"), "nothing reported yet: " + current);

        refused(409, "businessDate", () -> manager.post("days/" + open + "/close", null));
        refused(409, "businessDate", () -> manager.post("days/" + next + "/close", null));
        refused(409, "businessDate", () -> clerk.post("sales",
                "{\"businessDate\":\"" + open + "\",\"lines\":[{\"sku\":\"" + item + "\",\"quantity\":1}]," + PAID + "}"));
        refused(409, "businessDate", () -> clerk.post("losses",
                "{\"businessDate\":\"" + open + "\",\"sku\":\"" + item + "\",\"quantity\":1,\"reason\":\"LOST\"}"));
        assertEquals(next, clerk.post("sales", sale(item, "1")).expect(201).json().getString("businessDate"),
                "sales after the close go to the next date");
    }

    /**
     * Closes the open date while 40 sales race the close: every sale lands in exactly one till session and one day,
     * the closed day's revenue is exactly its receipts, and its API till waits for a count, then is counted against it.
     */
    private JsonObject closeDuringSales(String open, String item) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Answer> answers = new ArrayList<>();
        try {
            List<Callable<Answer>> work = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                work.add(() -> clerk.post("sales", sale(item, "1")));
                if (i == 20) {
                    work.add(() -> manager.post("days/" + open + "/close", null));
                }
            }
            for (Future<Answer> answer : pool.invokeAll(work)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40, answers.stream().filter(a -> a.status() == 201).count(), "every sale is booked");
        JsonObject closed = answers.stream().filter(a -> a.status() == 202).findFirst().orElseThrow().json();
        String ours = "(select r.id from receipts r join receipt_lines l on l.receipt_id = r.id join products p on p.id = l.product_id"
                + " where p.sku = '" + item + "')";
        assertEquals(41, BranchDatabase.count("select count(*) from receipts r join till_sessions s on s.id = r.till_session_id"
                + " where r.id in " + ours + " and s.business_date = r.business_date"), "each receipt is in a till session of its own date");
        assertEquals(BranchDatabase.decimal("select revenue from business_days where business_date = '" + open + "'"),
                BranchDatabase.decimal("select coalesce(sum(total + rounding), 0) from receipts where business_date = '" + open + "'")
                        .subtract(BranchDatabase.decimal("select coalesce(sum(refund + rounding), 0) from product_returns"
                                + " where business_date = '" + open + "'")), "the closed day's revenue is exactly its bookings");
        assertEquals("AWAITING_COUNT", clerk.get("tills").expect(200).structure().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("till").equals("API") && s.getString("businessDate").equals(open)).findFirst()
                .orElseThrow().getString("status"), "the closed date's API till waits for its count");
        JsonObject counted = clerk.post("tills/API/count", "{\"counted\":{\"CASH\":0}}").expect(200).json();
        assertEquals(open, counted.getJsonObject("session").getString("businessDate"), "counted afterwards, against its own date");
        assertEquals(BranchDatabase.decimal("select coalesce(sum(p.amount), 0) from payments p join till_sessions s on s.id = p.session_id"
                        + " where s.till_code = 'API' and s.business_date = '" + open + "' and p.tender = 'CASH'"),
                money(counted.getJsonObject("expected"), "CASH"));
        return closed;
    }

    @Test
    void aBranchWithoutHqSettingsSaysSoInItsHealthAndKeepsItsReportsQueued() throws Exception {
        var health = BranchApi.HTTP.send(java.net.http.HttpRequest.newBuilder(base.toURI().resolve("/health")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"hq\":\"NOT_CONFIGURED\""), health.body());
        assertTrue(health.body().contains("\"name\":\"hq-reports\""), health.body());
    }

    @Test
    void twoClerksReturningTheSameLineAtOnceNeverReturnMoreThanWasSold() throws Exception {
        String item = newProduct("15.00");
        String number = clerk.post("sales", sale(item, "3")).expect(201).json().getString("receiptNumber");
        String returnTwo = """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":2}]}""".formatted(number, item);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                BranchApi who = i % 2 == 0 ? clerk : manager;
                attempts.add(() -> who.post("returns", returnTwo).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(attempts)) {
                statuses.add(status.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses: " + statuses);
            assertEquals(7, statuses.stream().filter(s -> s == 409).count(), "statuses: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, clerk.get("sales/" + number).expect(200).json().getJsonArray("lines").getJsonObject(0)
                .getInt("returnedQuantity"));
        assertEquals(1, BranchDatabase.count("select count(*) from product_returns r join receipts s on s.id = r.receipt_id"
                + " where s.receipt_number = '" + number + "'"));
    }
}
