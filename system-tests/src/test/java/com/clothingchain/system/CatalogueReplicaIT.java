package com.clothingchain.system;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The branch's replica of HQ's catalogue, between the real servers: what a merchandiser saves at HQ is sold at the
 * branch by its barcode after the branch's next pull (every second in the tests; up to a minute here, as the import
 * benchmark may have just added 10,000 variants), at the branch's price in its
 * currency; a price changed at HQ reaches the counter without touching what was sold; a markdown for a later date
 * is held at the branch but not charged before its date.
 */
class CatalogueReplicaIT {

    private static final String CLERK = Http.basic("clerk", "demo-clerk-pw");
    private static final String MANAGER = Http.basic("hq-manager", "demo-manager-pw");
    private static final Duration PULL = Duration.ofSeconds(60);

    private static TestChain chain;

    @BeforeAll
    static void start() {
        chain = TestChain.get();
    }

    @Test
    void aVariantCreatedAtHqIsSoldAtTheBranchByItsBarcodeAtItsPriceAfterOnePull() {
        String style = "REP-" + CatalogueData.unique();
        String sku = style + "-M-NAVY";
        String barcode = CatalogueData.nextBarcode();
        HttpResponse<String> created = CatalogueData.send(chain, "PUT", "catalogue/styles/" + style,
                CatalogueData.style(chain, style, true, CatalogueData.variant(sku, barcode, "M", "navy", "12.34")));
        assertEquals(201, created.statusCode(), created.body());

        JsonObject product = await("the branch to hold " + barcode, "products/by-barcode/" + barcode, p -> true);
        assertEquals(sku, product.getString("sku"));
        assertEquals(style, product.getString("styleCode"));
        assertEquals("Style " + style, product.getString("styleName"));
        assertEquals(new BigDecimal("12.34"), product.getJsonNumber("price").bigDecimalValue());
        assertTrue(product.getBoolean("active"));

        HttpResponse<String> sale = Http.send("POST", chain.branchApi().resolve("sales"), CLERK,
                "{\"lines\":[{\"barcode\":\"" + barcode + "\",\"quantity\":2}]," + Http.PAID_IN_CASH + "}");
        assertEquals(201, sale.statusCode(), sale.body());
        JsonObject receipt = json(sale.body());
        assertEquals(new BigDecimal("24.68"), receipt.getJsonNumber("total").bigDecimalValue());
        assertEquals(sku, receipt.getJsonArray("lines").getJsonObject(0).getString("sku"));

        HttpResponse<String> repriced = CatalogueData.send(chain, "PUT", "catalogue/variants/" + sku + "/prices",
                "{\"currency\":\"USD\",\"price\":15.00}");
        assertEquals(200, repriced.statusCode(), repriced.body());
        await("the new price at the branch", "products/" + sku,
                p -> p.getJsonNumber("price").bigDecimalValue().compareTo(new BigDecimal("15.00")) == 0);
        HttpResponse<String> again = Http.send("POST", chain.branchApi().resolve("sales"), CLERK,
                "{\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]," + Http.PAID_IN_CASH + "}");
        assertEquals(new BigDecimal("15.00"), json(again.body()).getJsonNumber("total").bigDecimalValue());
        JsonObject first = json(Http.get(chain.branchApi().resolve("sales/" + receipt.getString("receiptNumber")), CLERK).body());
        assertEquals(new BigDecimal("24.68"), first.getJsonNumber("total").bigDecimalValue(), "what was sold stays as sold");
    }

