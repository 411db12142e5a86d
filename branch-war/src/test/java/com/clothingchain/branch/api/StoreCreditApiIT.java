package com.clothingchain.branch.api;

import com.clothingchain.branch.api.BranchApi.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static com.clothingchain.branch.api.BranchApi.money;
import static com.clothingchain.branch.api.BranchApi.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Store credit through the branch API on the built WAR: a refund to STORE_CREDIT issues a credit note, sales spend it
 * in parts until nothing is left, every refusal books nothing, and two tills spending one note at once book once.
 * This branch has no HQ, so the test gives it HQ's STORE_CREDIT tender before its first sale.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoreCreditApiIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String NUMBER = "SC-([A-Z0-9]+-)?[A-Z2-7]{8}";

    @ArquillianResource
    URL base;

    BranchApi clerk;

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("branch.war")));
    }

    @BeforeAll
    static void storeCreditIsATender() {
        BranchDatabase.addTender("STORE_CREDIT", "Store credit", "VOUCHER");
    }

    @BeforeEach
    void signIn() {
        clerk = BranchApi.as(base, "clerk", "demo-clerk-pw");
    }

    private static String product(String price) {
        String sku = "SC-IT-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        BranchDatabase.addProduct(sku, price);
        return sku;
    }

    private static String sale(String sku, String payments) {
        return "{\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}],\"payments\":[" + payments + "]}";
    }

    private static String credit(String number, String amount) {
        return "{\"tender\":\"STORE_CREDIT\",\"amount\":" + amount + ",\"reference\":\"" + number + "\"}";
    }

    private BigDecimal storeCreditToday() {
        JsonObject tenders = clerk.get("days/current").expect(200).json().getJsonObject("tenders");
        return tenders.containsKey("STORE_CREDIT") ? money(tenders, "STORE_CREDIT") : new BigDecimal("0.00");
    }

    /** Sells an item at {@code price} for cash and takes it back to store credit: the note the refund issued. */
    private JsonObject noteFor(String price) {
        String item = product(price);
        String receipt = clerk.post("sales", sale(item, "{\"tender\":\"CASH\",\"amount\":" + price + "}")).expect(201).json()
                .getString("receiptNumber");
        return clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":1}],"refundTender":"STORE_CREDIT"}""".formatted(receipt, item))
                .expect(201).json().getJsonObject("storeCredit");
    }

    @Test
    void aRefundToStoreCreditIssuesANoteThatSalesSpendInPartsUntilNothingIsLeft() {
        String coat = product("40.00");
        String receipt = clerk.post("sales", sale(coat, "{\"tender\":\"CASH\",\"amount\":40.00}")).expect(201).json().getString("receiptNumber");
        String giveBack = """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":1}],"refundTender":"STORE_CREDIT"%s}""";
        refused(400, "refundReference", () -> clerk.post("returns", giveBack.formatted(receipt, coat, ",\"refundReference\":\"SC-MINE\"")));
        BigDecimal tenderBefore = storeCreditToday();

        JsonObject returned = clerk.post("returns", giveBack.formatted(receipt, coat, "")).expect(201).json();
        JsonObject note = returned.getJsonObject("storeCredit");
        String number = note.getString("number");
        assertTrue(number.matches(NUMBER), number);
        assertEquals(new BigDecimal("40.00"), money(note, "amount"));
        assertEquals(new BigDecimal("40.00"), money(note, "balance"));
        JsonObject refund = returned.getJsonArray("payments").getJsonObject(0);
        assertEquals("STORE_CREDIT", refund.getString("tender"));
        assertEquals(new BigDecimal("-40.00"), money(refund, "amount"), "issuing is money out of the STORE_CREDIT tender");
        assertEquals(number, refund.getString("reference"), "the refund's payment names the note");
        assertEquals(tenderBefore.subtract(new BigDecimal("40.00")), storeCreditToday());

        JsonObject looked = clerk.get("store-credits/" + number).expect(200).json();
        assertEquals(new BigDecimal("40.00"), money(looked, "balance"));
        assertEquals(receipt, looked.getString("receiptNumber"), "the receipt whose refund issued it");
        assertEquals(returned.getJsonNumber("id").longValue(), looked.getJsonNumber("returnId").longValue());
        assertEquals("clerk", looked.getString("issuedBy"));
        assertEquals(returned.getString("businessDate"), looked.getString("issuedOn"));
        assertEquals(0, looked.getJsonArray("spent").size());

        String shirt = product("30.00");
        JsonObject first = clerk.post("sales", sale(shirt, credit(number.toLowerCase(Locale.ROOT), "25.00")
                + ",{\"tender\":\"CASH\",\"amount\":10.00}")).expect(201).json();
        assertEquals(new BigDecimal("5.00"), money(first, "change"), "25.00 of store credit and 5.00 of the 10.00 cash");
        JsonObject spent = first.getJsonArray("payments").stream().map(JsonObject.class::cast)
                .filter(p -> p.getString("tender").equals("STORE_CREDIT")).findFirst().orElseThrow();
        assertEquals(number, spent.getString("reference"), "the note's number as issued, whatever case was typed");
        assertEquals(new BigDecimal("15.00"), money(clerk.get("store-credits/" + number).expect(200).json(), "balance"));

        Answer tooMuch = refused(422, "payments[0].reference", () -> clerk.post("sales", sale(shirt, credit(number, "15.01")
                + ",{\"tender\":\"CASH\",\"amount\":14.99}")));
        assertTrue(tooMuch.body().contains("has 15.00 left"), tooMuch.body());
        Answer unknown = refused(422, "payments[1].reference", () -> clerk.post("sales", sale(shirt,
                "{\"tender\":\"CASH\",\"amount\":10.00}," + credit("SC-NOSUCH22", "20.00"))));
        assertTrue(unknown.body().contains("no store credit SC-NOSUCH22"), unknown.body());
        refused(422, "payments[0].reference", () -> clerk.post("sales", sale(shirt, "{\"tender\":\"STORE_CREDIT\",\"amount\":30.00}")));

        String socks = product("15.00");
        JsonObject last = clerk.post("sales", sale(socks, credit(number, "15.00"))).expect(201).json();
        Answer empty = refused(422, "payments[0].reference", () -> clerk.post("sales", sale(socks, credit(number, "0.01")
                + ",{\"tender\":\"CASH\",\"amount\":14.99}")));
        assertTrue(empty.body().contains("has 0.00 left"), empty.body());

        JsonObject after = clerk.get("store-credits/" + number).expect(200).json();
        assertEquals(new BigDecimal("0.00"), money(after, "balance"));
        assertEquals(new BigDecimal("40.00"), money(after, "amount"));
        assertEquals(List.of(first.getString("receiptNumber"), last.getString("receiptNumber")),
                after.getJsonArray("spent").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertEquals(tenderBefore, storeCreditToday(), "issued 40.00, spent 25.00 and 15.00: the tender is back where it was");
        JsonObject again = clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":1}]}""".formatted(last.getString("receiptNumber"), socks))
                .expect(201).json().getJsonObject("storeCredit");
        assertTrue(again != null && !again.getString("number").equals(number),
                "socks paid by store credit come back as a new note (the tender that paid most): " + again);
        assertEquals(new BigDecimal("15.00"), money(again, "balance"));
        assertEquals(new BigDecimal("0.00"), money(clerk.get("store-credits/" + number).expect(200).json(), "balance"),
                "the spent note is not topped up");
        clerk.get("store-credits/SC-NOSUCH22").expectProblem(404, "number");
        BranchApi.anonymous(base).get("store-credits/" + number).expect(401);
    }

    @Test
    void anExchangeRefundsItsDifferenceToStoreCreditAndCanPayWithIt() {
        String jeans = product("45.00");
        String belt = product("20.00");
        String receipt = clerk.post("sales", sale(jeans, "{\"tender\":\"CASH\",\"amount\":45.00}")).expect(201).json().getString("receiptNumber");
        JsonObject exchange = clerk.post("exchanges", """
                {"receiptNumber":"%s","returnLines":[{"sku":"%s","quantity":1}],"lines":[{"sku":"%s","quantity":1}],
                 "refundTender":"STORE_CREDIT"}""".formatted(receipt, jeans, belt)).expect(201).json();
        JsonObject note = exchange.getJsonObject("returned").getJsonObject("storeCredit");
        assertEquals(new BigDecimal("25.00"), money(note, "balance"), "what the belt did not take: " + exchange);
        String number = note.getString("number");

        String second = exchange.getJsonObject("receipt").getString("receiptNumber");
        String shirt = product("40.00");
        JsonObject paidWithNote = clerk.post("exchanges", """
                {"receiptNumber":"%s","returnLines":[{"sku":"%s","quantity":1}],"lines":[{"sku":"%s","quantity":1}],
                 "payments":[%s]}""".formatted(second, belt, shirt, credit(number, "20.00"))).expect(201).json();
        assertEquals(new BigDecimal("20.00"), money(paidWithNote, "difference"));
        assertEquals(new BigDecimal("5.00"), money(clerk.get("store-credits/" + number).expect(200).json(), "balance"));
    }

    @Test
    void twoTillsSpendingOneNoteAtOnceBookOneSale() throws Exception {
        String number = noteFor("20.00").getString("number");
        String item = product("20.00");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService tills = Executors.newFixedThreadPool(2);
        List<Integer> statuses;
        try {
            List<CompletableFuture<Answer>> sales = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return clerk.post("sales", sale(item, credit(number, "20.00")));
            }, tills)).toList();
            start.countDown();
            statuses = sales.stream().map(CompletableFuture::join).map(Answer::status).sorted().toList();
        } finally {
            tills.shutdown();
        }
        assertEquals(List.of(201, 422), statuses, "exactly one of the two sales is booked");
        assertEquals(new BigDecimal("0.00"), money(clerk.get("store-credits/" + number).expect(200).json(), "balance"));
        assertEquals(1, BranchDatabase.count("select count(*) from payments where tender = 'STORE_CREDIT' and amount > 0"
                + " and reference = '" + number + "'"));
    }
}
