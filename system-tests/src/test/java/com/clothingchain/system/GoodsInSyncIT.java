package com.clothingchain.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Goods in through HQ: HQ's warehouse sends a delivery of two variants to a branch, the branch pulls it by itself,
 * a clerk receives one line short by 2, on-hand moves by exactly what was counted, and HQ shows the discrepancy, once.
 */
@Tag("sync")
class GoodsInSyncIT {

    private static final String HQ_MANAGER = Http.basic("hq-manager", "demo-manager-pw");
    private static final Duration SOON = Duration.ofSeconds(120);

    static TestChain chain;

    @BeforeAll
    static void startChain() {
        chain = TestChain.get();
    }

    @Test
    void aDeliveryReceivedShortByTwoShowsItsDiscrepancyAtHqOnce() throws Exception {
        String style = "GIN" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        String small = style + "-S";
        String medium = style + "-M";
        HttpResponse<String> saved = CatalogueData.send(chain, "PUT", "catalogue/styles/" + style, CatalogueData.style(chain, style, true,
                CatalogueData.variant(small, CatalogueData.nextBarcode(), "S", "navy", "30.00"),
                CatalogueData.variant(medium, CatalogueData.nextBarcode(), "M", "navy", "30.00")));
        assertEquals(201, saved.statusCode(), saved.body());

        HttpResponse<String> unknown = CatalogueData.send(chain, "POST", "deliveries", """
                {"branch":"%s","lines":[{"sku":"NO-SUCH-SKU","quantity":1},{"sku":"%s","quantity":0}]}""".formatted(TestChain.BRANCH, small));
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("lines[0].sku") && unknown.body().contains("lines[1].quantity"), unknown.body());

        try (SyncBranch branch = new SyncBranch(chain, "GOODS-IN", 28087)) {
            branch.start(chain.hq.baseUri() + "/hq-api", Map.of("CHAIN_CATALOGUE_POLL_INTERVAL", "PT1S",
                    "CHAIN_DELIVERIES_POLL_INTERVAL", "PT1S", "CHAIN_SYNC_POLL_INTERVAL", "PT0.5S"));
            HttpResponse<String> sent = CatalogueData.send(chain, "POST", "deliveries", """
                    {"branch":"%s","note":"Autumn restock","lines":[{"sku":"%s","quantity":10},{"sku":"%s","quantity":5}]}"""
                    .formatted(branch.code, small, medium));
            assertEquals(201, sent.statusCode(), sent.body());
            long number = Http.json(sent.body()).asJsonObject().getJsonNumber("number").longValue();

            JsonObject pulled = SyncBranch.await(SOON, "the branch's pull of delivery " + number, () -> {
                HttpResponse<String> answer = Http.get(branch.api("deliveries/" + number), SyncBranch.CLERK);
                return answer.statusCode() == 200 ? Http.json(answer.body()).asJsonObject() : null;
            });
            assertEquals("EXPECTED", pulled.getString("status"), pulled.toString());
            assertEquals(15, pulled.getInt("unitsExpected"), pulled.toString());
            SyncBranch.await(SOON, "the branch's catalogue with " + medium,
                    () -> Http.get(branch.api("stock/" + medium), SyncBranch.CLERK).statusCode() == 200 ? true : null);
            int smallBefore = branch.onHand(small);
            int mediumBefore = branch.onHand(medium);

            HttpResponse<String> incomplete = Http.send("POST", branch.api("deliveries/" + number + "/receipt"), SyncBranch.CLERK,
                    "{\"lines\":[{\"sku\":\"" + small + "\",\"counted\":8}]}");
            assertEquals(422, incomplete.statusCode(), "a line left out is refused: " + incomplete.body());
            assertEquals(smallBefore, branch.onHand(small), "and nothing was booked");

            JsonObject received = SyncBranch.ok(201, Http.send("POST", branch.api("deliveries/" + number + "/receipt"), SyncBranch.CLERK,
                    "{\"lines\":[{\"sku\":\"" + small + "\",\"counted\":8},{\"sku\":\"" + medium + "\",\"counted\":5}]}")).asJsonObject();
            assertEquals(List.of("RECEIVED", 13, 1), List.of(received.getString("status"), received.getInt("unitsCounted"),
                    received.getInt("discrepancies")), received.toString());
            assertEquals(smallBefore + 8, branch.onHand(small), "goods in moved on-hand by exactly what was counted");
            assertEquals(mediumBefore + 5, branch.onHand(medium));
            assertEquals(409, Http.send("POST", branch.api("deliveries/" + number + "/receipt"), SyncBranch.CLERK,
                    "{\"lines\":[{\"sku\":\"" + small + "\",\"counted\":10},{\"sku\":\"" + medium + "\",\"counted\":5}]}").statusCode(),
                    "a delivery is received once");

            JsonObject call = SyncBranch.await(SOON, "the receipt's call to HQ", () -> branch.serviceCalls().getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("call").equals("send_goods_received") && c.getString("subject").equals(String.valueOf(number))
                            && c.getString("status").equals("SENT")).findFirst().orElse(null));
            assertEquals(1, call.getInt("attempts"), call.toString());

            JsonObject atHq = SyncBranch.ok(200, Http.get(chain.hqApi().resolve("deliveries/" + number), HQ_MANAGER)).asJsonObject();
            assertEquals(List.of("RECEIVED", 15, 13, 1), List.of(atHq.getString("status"), atHq.getInt("unitsSent"),
                    atHq.getInt("unitsReceived"), atHq.getInt("discrepancies")), atHq.toString());
            JsonObject shortLine = atHq.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                    .filter(l -> l.getString("sku").equals(small)).findFirst().orElseThrow();
            assertEquals(List.of(10, 8, -2), List.of(shortLine.getInt("sent"), shortLine.getInt("received"), shortLine.getInt("difference")),
                    "HQ shows the line short by 2: " + atHq);

            String receipt = "{\"receivedAt\":\"2026-01-01T10:00:00Z\",\"receivedBy\":\"clerk\",\"lines\":[{\"sku\":\"" + small
                    + "\",\"received\":%d},{\"sku\":\"" + medium + "\",\"received\":5}]}";
            HttpResponse<String> again = Http.send("PUT", chain.hqApi().resolve("branches/" + branch.code + "/deliveries/" + number
                    + "/receipt"), Http.bearer(branch.key), receipt.formatted(8));
            assertEquals(200, again.statusCode(), "a resent receipt (its answer lost) changes nothing: " + again.body());
            HttpResponse<String> other = Http.send("PUT", chain.hqApi().resolve("branches/" + branch.code + "/deliveries/" + number
                    + "/receipt"), Http.bearer(branch.key), receipt.formatted(10));
            assertEquals(409, other.statusCode(), "another receipt is a conflict: " + other.body());
            assertEquals(atHq, SyncBranch.ok(200, Http.get(chain.hqApi().resolve("deliveries/" + number), HQ_MANAGER)).asJsonObject());
        }
    }
}