    @Test
    void aMarkdownForALaterDateIsHeldAtTheBranchButNotChargedBeforeIt() {
        String style = "MKD-" + CatalogueData.unique();
        String sku = style + "-S-RED";
        String barcode = CatalogueData.nextBarcode();
        assertEquals(201, CatalogueData.send(chain, "PUT", "catalogue/styles/" + style,
                CatalogueData.style(chain, style, true, CatalogueData.variant(sku, barcode, "S", "red", "40.00"))).statusCode());
        LocalDate nextWeek = LocalDate.now(ZoneId.of(TestChain.BRANCH_TIME_ZONE)).plusDays(7);
        assertEquals(200, CatalogueData.send(chain, "PUT", "catalogue/variants/" + sku + "/prices",
                "{\"currency\":\"USD\",\"from\":\"" + nextWeek + "\",\"price\":29.99}").statusCode());
        long hqVersion = json(Http.get(chain.hqApi().resolve("catalogue/version"), MANAGER).body()).getJsonNumber("version").longValue();

        await("the branch to catch up with version " + hqVersion, "catalogue",
                state -> state.getJsonNumber("version").longValue() >= hqVersion);
        JsonObject product = await("the branch to hold " + sku, "products/" + sku, p -> true);
        assertEquals(new BigDecimal("40.00"), product.getJsonNumber("price").bigDecimalValue(), "the markdown is next week's");
        String dayPage = PageSession.signIn(URI.create(chain.branch.baseUri() + "/branch"), "clerk", "demo-clerk-pw")
                .get("/index.xhtml").body();
        assertTrue(dayPage.contains("Catalogue from HQ") && dayPage.contains("Version held"), "the day page shows the replica");
        String health = Http.get(URI.create(chain.branch.healthUri() + "/live"), null).body();
        assertTrue(health.contains("\"catalogue\"") && health.contains("\"pulledAt\""), "health shows the replica: " + health);
        awaitHq("HQ to see the branch holding version " + hqVersion, branch -> branch.containsKey("catalogueVersion")
                && !branch.isNull("catalogueVersion") && branch.getJsonNumber("catalogueVersion").longValue() >= hqVersion
                && !branch.isNull("cataloguePulledAt"));
        HttpResponse<String> sale = Http.send("POST", chain.branchApi().resolve("sales"), CLERK,
                "{\"lines\":[{\"barcode\":\"" + barcode + "\",\"quantity\":1}]," + Http.PAID_IN_CASH + "}");
        assertEquals(new BigDecimal("40.00"), json(sale.body()).getJsonNumber("total").bigDecimalValue());
    }

    @Test
    void productsArePagedWithTheirTotalAndFoundByBarcode() {
        HttpResponse<String> page = Http.get(chain.branchApi().resolve("products?limit=2&offset=1"), CLERK);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(2, Http.json(page.body()).asJsonArray().size());
        long total = Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(total > 600, "HQ's demo catalogue and the branch's own products: " + total);
        String barcode = "2000000000015";
        HttpResponse<String> found = Http.get(chain.branchApi().resolve("products?q=" + barcode), CLERK);
        assertEquals("1", found.headers().firstValue("X-Total-Count").orElseThrow(), found.body());
        assertTrue(found.body().contains("\"barcode\":\"" + barcode + "\""), found.body());
        Http.assertProblem(Http.get(chain.branchApi().resolve("products?limit=1001"), CLERK), 400, "limit");
    }

    @Test
    void anUnknownBarcodeIsRefusedNamingTheLine() {
        HttpResponse<String> sale = Http.send("POST", chain.branchApi().resolve("sales"), CLERK,
                "{\"lines\":[{\"sku\":\"TSH-RED-M\",\"quantity\":1},{\"barcode\":\"2000000000008\",\"quantity\":1}]," + Http.PAID_IN_CASH + "}");
        Http.assertProblem(sale, 422, "lines[1].barcode");
        Http.assertProblem(Http.get(chain.branchApi().resolve("products/by-barcode/2000000000008"), CLERK), 404, "barcode");
    }

    /** The branch API's answer at {@code path} once it is 200 and passes {@code done}; fails after {@link #PULL}. */
    private static JsonObject await(String what, String path, Predicate<JsonObject> done) {
        Instant deadline = Instant.now().plus(PULL);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = Http.get(chain.branchApi().resolve(path), CLERK);
            if (last.statusCode() == 200 && done.test(json(last.body()))) {
                return json(last.body());
            }
            pause();
        }
        return fail("Waited " + PULL.toSeconds() + " s for " + what + "; the branch answered "
                + (last == null ? "nothing" : last.statusCode() + " " + last.body()));
    }

    /** HQ's registry entry of the test branch once it passes {@code done}. */
    private static void awaitHq(String what, Predicate<JsonObject> done) {
        Instant deadline = Instant.now().plus(PULL);
        JsonObject entry = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> all = Http.get(chain.hqApi().resolve("branches"), MANAGER);
            entry = Http.json(all.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(b -> b.getString("code").equals(TestChain.BRANCH)).findFirst().orElseThrow();
            if (done.test(entry)) {
                return;
            }
            pause();
        }
        fail("Waited " + PULL.toSeconds() + " s for " + what + "; HQ lists " + entry);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    private static JsonObject json(String body) {
        return Http.json(body).asJsonObject();
    }
}
