package com.clothingchain.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A branch's catalogue replica when things go wrong, with a branch of its own behind a proxy to HQ: it pulls the
 * whole catalogue at its first start; while it is down HQ makes 50 changes, and after its restart it asks for what
 * changed since the version it held and gets exactly those; a page whose answer is lost on the way is asked for
 * again and leaves the replica equal to what HQ has for that branch. Prints the pull times. Tagged {@code sync}
 * (its branch is Payara Micro on H2), like {@link EndOfDaySyncIT}.
 */
@Tag("sync")
class CatalogueSyncIT {

    private static final Duration CATCH_UP = Duration.ofMinutes(3);
    private static final Map<String, String> PULLING = Map.of("CHAIN_CATALOGUE_POLL_INTERVAL", "PT1S");
    private static final String MANAGER = Http.basic("hq-manager", "demo-manager-pw");
    private static final String[] COLOURS = {"black", "white", "navy", "grey", "olive", "red", "sand", "pink", "teal", "gold"};

    private static TestChain chain;

    @BeforeAll
    static void start() {
        chain = TestChain.get();
    }

    @Test
    void aBranchDownDuring50ChangesGetsOnlyThoseAndALostPageIsAskedForAgain() throws Exception {
        try (LossyProxy proxy = new LossyProxy(chain.hq.baseUri().getPort());
             SyncBranch branch = new SyncBranch(chain, "CAT-SYNC", 28088)) {
            Instant started = Instant.now();
            branch.start("http://localhost:" + proxy.port() + "/hq-api", PULLING);
            long first = awaitCaughtUp(branch);
            System.out.printf("Catalogue replica: first pull of version %d (start included) %.1f s%n", first,
                    Duration.between(started, Instant.now()).toMillis() / 1000.0);

            branch.stop();
            List<String> skus = style("DOWN", 5, 10);
            assertEquals(first + 50, hqVersion(), "50 changes while the branch was down");
            int requestsBefore = proxy.requests().size();
            Instant restarted = Instant.now();
            branch.start("http://localhost:" + proxy.port() + "/hq-api", PULLING);
            assertEquals(first + 50, awaitCaughtUp(branch));
            System.out.printf("Catalogue replica: restart and pull of 50 changes %.1f s%n",
                    Duration.between(restarted, Instant.now()).toMillis() / 1000.0);
            String firstPull = proxy.requests().subList(requestsBefore, proxy.requests().size()).stream()
                    .filter(line -> line.contains("/catalogue?")).findFirst().orElseThrow();
            assertTrue(firstPull.contains("since=" + first + "&"), "asked only for what changed since the version held: " + firstPull);
            assertEqualToHq(branch, skus);

            proxy.loseResponses(true);
            List<String> lost = style("LOST", 2, 10);
            // Two answers lost after the change: the second was asked for after it, so it carried the 20 changes.
            awaitLost(proxy, proxy.lostResponses().size() + 2);
            assertEquals(first + 50, branchVersion(branch), "nothing applied from an answer that never arrived");
            proxy.loseResponses(false);
            assertEquals(first + 70, awaitCaughtUp(branch));
            assertEqualToHq(branch, lost);
            assertEqualToHq(branch, skus);
        }
    }

    /**
     * A markdown HQ schedules for this branch from tomorrow reaches it ahead of time and applies at its midnight
     * with HQ out of reach (the proxy cuts every connection, as if HQ were stopped). The branch's clock is moved
     * (chain.clock.offset) so that its midnight comes two minutes after the test starts, at the turn of a minute,
     * when the end-of-day timer runs; its day ends at midnight (closing time 00:00).
     */
    @Test
    void aMarkdownForTomorrowAppliesAtTheBranchsMidnightWithHqAway() throws Exception {
        Instant midnight = Instant.now().plusSeconds(120).truncatedTo(ChronoUnit.MINUTES).plusSeconds(60);
        ZoneId zone = ZoneId.of(SyncBranch.TIME_ZONE);
        LocalDate today = LocalDate.ofInstant(midnight, zone);
        Duration offset = Duration.between(midnight, today.plusDays(1).atStartOfDay(zone));
        try (LossyProxy proxy = new LossyProxy(chain.hq.baseUri().getPort());
             SyncBranch branch = new SyncBranch(chain, "CAT-MID", 28089)) {
            String code = "MIDNIGHT-" + CatalogueData.unique();
            String barcode = CatalogueData.nextBarcode();
            assertEquals(201, CatalogueData.send(chain, "PUT", "catalogue/styles/" + code, CatalogueData.style(chain, code, true,
                    CatalogueData.variant(code + "-M", barcode, "M", "black", "20.00"))).statusCode());
            HttpResponse<String> markdown = CatalogueData.send(chain, "PUT", "catalogue/variants/" + code + "-M/prices",
                    "{\"currency\":\"USD\",\"branch\":\"CAT-MID\",\"from\":\"" + today.plusDays(1) + "\",\"price\":15.00}");
            assertEquals(200, markdown.statusCode(), markdown.body());

            branch.start("http://localhost:" + proxy.port() + "/hq-api", Map.of("CHAIN_CATALOGUE_POLL_INTERVAL", "PT1S",
                    "CHAIN_CLOCK_OFFSET", offset.toString(), "CHAIN_BRANCH_CLOSING_TIME", "00:00"));
            awaitCaughtUp(branch);
            JsonObject before = branch.sellBarcode(barcode);
            assertTrue(Instant.now().isBefore(midnight), "the branch took too long to start: its midnight has passed");
            assertEquals(today.toString(), before.getString("businessDate"));
            assertEquals("20.00", before.getJsonNumber("total").toString(), "before midnight, today's price");

            proxy.down(true);
            Instant deadline = midnight.plusSeconds(90);
            while (!catalogue(branch).containsKey("lastError") || catalogue(branch).isNull("lastError")) {
                if (Instant.now().isAfter(midnight)) {
                    fail("The branch did not notice HQ was away before its midnight: " + catalogue(branch));
                }
                Thread.sleep(200);
            }
            while (!branch.currentDay().getString("businessDate").equals(today.plusDays(1).toString())) {
                if (Instant.now().isAfter(deadline)) {
                    fail("The branch's day did not turn at its midnight: " + branch.currentDay());
                }
                Thread.sleep(200);
            }
            assertTrue(!Instant.now().isBefore(midnight), "the day turned before midnight");
            JsonObject after = branch.sellBarcode(barcode);
            assertEquals(today.plusDays(1).toString(), after.getString("businessDate"));
            assertEquals("15.00", after.getJsonNumber("total").toString(), "after midnight, the markdown, with HQ away");
            assertEquals("20.00", branch.day(today).getJsonNumber("revenue").toString(), "the day before keeps what it sold");
        }
    }

