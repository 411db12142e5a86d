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
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.clothingchain.branch.api.BranchApi.money;
import static com.clothingchain.branch.api.BranchApi.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The till through the branch API on the built WAR on Payara Micro: payments, change, refunds to a tender, till
 * sessions from float to Z report. This branch has no HQ, so no tax rates: every line is taxed at 0 (the tax rules
 * with rates are {@code TaxTest}'s and the system tests').
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TillApiIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

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

    private static String product(String price) {
        String sku = "TILL-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        BranchDatabase.addProduct(sku, price);
        return sku;
    }

    private static String till() {
        return "T" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 10000;
    }

    private static String sale(String till, String lines, String payments) {
        return "{" + (till == null ? "" : "\"till\":\"" + till + "\",") + "\"lines\":[" + lines + "],\"payments\":[" + payments + "]}";
    }

    private static String line(String sku, int quantity) {
        return "{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}";
    }

    @Test
    void aSplitPaymentGivesChangeFromTheCash() {
        String shirt = product("19.99");
        String socks = product("4.51");
        String jeans = product("45.50");
        JsonObject receipt = clerk.post("sales", sale(null, line(shirt, 1) + "," + line(socks, 1) + "," + line(jeans, 1),
                "{\"tender\":\"CASH\",\"amount\":50.00},{\"tender\":\"CARD\",\"amount\":20.00,\"reference\":\"123456\",\"lastFour\":\"4242\"}"))
                .expect(201).json();
        assertEquals(new BigDecimal("70.00"), money(receipt, "total"));
        assertEquals(new BigDecimal("0.00"), money(receipt, "change"));
        assertEquals("API", receipt.getString("till"), "a sale naming no till goes to the API till");
        JsonObject tooMuchCash = clerk.post("sales", sale(null, line(shirt, 1) + "," + line(socks, 1),
                "{\"tender\":\"CASH\",\"amount\":20.00},{\"tender\":\"CARD\",\"amount\":10.00,\"reference\":\"A-77\"}")).expect(201).json();
        assertEquals(new BigDecimal("24.50"), money(tooMuchCash, "total"));
        assertEquals(new BigDecimal("5.50"), money(tooMuchCash, "change"), "30.00 handed over for 24.50");
        var payments = tooMuchCash.getJsonArray("payments");
        assertEquals("CASH", payments.getJsonObject(0).getString("tender"));
        assertEquals(new BigDecimal("14.50"), money(payments.getJsonObject(0), "amount"), "the cash that paid, change taken off");
        assertEquals(new BigDecimal("20.00"), money(payments.getJsonObject(0), "tendered"));
        assertEquals("A-77", payments.getJsonObject(1).getString("reference"));
        assertEquals(new BigDecimal("0.00"), money(tooMuchCash, "taxTotal"));
        assertEquals(1, tooMuchCash.getJsonArray("taxes").size(), "one rate: " + tooMuchCash);
        JsonObject reread = clerk.get("sales/" + tooMuchCash.getString("receiptNumber")).expect(200).json();
        for (String field : List.of("total", "payments", "change", "taxTotal", "taxes", "lines", "till")) {
            assertEquals(tooMuchCash.get(field), reread.get(field), "the receipt reads back as sold: " + field);
        }
    }

    @Test
    void aSaleIsBookedOnlyWhenFullyPaid() {
        String item = product("70.00");
        String lines = line(item, 1);
        refused(422, "payments", () -> clerk.post("sales", "{\"lines\":[" + lines + "]}"));
        refused(422, "payments", () -> clerk.post("sales", sale(null, lines,
                "{\"tender\":\"CASH\",\"amount\":50.00},{\"tender\":\"CARD\",\"amount\":19.99,\"reference\":\"123456\"}")));
        refused(422, "payments", () -> clerk.post("sales", sale(null, lines, "{\"tender\":\"CARD\",\"amount\":70.01,\"reference\":\"1\"}")));
        refused(400, "payments[0].amount", () -> clerk.post("sales", sale(null, lines, "{\"tender\":\"CASH\",\"amount\":-70.00}")));
        refused(400, "payments[0].amount", () -> clerk.post("sales", sale(null, lines, "{\"tender\":\"CASH\",\"amount\":70.001}")));
        refused(422, "payments[1].tender", () -> clerk.post("sales", sale(null, lines,
                "{\"tender\":\"CASH\",\"amount\":20},{\"tender\":\"SEASHELLS\",\"amount\":50}")));
        Answer cardNumber = refused(422, "payments[0].reference", () -> clerk.post("sales", sale(null, lines,
                "{\"tender\":\"CARD\",\"amount\":70.00,\"reference\":\"4111 1111 1111 1111\"}")));
        assertTrue(cardNumber.body().contains("card number"), cardNumber.body());
        refused(422, "payments[0].reference", () -> clerk.post("sales", sale(null, lines, "{\"tender\":\"CARD\",\"amount\":70.00}")));
        refused(409, "till", () -> clerk.post("sales", sale("NOT-OPEN", lines, "{\"tender\":\"CASH\",\"amount\":70}")));
        assertEquals(0, BranchDatabase.count("select count(*) from payments where reference like '%4111%'"), "no card number is stored");
    }

    @Test
    void aCashRefundAboveTheLimitNeedsAManager() {
        String coat = product("150.00");
        String number = clerk.post("sales", sale(null, line(coat, 2), "{\"tender\":\"CASH\",\"amount\":300}")).expect(201)
                .json().getString("receiptNumber");
        String giveBack = """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":1}]}""".formatted(number, coat);
        Answer refusal = refused(403, "refundTender", () -> clerk.post("returns", giveBack));
        assertTrue(refusal.body().contains("manager"), refusal.body());
        JsonObject byManager = manager.post("returns", giveBack).expect(201).json();
        assertEquals("CASH", byManager.getJsonArray("payments").getJsonObject(0).getString("tender"), "back in the tender that paid");
        assertEquals(new BigDecimal("-150.00"), money(byManager.getJsonArray("payments").getJsonObject(0), "amount"));
        refused(422, "refundTender", () -> clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":1}],"refundTender":"SEASHELLS"}""".formatted(number, coat)));
        JsonObject toCard = clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":1}],"refundTender":"CARD","refundReference":"RF-1"}"""
                .formatted(number, coat)).expect(201).json();
        assertEquals("CARD", toCard.getJsonArray("payments").getJsonObject(0).getString("tender"));
    }

    @Test
    void anExchangeIsOneTransactionWithTheDifferencePaidOrRefunded() {
        String small = product("20.00");
        String jeans = product("45.00");
        String first = clerk.post("sales", sale(null, line(small, 1), "{\"tender\":\"CASH\",\"amount\":20}")).expect(201)
                .json().getString("receiptNumber");
        String swap = """
                {"receiptNumber":"%s","returnLines":[{"sku":"%s","quantity":1}],"reason":"WRONG_SIZE","lines":[{"sku":"%s","quantity":1}],
                 "payments":[%s]}""";
        refused(422, "payments", () -> clerk.post("exchanges", swap.formatted(first, small, jeans, "{\"tender\":\"CARD\",\"amount\":24.99,\"reference\":\"77\"}")));
        refused(422, "returnLines[0].sku", () -> clerk.post("exchanges", swap.formatted(first, jeans, jeans, "")));
        refused(409, "returnLines[0].quantity", () -> clerk.post("exchanges", """
                {"receiptNumber":"%s","returnLines":[{"sku":"%s","quantity":2}],"lines":[{"sku":"%s","quantity":1}]}""".formatted(first, small, small)));

        JsonObject paid = clerk.post("exchanges", swap.formatted(first, small, jeans, "{\"tender\":\"CARD\",\"amount\":25.00,\"reference\":\"77\"}"))
                .expect(201).json();
        assertEquals(new BigDecimal("25.00"), money(paid, "difference"), "45.00 taken for 20.00 brought back");
        JsonObject receipt = paid.getJsonObject("receipt");
        assertEquals(new BigDecimal("45.00"), money(receipt, "total"));
        assertEquals("EXCHANGE", receipt.getJsonArray("payments").getJsonObject(0).getString("tender"));
        assertEquals(new BigDecimal("20.00"), money(receipt.getJsonArray("payments").getJsonObject(0), "amount"));
        assertEquals("CARD", receipt.getJsonArray("payments").getJsonObject(1).getString("tender"));
        assertEquals(new BigDecimal("20.00"), money(paid.getJsonObject("returned"), "refund"));
        assertEquals(1, clerk.get("sales/" + first).expect(200).json().getJsonArray("lines").getJsonObject(0).getInt("returnedQuantity"));

        String second = receipt.getString("receiptNumber");
        JsonObject refunded = clerk.post("exchanges", """
                {"receiptNumber":"%s","returnLines":[{"sku":"%s","quantity":1}],"lines":[{"sku":"%s","quantity":1}]}"""
                .formatted(second, jeans, small)).expect(201).json();
        assertEquals(new BigDecimal("-25.00"), money(refunded, "difference"), "20.00 taken for 45.00 brought back");
        var back = refunded.getJsonObject("returned").getJsonArray("payments");
        assertEquals("EXCHANGE", back.getJsonObject(0).getString("tender"));
        assertEquals(new BigDecimal("-20.00"), money(back.getJsonObject(0), "amount"));
        assertEquals("CARD", back.getJsonObject(1).getString("tender"), "the rest back to the tender that paid most");
        assertEquals(new BigDecimal("-25.00"), money(back.getJsonObject(1), "amount"));
        assertEquals(0, refunded.getJsonObject("receipt").getJsonArray("payments").stream().map(JsonObject.class::cast)
                .filter(p -> !p.getString("tender").equals("EXCHANGE")).count(), "the goods brought back paid for it all");
        assertFalse(clerk.get("days/current").expect(200).json().getJsonObject("tenders").containsKey("EXCHANGE"),
                "an exchange's credit is in no drawer");
    }

    private static String discounted(String sku, int quantity, String percent) {
        return "{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + ",\"discountPercent\":" + percent + "}";
    }

    /** The stock ledger's amount of a SKU's movement with this reference: what it was worth at the till. */
    private BigDecimal movedAmount(String sku, String reference) {
        return clerk.get("stock/" + sku + "/movements").expect(200).structure().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(m -> reference.equals(m.getString("reference", null))).map(m -> money(m, "amount")).findFirst().orElseThrow();
    }

    @Test
    void aLineDiscountComesOffBeforeTaxAndAReturnRefundsWhatWasPaid() {
        String shirt = product("19.95");
        String socks = product("4.99");
        String jeans = product("45.50");
        BigDecimal revenueBefore = money(clerk.get("days/current").expect(200).json(), "revenue");
        JsonObject receipt = clerk.post("sales", sale(null, discounted(shirt, 3, "12.5") + "," + line(socks, 1) + ","
                + discounted(jeans, 2, "30"), "{\"tender\":\"CASH\",\"amount\":130.00}")).expect(201).json();
        // 3 × 19.95 = 59.85, 12.5 % = 7.48125 → 7.48, pays 52.37; 2 × 45.50 = 91.00, 30 % (the limit, a clerk's) = 27.30, pays 63.70
        assertEquals("INCLUSIVE", receipt.getString("taxMode"));
        assertEquals(new BigDecimal("121.06"), money(receipt, "total"), "52.37 + 4.99 + 63.70: " + receipt);
        assertEquals(new BigDecimal("34.78"), money(receipt, "discountTotal"));
        assertEquals(new BigDecimal("8.94"), money(receipt, "change"));
        var lines = receipt.getJsonArray("lines");
        JsonObject shirtLine = lines.getJsonObject(0);
        assertEquals(new BigDecimal("59.85"), money(shirtLine, "amount"), "the amount as priced");
        assertEquals(new BigDecimal("12.50"), money(shirtLine, "discountPercent"));
        assertEquals(new BigDecimal("7.48"), money(shirtLine, "discount"));
        assertEquals(new BigDecimal("52.37"), money(shirtLine, "lineTotal"));
        JsonObject socksLine = lines.getJsonObject(1);
        assertTrue(!socksLine.containsKey("discountPercent") || socksLine.isNull("discountPercent"), socksLine.toString());
        assertEquals(new BigDecimal("0.00"), money(socksLine, "discount"));
        assertEquals(new BigDecimal("4.99"), money(socksLine, "lineTotal"));
        assertEquals(new BigDecimal("27.30"), money(lines.getJsonObject(2), "discount"));
        assertEquals(new BigDecimal("63.70"), money(lines.getJsonObject(2), "lineTotal"));
        JsonObject tax = receipt.getJsonArray("taxes").getJsonObject(0);
        assertEquals(new BigDecimal("121.06"), money(tax, "taxable"), "tax is worked out on the discounted amounts");
        assertEquals(new BigDecimal("0.00"), money(receipt, "taxTotal"));
        String number = receipt.getString("receiptNumber");
        JsonObject reread = clerk.get("sales/" + number).expect(200).json();
        for (String field : List.of("total", "discountTotal", "payments", "change", "taxTotal", "taxes", "lines")) {
            assertEquals(receipt.get(field), reread.get(field), "the receipt reads back as sold: " + field);
        }
        assertEquals(new BigDecimal("52.37"), movedAmount(shirt, number), "the stock ledger carries what was paid");
        assertEquals(new BigDecimal("63.70"), movedAmount(jeans, number));
        assertEquals(revenueBefore.add(new BigDecimal("121.06")), money(clerk.get("days/current").expect(200).json(), "revenue"),
                "revenue grows by what was paid, not by the prices");

        refused(400, "lines[0].discountPercent", () -> clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":1,"discountPercent":10}]}""".formatted(number, shirt)));
        JsonObject one = clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":1}]}""".formatted(number, shirt)).expect(201).json();
        assertEquals(new BigDecimal("17.46"), money(one, "refund"), "a third of the 52.37 paid, not 19.95");
        JsonObject rest = clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":2}]}""".formatted(number, shirt)).expect(201).json();
        assertEquals(new BigDecimal("34.91"), money(rest, "refund"), "the rest of the 52.37");
        assertEquals(new BigDecimal("-34.91"), money(rest.getJsonArray("payments").getJsonObject(0), "amount"));
        assertEquals(new BigDecimal("34.91"), movedAmount(shirt, "return " + rest.getJsonNumber("id").longValue() + " of " + number));
        assertEquals(revenueBefore.add(new BigDecimal("68.69")), money(clerk.get("days/current").expect(200).json(), "revenue"),
                "121.06 less the 52.37 refunded");
    }

    @Test
    void aBadDiscountOrOneAboveTheLimitByAClerkBooksNothing() {
        String coat = product("120.00");
        String scarf = product("15.00");
        String cash = "{\"tender\":\"CASH\",\"amount\":200}";
        for (String wrong : List.of("\"ten\"", "0", "-5", "100.01", "12.345", "true", "{\"value\":10}", "[10]")) {
            Answer refusal = refused(400, "lines[1].discountPercent", () -> clerk.post("sales", sale(null, line(scarf, 1) + ","
                    + discounted(coat, 1, wrong), cash)));
            assertTrue(refusal.body().contains("discount"), wrong + ": " + refusal.body());
        }
        refused(422, "lines[1].discountPercent", () -> clerk.post("sales", sale(null, discounted(coat, 1, "10") + ","
                + discounted(coat, 1, "20"), cash)));
        Answer aboveLimit = refused(403, "lines[1].discountPercent", () -> clerk.post("sales", sale(null, line(scarf, 1) + ","
                + discounted(coat, 1, "30.01"), cash)));
        assertTrue(aboveLimit.body().contains("manager"), aboveLimit.body());
        refused(403, "lines[0].discountPercent", () -> clerk.post("sales", sale(null, discounted(coat, 1, "100"), "")));

        JsonObject byManager = manager.post("sales", sale(null, line(scarf, 1) + "," + discounted(coat, 1, "45"), cash)).expect(201).json();
        // 120.00 × 45 % = 54.00 off: 66.00 + 15.00
        assertEquals(new BigDecimal("81.00"), money(byManager, "total"));
        assertEquals(new BigDecimal("54.00"), money(byManager, "discountTotal"));
        assertEquals(1, BranchDatabase.count("select count(*) from audit_events where event = 'DISCOUNT_APPROVED' and subject = '"
                + byManager.getString("receiptNumber") + "'"), "a discount above the limit is audited");
        JsonObject givenAway = manager.post("sales", sale(null, discounted(scarf, 2, "100"), "")).expect(201).json();
        assertEquals(new BigDecimal("0.00"), money(givenAway, "total"), "a line given away costs nothing");

        String first = clerk.post("sales", sale(null, line(scarf, 1), "{\"tender\":\"CASH\",\"amount\":15}")).expect(201)
                .json().getString("receiptNumber");
        refused(403, "lines[0].discountPercent", () -> clerk.post("exchanges", """
                {"receiptNumber":"%s","returnLines":[{"sku":"%s","quantity":1}],"lines":[{"sku":"%s","quantity":1,"discountPercent":50}],
                 "payments":[{"tender":"CASH","amount":100}]}""".formatted(first, scarf, coat)));
        refused(400, "returnLines[0].discountPercent", () -> clerk.post("exchanges", """
                {"receiptNumber":"%s","returnLines":[{"sku":"%s","quantity":1,"discountPercent":5}],"lines":[{"sku":"%s","quantity":1}],
                 "payments":[{"tender":"CASH","amount":120}]}""".formatted(first, scarf, coat)));
        refused(400, "returnLines[0].discountPercent", () -> clerk.post("exchanges", """
                {"receiptNumber":"%s","returnLines":[{"sku":"%s","quantity":1,"discountPercent":"ten"}],"lines":[{"sku":"%s","quantity":1}],
                 "payments":[{"tender":"CASH","amount":120}]}""".formatted(first, scarf, coat)));
        JsonObject swapped = clerk.post("exchanges", """
                {"receiptNumber":"%s","returnLines":[{"sku":"%s","quantity":1}],"lines":[{"sku":"%s","quantity":1,"discountPercent":25}],
                 "payments":[{"tender":"CASH","amount":100}]}""".formatted(first, scarf, coat)).expect(201).json();
        assertEquals(new BigDecimal("75.00"), money(swapped, "difference"), "120.00 less 25 % for the 15.00 brought back");
    }

    @Test
    void aTillCountedFiveCentsShortClosesAndTwentyShortWaitsForAManager() {
        String till = till();
        String item = product("12.30");
        refused(400, "openingFloat", () -> clerk.post("tills", "{\"till\":\"" + till + "\",\"openingFloat\":-1}"));
        JsonObject opened = clerk.post("tills", "{\"till\":\"" + till + "\",\"openingFloat\":100.00}").expect(201).json();
        assertEquals("OPEN", opened.getString("status"));
        refused(409, "till", () -> clerk.post("tills", "{\"till\":\"" + till + "\",\"openingFloat\":100.00}"));

        String number = clerk.post("sales", sale(till, line(item, 3), "{\"tender\":\"CASH\",\"amount\":40}")).expect(201)
                .json().getString("receiptNumber");
        clerk.post("sales", sale(till, line(item, 1), "{\"tender\":\"CARD\",\"amount\":12.30,\"reference\":\"99\"}")).expect(201);
        clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":1}],"till":"%s"}""".formatted(number, item, till)).expect(201);
        refused(403, null, () -> clerk.post("tills/" + till + "/movements", "{\"kind\":\"PAID_IN\",\"amount\":10,\"reason\":\"change from bank\"}"));
        refused(400, "reason", () -> manager.post("tills/" + till + "/movements", "{\"kind\":\"PAID_OUT\",\"amount\":5.50}"));
        manager.post("tills/" + till + "/movements", "{\"kind\":\"PAID_IN\",\"amount\":10.00,\"reason\":\"change from the bank\"}").expect(201);
        manager.post("tills/" + till + "/movements", "{\"kind\":\"PAID_OUT\",\"amount\":5.50,\"reason\":\"window cleaner\"}").expect(201);

        refused(403, null, () -> clerk.get("tills/" + till + "/x-report"));
        JsonObject x = manager.get("tills/" + till + "/x-report").expect(200).json();
        // float 100.00 + cash sales 36.90 − cash refunds 12.30 − paid-out 5.50 + paid-in 10.00
        BigDecimal expectedCash = new BigDecimal("129.10");
        assertEquals(expectedCash, money(x.getJsonObject("expected"), "CASH"), x.toString());
        assertEquals(new BigDecimal("12.30"), money(x.getJsonObject("expected"), "CARD"));
        refused(403, null, () -> clerk.get("tills/sessions/" + opened.getJsonNumber("id").longValue()));

        JsonObject z = clerk.post("tills/" + till + "/count", """
                {"counted":{"CARD":12.30},"denominations":{"50.00":2,"20.00":1,"5.00":1,"2.00":2,"0.05":1}}""").expect(200).json();
        assertEquals("CLOSED", z.getJsonObject("session").getString("status"), "5 cents short needs no approval: " + z);
        assertEquals(new BigDecimal("129.05"), money(z.getJsonObject("counted"), "CASH"));
        assertEquals(new BigDecimal("-0.05"), money(z, "cashVariance"));
        assertEquals(expectedCash, money(z.getJsonObject("expected"), "CASH"), "the Z report shows what was expected");
        int zNumber = z.getJsonObject("session").getInt("zNumber");
        JsonObject zAgain = clerk.get("tills/sessions/" + opened.getJsonNumber("id").longValue()).expect(200).json();
        for (String field : List.of("expected", "counted", "variance", "cashVariance", "movements")) {
            assertEquals(z.get(field), zAgain.get(field), "the Z report reads back: " + field);
        }
        JsonObject call = tillSessionCall(zNumber);
        assertEquals(z.getJsonObject("session").getString("businessDate"), call.getString("businessDate"), "on the session's own date");
        assertEquals("PENDING", call.getString("status"), "queued for HQ with the Z number: " + call);
        refused(409, "till", () -> clerk.post("tills/" + till + "/count", "{\"counted\":{\"CASH\":1}}"));
        refused(409, "till", () -> clerk.post("sales", sale(till, line(item, 1), "{\"tender\":\"CASH\",\"amount\":20}")));

        String short20 = till();
        clerk.post("tills", "{\"till\":\"" + short20 + "\",\"openingFloat\":50.00}").expect(201);
        clerk.post("sales", sale(short20, line(item, 2), "{\"tender\":\"CASH\",\"amount\":24.60}")).expect(201);
        JsonObject pending = clerk.post("tills/" + short20 + "/count", "{\"counted\":{\"CASH\":54.60}}").expect(200).json();
        assertEquals("AWAITING_APPROVAL", pending.getJsonObject("session").getString("status"), pending.toString());
        assertEquals(new BigDecimal("-20.00"), money(pending, "cashVariance"));
        assertTrue(pending.getJsonObject("session").isNull("zNumber"), "no Z before approval");
        long queuedBefore = tillSessionCalls().size();
        long id = pending.getJsonObject("session").getJsonNumber("id").longValue();
        refused(403, null, () -> clerk.post("tills/sessions/" + id + "/approval", "{\"reason\":\"miscounted\"}"));
        refused(400, "reason", () -> manager.post("tills/sessions/" + id + "/approval", "{}"));
        JsonObject approved = manager.post("tills/sessions/" + id + "/approval", "{\"reason\":\"a 20 note paid out for a taxi, slip kept\"}")
                .expect(200).json();
        assertEquals("CLOSED", approved.getJsonObject("session").getString("status"));
        assertEquals("manager", approved.getString("approvedBy"));
        assertTrue(approved.getJsonObject("session").getInt("zNumber") > zNumber, "Z numbers go up");
        assertEquals(queuedBefore + 1, tillSessionCalls().size(), "the approval numbers the session and queues it");
        tillSessionCall(approved.getJsonObject("session").getInt("zNumber"));
        refused(409, "id", () -> manager.post("tills/sessions/" + id + "/approval", "{\"reason\":\"again\"}"));
    }

    private List<JsonObject> tillSessionCalls() {
        return manager.get("service-calls").expect(200).structure().asJsonArray().stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("call").equals("send_till_session")).toList();
    }

    /** The outbox call sending the session numbered {@code zNumber} to HQ: exactly one. */
    private JsonObject tillSessionCall(int zNumber) {
        List<JsonObject> calls = tillSessionCalls().stream().filter(c -> c.getString("subject").equals(String.valueOf(zNumber))).toList();
        assertEquals(1, calls.size(), "one send_till_session for Z " + zNumber + ": " + calls);
        return calls.get(0);
    }
}
