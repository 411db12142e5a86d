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
 * A request for goods between two branches through HQ: A asks B for 3 units, B pulls the request and sends a transfer
 * fulfilling it, HQ shows it fulfilled, A receives the goods and sees its request fulfilled, the goods moved exactly
 * once; a second request declined by B is seen declined at A; a request resent under its reference is stored once.
 */
@Tag("sync")
class TransferRequestSyncIT {

    private static final String HQ_MANAGER = Http.basic("hq-manager", "demo-manager-pw");
    private static final Duration SOON = Duration.ofSeconds(120);
    private static final Map<String, String> PULLING = Map.of("CHAIN_CATALOGUE_POLL_INTERVAL", "PT1S",
            "CHAIN_DELIVERIES_POLL_INTERVAL", "PT1S", "CHAIN_SYNC_POLL_INTERVAL", "PT0.5S");

    static TestChain chain;

    @BeforeAll
    static void startChain() {
        chain = TestChain.get();
    }

    private static List<JsonObject> atHq(String query) {
        return SyncBranch.ok(200, Http.get(chain.hqApi().resolve("transfer-requests" + query), HQ_MANAGER)).asJsonArray()
                .getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> requests(SyncBranch branch) {
        return SyncBranch.ok(200, Http.get(branch.api("transfer-requests"), SyncBranch.MANAGER)).asJsonArray().getValuesAs(JsonObject.class);
    }

    /** The branch's request with this id (or, for an incoming one, this HQ number), once {@code status}. */
    private static JsonObject awaitRequest(SyncBranch branch, String key, long value, String status) throws InterruptedException {
        return SyncBranch.await(SOON, branch.code + "'s request " + key + " " + value + " " + status, () -> requests(branch).stream()
                .filter(r -> !r.isNull(key) && r.getJsonNumber(key).longValue() == value && r.getString("status").equals(status))
                .findFirst().orElse(null));
    }

    @Test
    void aRequestIsFulfilledByATransferAndAnotherDeclinedEachSeenAtBothBranches() throws Exception {
        String style = "TRQ" + CatalogueData.unique();
        String sku = style + "-M";
        HttpResponse<String> saved = CatalogueData.send(chain, "PUT", "catalogue/styles/" + style, CatalogueData.style(chain, style, true,
                CatalogueData.variant(sku, CatalogueData.nextBarcode(), "M", "olive", "45.00")));
        assertEquals(201, saved.statusCode(), saved.body());

        try (SyncBranch asking = new SyncBranch(chain, "TRQ-A", 28093);
             SyncBranch asked = new SyncBranch(chain, "TRQ-B", 28094)) {
            asking.start(chain.hq.baseUri() + "/hq-api", PULLING);
            asked.start(chain.hq.baseUri() + "/hq-api", PULLING);
            for (SyncBranch branch : List.of(asking, asked)) {
                SyncBranch.await(SOON, branch.code + "'s catalogue with " + sku,
                        () -> Http.get(branch.api("stock/" + sku), SyncBranch.CLERK).statusCode() == 200 ? true : null);
            }
            SyncBranch.ok(200, Http.send("POST", asked.api("stock/" + sku + "/count"), SyncBranch.MANAGER, "{\"counted\":10}"));
            int askingBefore = asking.onHand(sku);

            // Refused requests store nothing and queue nothing.
            HttpResponse<String> ofItself = Http.send("POST", asking.api("transfer-requests"), SyncBranch.MANAGER,
                    "{\"to\":\" " + asking.code.toLowerCase() + " \",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":3}]}");
            assertEquals(422, ofItself.statusCode(), ofItself.body());
            assertEquals("to", Http.json(ofItself.body()).asJsonObject().getString("field"), ofItself.body());
            HttpResponse<String> unknown = Http.send("POST", asking.api("transfer-requests"), SyncBranch.MANAGER,
                    "{\"to\":\"" + asked.code + "\",\"lines\":[{\"sku\":\"NO-SUCH-SKU\",\"quantity\":3}]}");
            assertEquals(422, unknown.statusCode(), unknown.body());
            HttpResponse<String> none = Http.send("POST", asking.api("transfer-requests"), SyncBranch.MANAGER,
                    "{\"to\":\"" + asked.code + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":0}]}");
            assertEquals(400, none.statusCode(), none.body());
            assertEquals("lines[0].quantity", Http.json(none.body()).asJsonObject().getString("field"), none.body());
            assertTrue(requests(asking).isEmpty(), "nothing stored on a refusal");

            JsonObject first = SyncBranch.ok(201, Http.send("POST", asking.api("transfer-requests"), SyncBranch.MANAGER,
                    "{\"to\":\" " + asked.code.toLowerCase() + " \",\"note\":\"Size run\",\"lines\":[{\"sku\":\"" + sku
                            + "\",\"quantity\":3}]}")).asJsonObject();
            assertEquals(List.of("OUTGOING", asked.code, "OPEN"), List.of(first.getString("direction"), first.getString("to"),
                    first.getString("status")), first.toString());
            long firstId = first.getJsonNumber("id").longValue();

            // HQ has it; B pulls it in its delivery round and fulfils it with a transfer naming it.
            JsonObject open = SyncBranch.await(SOON, "the request at HQ", () -> atHq("?status=OPEN").stream()
                    .filter(r -> r.getString("from").equals(asking.code)).findFirst().orElse(null));
            assertEquals(List.of(String.valueOf(firstId), asked.code, 3), List.of(open.getString("reference"), open.getString("to"),
                    open.getInt("units")), open.toString());
            long number = open.getJsonNumber("number").longValue();
            JsonObject incoming = awaitRequest(asked, "hqNumber", number, "OPEN");
            assertEquals(List.of("INCOMING", asking.code, "Size run"), List.of(incoming.getString("direction"), incoming.getString("from"),
                    incoming.getString("note")), incoming.toString());
            long incomingId = incoming.getJsonNumber("id").longValue();
            String page = asked.pageAsManager("/manage/transfers.xhtml");
            assertTrue(page.contains("made of us by") && page.contains("Decline") && page.contains("Size run"),
                    "B's Transfers page offers to send or decline the request");
            String hqPage = PageSession.signIn(Identities.pages(chain, Identities.Site.HQ), "hq-manager", "demo-manager-pw")
                    .get("/catalogue/deliveries.xhtml").body();
            assertTrue(hqPage.contains("Open requests between branches") && hqPage.contains(asking.code),
                    "HQ's Deliveries page shows the open request");

            JsonObject transfer = SyncBranch.ok(201, Http.send("POST", asked.api("transfers"), SyncBranch.MANAGER,
                    "{\"request\":" + incomingId + ",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":3}]}")).asJsonObject();
            assertEquals(asking.code, transfer.getString("to"), "the goods go to the branch that asked");
            assertEquals(7, asked.onHand(sku));
            HttpResponse<String> twice = Http.send("POST", asked.api("transfers"), SyncBranch.MANAGER,
                    "{\"request\":" + incomingId + ",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":3}]}");
            assertEquals(422, twice.statusCode(), "a request is fulfilled once: " + twice.body());
            assertEquals("request", Http.json(twice.body()).asJsonObject().getString("field"), twice.body());
            assertEquals(7, asked.onHand(sku), "a refused transfer books nothing");

            JsonObject fulfilled = SyncBranch.await(SOON, "the request fulfilled at HQ", () -> atHq("?status=FULFILLED").stream()
                    .filter(r -> r.getJsonNumber("number").longValue() == number).findFirst().orElse(null));
            long delivery = fulfilled.getJsonNumber("delivery").longValue();

            // A pulls the delivery, receives it, and learns its request was fulfilled.
            SyncBranch.await(SOON, "the asking branch's pull of delivery " + delivery,
                    () -> Http.get(asking.api("deliveries/" + delivery), SyncBranch.CLERK).statusCode() == 200 ? true : null);
            SyncBranch.ok(201, Http.send("POST", asking.api("deliveries/" + delivery + "/receipt"), SyncBranch.CLERK,
                    "{\"lines\":[{\"sku\":\"" + sku + "\",\"counted\":3}]}"));
            assertEquals(askingBefore + 3, asking.onHand(sku));
            awaitRequest(asking, "id", firstId, "FULFILLED");

            // A second request, declined by B, is seen declined at A and at HQ.
            long secondId = SyncBranch.ok(201, Http.send("POST", asking.api("transfer-requests"), SyncBranch.MANAGER,
                    "{\"to\":\"" + asked.code + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":2}]}")).asJsonObject()
                    .getJsonNumber("id").longValue();
            JsonObject second = SyncBranch.await(SOON, "the second request at B", () -> requests(asked).stream()
                    .filter(r -> r.getString("direction").equals("INCOMING") && r.getString("reference").equals(String.valueOf(secondId)))
                    .findFirst().orElse(null));
            long secondHere = second.getJsonNumber("id").longValue();
            HttpResponse<String> noReason = Http.send("POST", asked.api("transfer-requests/" + secondHere + "/decline"), SyncBranch.MANAGER, "{}");
            assertEquals(400, noReason.statusCode(), noReason.body());
            JsonObject declined = SyncBranch.ok(200, Http.send("POST", asked.api("transfer-requests/" + secondHere + "/decline"),
                    SyncBranch.MANAGER, "{\"reason\":\"None to spare\"}")).asJsonObject();
            assertEquals("DECLINED", declined.getString("status"));
            HttpResponse<String> again = Http.send("POST", asked.api("transfer-requests/" + secondHere + "/decline"), SyncBranch.MANAGER,
                    "{\"reason\":\"None to spare\"}");
            assertEquals(409, again.statusCode(), again.body());
            JsonObject seen = awaitRequest(asking, "id", secondId, "DECLINED");
            assertEquals("None to spare", seen.getString("reason"), seen.toString());
            assertTrue(atHq("?status=DECLINED").stream().anyMatch(r -> r.getString("reference").equals(String.valueOf(secondId))
                    && r.getString("from").equals(asking.code) && r.getString("reason").equals("None to spare")));

            // The first request resent under its reference (its answer lost) is stored once; other goods under it are a conflict.
            String resend = "{\"to\":\"" + asked.code + "\",\"requestedAt\":\"2026-01-01T10:00:00Z\",\"requestedBy\":\"manager\","
                    + "\"note\":\"Size run\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":3}]}";
            HttpResponse<String> resent = Http.send("PUT", chain.hqApi().resolve("branches/" + asking.code + "/transfer-requests/" + firstId),
                    Http.bearer(asking.key), resend);
            assertEquals(200, resent.statusCode(), resent.body());
            assertEquals(List.of(number, "FULFILLED"), List.of(Http.json(resent.body()).asJsonObject().getJsonNumber("number").longValue(),
                    Http.json(resent.body()).asJsonObject().getString("status")));
            HttpResponse<String> other = Http.send("PUT", chain.hqApi().resolve("branches/" + asking.code + "/transfer-requests/" + firstId),
                    Http.bearer(asking.key), resend.replace("\"quantity\":3", "\"quantity\":4"));
            assertEquals(409, other.statusCode(), other.body());
            assertEquals(1, atHq("?limit=500").stream().filter(r -> r.getString("from").equals(asking.code)
                    && r.getString("reference").equals(String.valueOf(firstId))).count(), "stored once");

            // The goods moved exactly once.
            assertEquals(7, asked.onHand(sku));
            assertEquals(askingBefore + 3, asking.onHand(sku));
            List<JsonObject> toAsking = SyncBranch.ok(200, Http.get(chain.hqApi().resolve("deliveries?branch=" + asking.code), HQ_MANAGER))
                    .asJsonArray().getValuesAs(JsonObject.class);
            assertEquals(1, toAsking.size(), "one delivery to the asking branch: " + toAsking);
            assertEquals("RECEIVED", SyncBranch.await(SOON, "the receipt at HQ", () -> {
                JsonObject atHq = SyncBranch.ok(200, Http.get(chain.hqApi().resolve("deliveries/" + delivery), HQ_MANAGER)).asJsonObject();
                return atHq.getString("status").equals("RECEIVED") ? atHq : null;
            }).getString("status"));
        }
    }
}