    /** A new style at HQ in {@code sizes} x {@code colours} variants, each a change; its SKUs. */
    private static List<String> style(String prefix, int sizes, int colours) {
        String code = prefix + "-" + CatalogueData.unique();
        List<String> variants = new ArrayList<>();
        List<String> skus = new ArrayList<>();
        List<String> scale = List.of("XS", "S", "M", "L", "XL");
        for (int c = 0; c < colours; c++) {
            for (int s = 0; s < sizes; s++) {
                String sku = code + "-" + scale.get(s) + "-" + c;
                skus.add(sku);
                variants.add(CatalogueData.variant(sku, CatalogueData.nextBarcode(), scale.get(s), COLOURS[c], (10 + c) + "." + (10 + s)));
            }
        }
        HttpResponse<String> saved = CatalogueData.send(chain, "PUT", "catalogue/styles/" + code,
                CatalogueData.style(chain, code, true, variants.toArray(String[]::new)));
        assertEquals(201, saved.statusCode(), saved.body());
        return skus;
    }

    /** Every product at the branch is as HQ has it: barcode, on sale, and HQ's USD price of today. */
    private static void assertEqualToHq(SyncBranch branch, List<String> skus) {
        for (String sku : skus) {
            JsonObject atHq = Http.json(Http.get(chain.hqApi().resolve("catalogue/variants/" + sku), MANAGER).body()).asJsonObject();
            JsonObject atBranch = SyncBranch.ok(200, Http.get(branch.api("products/" + sku), SyncBranch.CLERK)).asJsonObject();
            assertEquals(atHq.getString("barcode"), atBranch.getString("barcode"), sku);
            assertEquals(atHq.getBoolean("active"), atBranch.getBoolean("active"), sku);
            JsonObject usd = atHq.getJsonArray("prices").getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("currency").equals("USD")).findFirst().orElseThrow();
            assertEquals(usd.getJsonNumber("price").bigDecimalValue(), atBranch.getJsonNumber("price").bigDecimalValue(), sku);
        }
    }

    private static long hqVersion() {
        return Http.json(Http.get(chain.hqApi().resolve("catalogue/version"), MANAGER).body()).asJsonObject()
                .getJsonNumber("version").longValue();
    }

    private static long branchVersion(SyncBranch branch) {
        return catalogue(branch).getJsonNumber("version").longValue();
    }

    private static JsonObject catalogue(SyncBranch branch) {
        return SyncBranch.ok(200, Http.get(branch.api("catalogue"), SyncBranch.CLERK)).asJsonObject();
    }

    /** Waits until the branch holds HQ's version; returns it. */
    private static long awaitCaughtUp(SyncBranch branch) throws InterruptedException {
        long wanted = hqVersion();
        Instant deadline = Instant.now().plus(CATCH_UP);
        while (Instant.now().isBefore(deadline)) {
            if (branchVersion(branch) >= wanted) {
                return wanted;
            }
            Thread.sleep(200);
        }
        return fail("The branch did not catch up with version " + wanted + " in " + CATCH_UP.toMinutes() + " minutes");
    }

    private static void awaitLost(LossyProxy proxy, int answers) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (proxy.lostResponses().size() < answers) {
            if (Instant.now().isAfter(deadline)) {
                fail("HQ's answers were not lost in 30 s: " + proxy.lostResponses());
            }
            Thread.sleep(100);
        }
    }
}
