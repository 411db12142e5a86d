package com.clothingchain.system;

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
 * How fast a branch gets HQ's catalogue: HQ is given 50,000 more variants (five imports of 10,000), a new branch
 * pulls all of it at its first start, and then the 100 changes of one new style. Prints the figures and their ratio
 * to a trivial call to the branch measured in the same run; asserts only that the replica ends equal in size and
 * version. Tagged {@code benchmark}: it grows HQ's catalogue for good, so it runs on a chain of its own
 * ({@code -Pbenchmark}, a step of {@code .ci/run}).
 */
@Tag("benchmark")
class CataloguePullBenchmarkIT {

    private static final int IMPORTS = 5;
    private static final Map<String, String> PULLING = Map.of("CHAIN_CATALOGUE_POLL_INTERVAL", "PT1S");
    private static final String MANAGER = Http.basic("hq-manager", "demo-manager-pw");

    @Test
    void aNewBranchPulls50000VariantsAndThen100Changes() throws Exception {
        TestChain chain = TestChain.get();
        long importStart = System.nanoTime();
        for (int i = 0; i < IMPORTS; i++) {
            HttpResponse<String> imported = CatalogueData.importCsv(chain, CatalogueData.csvRows(chain, "PULL" + i + "-" + CatalogueData.unique(), 500));
            assertEquals(200, imported.statusCode(), imported.body());
        }
        System.out.printf("Catalogue pull benchmark: HQ imported %,d variants in %.1f s%n", IMPORTS * 10_000,
                (System.nanoTime() - importStart) / 1e9);
        long version = hqVersion(chain);

        try (LossyProxy proxy = new LossyProxy(chain.hq.baseUri().getPort());
             SyncBranch branch = new SyncBranch(chain, "CAT-BENCH", 28090)) {
            Instant started = Instant.now();
            branch.start("http://localhost:" + proxy.port() + "/hq-api", PULLING);
            Instant ready = Instant.now();
            Instant caughtUp = awaitVersion(branch, version, Duration.ofMinutes(10));
            Instant firstAsk = proxy.firstRequest("/catalogue?since=0&").orElseThrow();
            long products = products(branch);
            assertTrue(products >= IMPORTS * 10_000, products + " products at the branch");
            double pull = seconds(firstAsk, caughtUp);
            double trivialMs = trivialMs(branch);
            System.out.printf("Catalogue pull benchmark: first pull: %,d products at the branch (catalogue version %d) in %.1f s, %,.0f variants/s"
                            + " (branch start %.1f s before it); GET /branch/api/v1/catalogue %.1f ms; ratio %.0f%n",
                    products, version, pull, products / pull, seconds(started, ready), trivialMs, pull * 1000 / trivialMs);

            List<String> variants = new ArrayList<>();
            String code = "PULL-INC-" + CatalogueData.unique();
            for (String colour : List.of("black", "white", "navy", "grey", "olive", "red", "sand", "pink", "teal", "gold",
                    "blue", "green", "brown", "beige", "cream", "plum", "rust", "mint", "coral", "ivory")) {
                for (String size : List.of("XS", "S", "M", "L", "XL")) {
                    variants.add(CatalogueData.variant(code + "-" + size + "-" + colour.toUpperCase(), CatalogueData.nextBarcode(),
                            size, colour, "19.90"));
                }
            }
            HttpResponse<String> saved = CatalogueData.send(chain, "PUT", "catalogue/styles/" + code,
                    CatalogueData.style(chain, code, true, variants.toArray(String[]::new)));
            assertEquals(201, saved.statusCode(), saved.body());
            Instant changed = Instant.now();
            assertEquals(version + 100, hqVersion(chain), "100 changes");
            Instant incremental = awaitVersion(branch, version + 100, Duration.ofMinutes(1));
            System.out.printf("Catalogue pull benchmark: 100 changes at the branch %.2f s after HQ saved them (polling every 1 s);"
                    + " ratio %.0f%n", seconds(changed, incremental), seconds(changed, incremental) * 1000 / trivialMs);
            assertEquals(products + 100, products(branch));
        }
    }

    private static long hqVersion(TestChain chain) {
        return Http.json(Http.get(chain.hqApi().resolve("catalogue/version"), MANAGER).body()).asJsonObject()
                .getJsonNumber("version").longValue();
    }

    private static Instant awaitVersion(SyncBranch branch, long version, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            long held = SyncBranch.ok(200, Http.get(branch.api("catalogue"), SyncBranch.CLERK)).asJsonObject()
                    .getJsonNumber("version").longValue();
            if (held >= version) {
                return Instant.now();
            }
            Thread.sleep(100);
        }
        return fail("The branch did not reach catalogue version " + version + " in " + timeout);
    }

    private static long products(SyncBranch branch) {
        return Long.parseLong(Http.get(branch.api("products?limit=1"), SyncBranch.CLERK).headers()
                .firstValue("X-Total-Count").orElseThrow());
    }

    private static double trivialMs(SyncBranch branch) {
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            SyncBranch.ok(200, Http.get(branch.api("catalogue"), SyncBranch.CLERK));
        }
        return (System.nanoTime() - start) / 20 / 1e6;
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
