package com.clothingchain.branch.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A blind count posts its variances, on the built WAR: a manager starts a count of a category, clerks count it at once
 * by scanning and typing and never see a book quantity or a variance, a sale after a line was counted does not distort
 * that line's variance, posting moves on-hand to what was counted, and every bad request is refused with nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StockCountApiIT {

    /** All a clerk may see of a counted line. */
    private static final Set<String> BLIND_LINE = Set.of("sku", "name", "size", "colour", "counted", "countedBy", "countedAt");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive builtWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("branch.war")));
    }

    private static void refused(int status, String field, Supplier<BranchApi.Answer> request) {
        String before = BranchDatabase.fingerprint();
        request.get().expectProblem(status, field);
        assertEquals(before, BranchDatabase.fingerprint(), "a refused request changed the database");
    }

    private int onHand(BranchApi api, String sku) {
        return api.get("stock/" + sku).expect(200).json().getInt("onHand");
    }

    private static JsonObject blind(JsonObject count) {
        assertFalse(count.toString().contains("book"), count.toString());
        assertFalse(count.toString().contains("variance"), count.toString());
        count.getJsonArray("lines").getValuesAs(JsonObject.class).forEach(line -> assertEquals(BLIND_LINE, line.keySet(), line.toString()));
        return count;
    }

    private static Map<String, JsonObject> bySku(JsonObject view, String list) {
        return view.getJsonArray(list).getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(v -> v.getString("sku"), Function.identity()));
    }

    @Test
    void aBlindCountPostsItsVariances() throws Exception {
        BranchApi clerk = BranchApi.as(base, "clerk", "demo-clerk-pw");
        BranchApi manager = BranchApi.as(base, "manager", "demo-manager-pw");
        String second = "counter" + System.nanoTime() % 1_000_000;
        BranchDatabase.addClerk(second, "second-clerk-pw-1");
        BranchApi clerk2 = BranchApi.as(base, second, "second-clerk-pw-1");

        long unique = System.nanoTime() % 1_000_000_000L;
        String category = "Count" + unique;
        String shirt = "CT-A" + unique;
        String jeans = "CT-B" + unique;
        String scarf = "CT-C" + unique;
        String belt = "CT-D" + unique;
        String outside = "CT-X" + unique;
        String shirtBarcode = String.format("2%012d", unique);
        BranchDatabase.addProduct(shirt, "20.00", category, shirtBarcode);
        BranchDatabase.addProduct(jeans, "50.00", category, null);
        BranchDatabase.addProduct(scarf, "15.00", category, null);
        BranchDatabase.addProduct(belt, "25.00", category, null);
        BranchDatabase.addProduct(outside, "9.00");
        Map.of(shirt, 10, jeans, 5, scarf, 3, belt, 2, outside, 4).forEach((sku, units) ->
                manager.post("stock/" + sku + "/count", "{\"counted\":" + units + "}").expect(200));

        // Starting: only a manager, a scope that exists, one count at a time.
        refused(403, null, () -> clerk.post("stock-counts", "{\"scope\":\"ALL\"}"));
        refused(400, "scope", () -> manager.post("stock-counts", "{\"scope\":\"SHELF\"}"));
        refused(400, "scope", () -> manager.post("stock-counts", "{}"));
        refused(400, "body", () -> manager.post("stock-counts", "null"));
        refused(400, "category", () -> manager.post("stock-counts", "{\"scope\":\"CATEGORY\"}"));
        refused(400, "category", () -> manager.post("stock-counts", "{\"scope\":\"ALL\",\"category\":\"Tops\"}"));
        refused(422, "category", () -> manager.post("stock-counts", "{\"scope\":\"CATEGORY\",\"category\":\"No such category\"}"));
        refused(404, null, () -> clerk.get("stock-counts/current"));
        refused(401, null, () -> BranchApi.anonymous(base).post("stock-counts", "{\"scope\":\"ALL\"}"));

        JsonObject started = manager.post("stock-counts", """
                {"scope":"CATEGORY","category":"%s"}""".formatted(category.toLowerCase())).expect(201).json();
        long id = started.getJsonNumber("id").longValue();
        assertEquals(category, started.getString("category"), "the category as the products spell it");
        assertEquals("CATEGORY", started.getString("scope"));
        assertEquals("OPEN", started.getString("status"));
        assertEquals("manager", started.getString("startedBy"));
        refused(409, null, () -> manager.post("stock-counts", "{\"scope\":\"ALL\"}"));

        // Two clerks count at once, one by SKU, the other by barcode: seven shirts, none lost; what they get back is blind.
        ExecutorService terminals = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> scanning = List.of(
                    terminals.submit(() -> scan(clerk, id, "sku", shirt, 4)),
                    terminals.submit(() -> scan(clerk2, id, "barcode", shirtBarcode, 3)));
            for (Future<?> done : scanning) {
                done.get();
            }
        } finally {
            terminals.shutdownNow();
        }
        JsonObject jeansLine = clerk2.put("stock-counts/" + id + "/lines/" + jeans, "{\"counted\":6}").expect(200).json();
        assertEquals(BLIND_LINE, jeansLine.keySet());
        assertEquals(6, jeansLine.getInt("counted"));
        clerk.put("stock-counts/" + id + "/lines/" + scarf.toLowerCase(), "{\"counted\":3}").expect(200);

        // A shirt is sold after it was counted: the books say 8 now, but the count was made against 10.
        clerk.post("sales", """
                {"lines":[{"sku":"%s","quantity":2}],%s}""".formatted(shirt, ShopApiIT.PAID)).expect(201);
        assertEquals(8, onHand(clerk, shirt));

        // What clerks see: what was counted and by whom, never the books.
        JsonObject current = clerk.get("stock-counts/current").expect(200).json();
        blind(current);
        assertEquals(blind(clerk.get("stock-counts/" + id).expect(200).json()), current);
        Map<String, JsonObject> lines = bySku(current, "lines");
        assertEquals(Set.of(shirt, jeans, scarf), lines.keySet());
        assertEquals(7, lines.get(shirt).getInt("counted"));
        assertEquals(second, lines.get(jeans).getString("countedBy"));
        clerk.get("stock-counts").expect(200).structure().asJsonArray().getValuesAs(JsonObject.class).forEach(c -> {
            assertFalse(c.toString().contains("book"), c.toString());
            assertFalse(c.toString().contains("variance"), c.toString());
        });

        // Refusals while counting, each naming its field, nothing changed.
        refused(422, "sku", () -> clerk.post("stock-counts/" + id + "/lines", "{\"sku\":\"" + outside + "\"}"));
        refused(422, "sku", () -> clerk.put("stock-counts/" + id + "/lines/" + outside, "{\"counted\":1}"));
        refused(422, "sku", () -> clerk.post("stock-counts/" + id + "/lines", "{\"sku\":\"NO-SUCH-SKU\"}"));
        refused(422, "barcode", () -> clerk.post("stock-counts/" + id + "/lines", "{\"barcode\":\"0000000000000\"}"));
        refused(400, "sku", () -> clerk.post("stock-counts/" + id + "/lines", "{}"));
        refused(400, "sku", () -> clerk.post("stock-counts/" + id + "/lines", "{\"sku\":\"" + "X".repeat(81) + "\"}"));
        refused(400, "body", () -> clerk.post("stock-counts/" + id + "/lines", "null"));
        refused(400, "counted", () -> clerk.put("stock-counts/" + id + "/lines/" + jeans, "{\"counted\":-1}"));
        refused(400, "counted", () -> clerk.put("stock-counts/" + id + "/lines/" + jeans, "{\"counted\":1.5}"));
        refused(400, "counted", () -> clerk.put("stock-counts/" + id + "/lines/" + jeans, "{\"counted\":100000}"));
        refused(400, "counted", () -> clerk.put("stock-counts/" + id + "/lines/" + jeans, "{}"));
        refused(404, "id", () -> clerk.post("stock-counts/abc/lines", "{\"sku\":\"" + jeans + "\"}"));
        refused(404, "id", () -> clerk.put("stock-counts/999999/lines/" + jeans, "{\"counted\":1}"));
        refused(404, "id", () -> clerk.get("stock-counts/999999"));
        refused(400, "limit", () -> clerk.get("stock-counts?limit=0"));
        refused(403, null, () -> clerk.get("stock-counts/" + id + "/variances"));
        refused(403, null, () -> clerk.post("stock-counts/" + id + "/post", "{}"));
        refused(403, null, () -> clerk.post("stock-counts/" + id + "/cancel", "{}"));
        refused(401, null, () -> BranchApi.anonymous(base).get("stock-counts/current"));

        // The manager's variances: each line against the books of the moment it was counted; the belt nobody counted.
        JsonObject variances = manager.get("stock-counts/" + id + "/variances").expect(200).json();
        Map<String, JsonObject> counted = bySku(variances, "counted");
        assertEquals(List.of(7, 10, -3), figures(counted.get(shirt)), "the sale after counting is not a variance");
        assertEquals(List.of(6, 5, 1), figures(counted.get(jeans)));
        assertEquals(List.of(3, 3, 0), figures(counted.get(scarf)));
        Map<String, JsonObject> uncounted = bySku(variances, "uncounted");
        assertEquals(Set.of(belt), uncounted.keySet(), "products of other categories are not part of it");
        assertEquals(JsonValue.NULL, uncounted.get(belt).get("counted"));
        assertEquals(2, uncounted.get(belt).getInt("book"));
        assertEquals(-2, uncounted.get(belt).getInt("variance"));

        // Posted without confirming the uncounted: each variance booked once, the belt left as it was.
        JsonObject posted = manager.post("stock-counts/" + id + "/post", "{}").expect(200).json();
        assertEquals("POSTED", posted.getJsonObject("count").getString("status"));
        assertEquals("manager", posted.getJsonObject("count").getString("closedBy"));
        assertEquals(5, onHand(clerk, shirt), "seven counted, less the two sold since");
        assertEquals(6, onHand(clerk, jeans), "what was counted");
        assertEquals(3, onHand(clerk, scarf));
        assertEquals(2, onHand(clerk, belt), "not counted, not confirmed: unchanged");
        assertEquals(4, onHand(clerk, outside));
        JsonObject shirtMove = clerk.get("stock/" + shirt + "/movements").expect(200).structure().asJsonArray().getJsonObject(0);
        assertEquals("COUNT", shirtMove.getString("kind"));
        assertEquals(-3, shirtMove.getInt("quantity"));
        assertEquals("count " + id, shirtMove.getString("reference"));
        assertEquals("manager", shirtMove.getString("clerk"));
        assertEquals(1, BranchDatabase.count("select count(*) from stock_movements where reference = 'count " + id + "' and product_id ="
                + " (select id from products where sku = '" + jeans + "')"));
        assertEquals(2, BranchDatabase.count("select count(*) from stock_movements where reference = 'count " + id + "'"));
        assertEquals(1, BranchDatabase.count("select count(*) from audit_events where event = 'STOCK_COUNT_POSTED' and subject = 'count " + id + "'"));

        // A posted count is final.
        refused(409, "id", () -> clerk.post("stock-counts/" + id + "/lines", "{\"sku\":\"" + jeans + "\"}"));
        refused(409, "id", () -> manager.post("stock-counts/" + id + "/post", "{}"));
        refused(409, "id", () -> manager.post("stock-counts/" + id + "/cancel", "{}"));
        refused(404, null, () -> clerk.get("stock-counts/current"));

        // A count of the whole shop, cancelled: nothing booked.
        long whole = manager.post("stock-counts", "{\"scope\":\"ALL\"}").expect(201).json().getJsonNumber("id").longValue();
        clerk.post("stock-counts/" + whole + "/lines", "{\"sku\":\"" + outside + "\"}").expect(200);
        long movements = BranchDatabase.count("select count(*) from stock_movements");
        assertEquals("CANCELLED", manager.post("stock-counts/" + whole + "/cancel", "{}").expect(200).json().getString("status"));
        assertEquals(movements, BranchDatabase.count("select count(*) from stock_movements"));
        assertEquals(4, onHand(clerk, outside));
        refused(409, "id", () -> clerk.post("stock-counts/" + whole + "/lines", "{\"sku\":\"" + outside + "\"}"));

        // Posted with the uncounted confirmed as none: the shirt agrees, everything else of the category goes to 0.
        long again = manager.post("stock-counts", """
                {"scope":"CATEGORY","category":"%s"}""".formatted(category)).expect(201).json().getJsonNumber("id").longValue();
        clerk.put("stock-counts/" + again + "/lines/" + shirtBarcode, "{\"counted\":5}").expect(200);
        JsonObject zeroed = manager.post("stock-counts/" + again + "/post", "{\"uncountedAreZero\":true}").expect(200).json();
        assertEquals(Set.of(shirt, jeans, scarf, belt), bySku(zeroed, "counted").keySet(), "the uncounted became lines of 0");
        assertEquals(5, onHand(clerk, shirt));
        for (String sku : List.of(jeans, scarf, belt)) {
            assertEquals(0, onHand(clerk, sku), sku);
        }
        assertEquals(4, onHand(clerk, outside));
        assertEquals(3, BranchDatabase.count("select count(*) from stock_movements where reference = 'count " + again + "'"));
    }

    private static void scan(BranchApi api, long id, String field, String code, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(BLIND_LINE, api.post("stock-counts/" + id + "/lines", "{\"" + field + "\":\"" + code + "\"}")
                    .expect(200).json().keySet());
        }
    }

    private static List<Integer> figures(JsonObject variance) {
        return List.of(variance.getInt("counted"), variance.getInt("book"), variance.getInt("variance"));
    }
}
