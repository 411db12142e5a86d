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
 * A transfer between two branches through HQ while the receiving one is down: the sender books the goods out at once,
 * HQ holds them in transit (counted at neither branch), the receiver pulls and receives them once it is up, and the
 * goods end up moved exactly once; a resend of the transfer changes nothing at HQ.
 */
@Tag("sync")
class TransferSyncIT {

    private static final String HQ_MANAGER = Http.basic("hq-manager", "demo-manager-pw");
    private static final Duration SOON = Duration.ofSeconds(120);
    private static final Map<String, String> PULLING = Map.of("CHAIN_CATALOGUE_POLL_INTERVAL", "PT1S",
            "CHAIN_DELIVERIES_POLL_INTERVAL", "PT1S", "CHAIN_SYNC_POLL_INTERVAL", "PT0.5S");

    static TestChain chain;

    @BeforeAll
    static void startChain() {
        chain = TestChain.get();
    }

    private static JsonObject delivery(long number) {
        return SyncBranch.ok(200, Http.get(chain.hqApi().resolve("deliveries/" + number), HQ_MANAGER)).asJsonObject();
    }

    @Test
    void aTransferToABranchThatIsDownMovesTheGoodsExactlyOnce() throws Exception {
        String style = "TRF" + CatalogueData.unique();
        String sku = style + "-M";
        HttpResponse<String> saved = CatalogueData.send(chain, "PUT", "catalogue/styles/" + style, CatalogueData.style(chain, style, true,
                CatalogueData.variant(sku, CatalogueData.nextBarcode(), "M", "olive", "45.00")));
        assertEquals(201, saved.statusCode(), saved.body());

        try (SyncBranch sender = new SyncBranch(chain, "TRF-A", 28086);
             SyncBranch receiver = new SyncBranch(chain, "TRF-B", 28087)) {
            sender.start(chain.hq.baseUri() + "/hq-api", PULLING);
            SyncBranch.await(SOON, "the sender's catalogue with " + sku, () -> Http.get(sender.api("stock/" + sku), SyncBranch.CLERK).statusCode() == 200 ? true : null);
            SyncBranch.ok(200, Http.send("POST", sender.api("stock/" + sku + "/count"), SyncBranch.MANAGER, "{\"counted\":10}"));

            HttpResponse<String> toItself = Http.send("POST", sender.api("transfers"), SyncBranch.MANAGER,
                    "{\"to\":\"" + sender.code + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":4}]}");
            assertEquals(422, toItself.statusCode(), toItself.body());
            assertEquals(10, sender.onHand(sku), "a refused transfer books nothing");

            JsonObject transfer = SyncBranch.ok(201, Http.send("POST", sender.api("transfers"), SyncBranch.MANAGER,
                    "{\"to\":\"" + receiver.code + "\",\"note\":\"Size run\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":4}]}")).asJsonObject();
            assertEquals(6, sender.onHand(sku), "the goods left the sender at once");

            // HQ makes it a delivery to the receiver, which is down: the goods are in transit.
            JsonObject inTransit = SyncBranch.await(SOON, "the transfer at HQ", () -> {
                List<JsonObject> held = SyncBranch.ok(200, Http.get(chain.hqApi().resolve("deliveries?branch=" + receiver.code),
                        HQ_MANAGER)).asJsonArray().getValuesAs(JsonObject.class);
                return held.isEmpty() ? null : held.get(0);
            });
            assertEquals(List.of(sender.code, "SENT", 4), List.of(inTransit.getString("source"), inTransit.getString("status"),
                    inTransit.getInt("unitsSent")), inTransit.toString());
            long number = inTransit.getJsonNumber("number").longValue();

            String body = "{\"to\":\"" + receiver.code + "\",\"sentAt\":\"2026-01-01T10:00:00Z\",\"sentBy\":\"manager\",\"lines\":[{\"sku\":\""
                    + sku + "\",\"quantity\":4}]}";
            HttpResponse<String> resent = Http.send("PUT", chain.hqApi().resolve("branches/" + sender.code + "/transfers/"
                    + transfer.getJsonNumber("id").longValue()), Http.bearer(sender.key), body);
            assertEquals(200, resent.statusCode(), "a resent transfer (its answer lost) changes nothing: " + resent.body());
            assertEquals(number, Http.json(resent.body()).asJsonObject().getJsonNumber("number").longValue());
            HttpResponse<String> other = Http.send("PUT", chain.hqApi().resolve("branches/" + sender.code + "/transfers/"
                    + transfer.getJsonNumber("id").longValue()), Http.bearer(sender.key), body.replace("\"quantity\":4", "\"quantity\":5"));
            assertEquals(409, other.statusCode(), other.body());

            receiver.start(chain.hq.baseUri() + "/hq-api", PULLING);
            SyncBranch.await(SOON, "the receiver's pull of delivery " + number,
                    () -> Http.get(receiver.api("deliveries/" + number), SyncBranch.CLERK).statusCode() == 200 ? true : null);
            SyncBranch.await(SOON, "the receiver's catalogue with " + sku, () -> Http.get(receiver.api("stock/" + sku), SyncBranch.CLERK).statusCode() == 200 ? true : null);
            int receiverBefore = receiver.onHand(sku);
            JsonObject received = SyncBranch.ok(201, Http.send("POST", receiver.api("deliveries/" + number + "/receipt"), SyncBranch.CLERK,
                    "{\"lines\":[{\"sku\":\"" + sku + "\",\"counted\":4}]}")).asJsonObject();
            assertEquals(0, received.getInt("discrepancies"), received.toString());
            assertEquals(receiverBefore + 4, receiver.onHand(sku));
            JsonObject movement = SyncBranch.ok(200, Http.get(receiver.api("stock/" + sku + "/movements"), SyncBranch.CLERK))
                    .asJsonArray().getJsonObject(0);
            assertEquals(List.of("TRANSFER_IN", 4), List.of(movement.getString("kind"), movement.getInt("quantity")), movement.toString());

            JsonObject done = SyncBranch.await(SOON, "the receipt at HQ", () -> {
                JsonObject atHq = delivery(number);
                return atHq.getString("status").equals("RECEIVED") ? atHq : null;
            });
            assertEquals(0, done.getInt("discrepancies"), done.toString());
            assertEquals(6, sender.onHand(sku), "moved exactly once: out of the sender once");
            List<JsonObject> toReceiver = SyncBranch.ok(200, Http.get(chain.hqApi().resolve("deliveries?branch=" + receiver.code),
                    HQ_MANAGER)).asJsonArray().getValuesAs(JsonObject.class);
            assertEquals(1, toReceiver.size(), "and into the receiver once: " + toReceiver);
        }
    }
}
