package com.clothingchain.branch.api;

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
import java.net.URL;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stock ledger on the built WAR: every sale, return, exchange, write-off and recount moves on-hand by exactly its quantity. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StockApiIT {

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

    private static String newProduct(String price) {
        String sku = "ST-" + System.nanoTime() % 10_000_000;
        BranchDatabase.addProduct(sku, price);
        return sku;
    }

    private int onHand(String sku) {
        JsonObject stock = clerk.get("stock/" + sku).expect(200).json();
        assertEquals(sku, stock.getString("sku"));
        assertEquals(stock.getInt("onHand") < 0, stock.getBoolean("negative"));
        return stock.getInt("onHand");
    }

    private static void refused(int status, String field, Supplier<BranchApi.Answer> request) {
        String before = BranchDatabase.fingerprint();
        request.get().expectProblem(status, field);
        assertEquals(before, BranchDatabase.fingerprint(), "a refused request changed the database");
    }

    @Test
    void everyBookingMovesOnHandByItsQuantity() {
        String shirt = newProduct("20.00");
        String socks = newProduct("5.00");
        assertEquals(0, onHand(shirt), "nothing moved yet");

        String receipt = clerk.post("sales", """
                {"lines":[{"sku":"%s","quantity":3}],%s}""".formatted(shirt, ShopApiIT.PAID)).expect(201).json().getString("receiptNumber");
        assertEquals(-3, onHand(shirt), "a sale is never blocked by stock; it goes negative");
        assertTrue(manager.get("stock").expect(200).structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> v.getString("sku").equals(shirt) && v.getInt("onHand") == -3), "flagged for the manager");

        assertEquals(10, manager.post("stock/" + shirt + "/count", """
                {"counted":10,"note":"shelf counted"}""").expect(200).json().getInt("onHand"));
        assertFalse(manager.get("stock").expect(200).structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> v.getString("sku").equals(shirt)), "counted: no longer negative");

        clerk.post("returns", """
                {"receiptNumber":"%s","lines":[{"sku":"%s","quantity":1}]}""".formatted(receipt, shirt)).expect(201);
        assertEquals(11, onHand(shirt));
        clerk.post("losses", """
                {"sku":"%s","quantity":2,"reason":"DAMAGED"}""".formatted(shirt)).expect(201);
        assertEquals(9, onHand(shirt));
        clerk.post("exchanges", """
                {"receiptNumber":"%s","returnLines":[{"sku":"%s","quantity":1}],"lines":[{"sku":"%s","quantity":5}],%s}"""
                .formatted(receipt, shirt, socks, ShopApiIT.PAID)).expect(201);
        assertEquals(10, onHand(shirt), "the exchange took the shirt back");
        assertEquals(-5, onHand(socks), "and sold the socks");

        List<JsonObject> moves = clerk.get("stock/" + shirt + "/movements").expect(200).structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("RETURN", "LOSS", "RETURN", "COUNT", "SALE"), moves.stream().map(m -> m.getString("kind")).toList());
        assertEquals(List.of(1, -2, 1, 13, -3), moves.stream().map(m -> m.getInt("quantity")).toList());
        assertEquals(List.of(10, 9, 11, 10, -3), moves.stream().map(m -> m.getInt("onHandAfter")).toList());
        assertEquals("manager", moves.get(3).getString("clerk"));
        assertEquals("shelf counted", moves.get(3).getString("reference"));
    }

    @Test
    void aRecountThatAgreesBooksNothingAndBadCountsAreRefused() {
        String coat = newProduct("120.00");
        manager.post("stock/" + coat + "/count", "{\"counted\":4}").expect(200);
        String before = BranchDatabase.fingerprint();
        assertEquals(4, manager.post("stock/" + coat + "/count", "{\"counted\":4}").expect(200).json().getInt("onHand"));
        assertEquals(before, BranchDatabase.fingerprint(), "nothing to adjust");

        refused(403, null, () -> clerk.post("stock/" + coat + "/count", "{\"counted\":1}"));
        refused(403, null, () -> clerk.get("stock"));
        refused(400, "counted", () -> manager.post("stock/" + coat + "/count", "{\"counted\":-1}"));
        refused(400, "counted", () -> manager.post("stock/" + coat + "/count", "{\"counted\":1.5}"));
        refused(400, "counted", () -> manager.post("stock/" + coat + "/count", "{}"));
        refused(400, "note", () -> manager.post("stock/" + coat + "/count", "{\"counted\":1,\"note\":\"" + "x".repeat(201) + "\"}"));
        refused(404, "sku", () -> manager.post("stock/NO-SUCH-SKU/count", "{\"counted\":1}"));
        refused(404, "sku", () -> clerk.get("stock/NO-SUCH-SKU"));
        refused(400, "limit", () -> clerk.get("stock/" + coat + "/movements?limit=0"));
        refused(401, null, () -> BranchApi.anonymous(base).get("stock/" + coat));
    }
}
