package com.clothingchain.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
        return SyncBranch.ok(200, Http.get(branch.api("catalogue"), SyncBranch.CLERK)).asJsonObject()
                .getJsonNumber("version").longValue();
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
