package com.clothingchain.system;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Catalogue data at HQ for the tests: one size scale and category per run, styles as JSON, fresh barcodes. */
final class CatalogueData {

    static final String MERCHANDISER = Http.basic("hq-merchandiser", "demo-merchandiser-pw");
    private static final AtomicInteger BARCODES = new AtomicInteger((int) Math.floorMod(System.nanoTime(), 1_000_000L));
    private static String category;

    private CatalogueData() {
    }

    /** A category with sizes XS to XL under a parent, made once per run through HQ's API. */
    static synchronized String category(TestChain chain) {
        if (category == null) {
            String suffix = unique();
            String scale = "TOPS-" + suffix;
            assertCreated(send(chain, "POST", "catalogue/size-scales",
                    "{\"code\":\"" + scale + "\",\"name\":\"Tops\",\"sizes\":[\"XS\",\"S\",\"M\",\"L\",\"XL\"]}"));
            String parent = "WOMEN-" + suffix;
            assertCreated(send(chain, "POST", "catalogue/categories",
                    "{\"code\":\"" + parent + "\",\"name\":\"Women\",\"sizeScale\":\"" + scale + "\"}"));
            String child = "TSHIRTS-" + suffix;
            assertCreated(send(chain, "POST", "catalogue/categories", "{\"code\":\"" + child
                    + "\",\"name\":\"T-shirts\",\"parent\":\"" + parent + "\",\"sizeScale\":\"" + scale + "\"}"));
            category = child;
        }
        return category;
    }

    static String style(TestChain chain, String code, boolean active, String... variants) {
        return "{\"name\":\"Style " + code + "\",\"category\":\"" + category(chain) + "\",\"season\":\"SS27\",\"active\":" + active
                + ",\"variants\":[" + String.join(",", variants) + "]}";
    }

    /** A variant priced {@code usd} in USD and the same figure in EUR. */
    static String variant(String sku, String barcode, String size, String colour, String usd) {
        return "{\"sku\":\"" + sku + "\",\"barcode\":\"" + barcode + "\",\"size\":\"" + size + "\",\"colour\":\"" + colour
                + "\",\"prices\":[{\"currency\":\"USD\",\"price\":" + usd + "},{\"currency\":\"EUR\",\"price\":" + usd + "}]}";
    }

    /** A valid EAN-13 in the in-store range 20-29, new in this run. */
    static String nextBarcode() {
        String digits = "2" + String.format("%011d", (long) BARCODES.incrementAndGet() * 7919 % 100_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = digits.charAt(11 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return digits + (10 - sum % 10) % 10;
    }

    /** A header and {@code styles} x 20 rows: sizes XS to XL in four colours, each with a USD price. */
    static List<String> csvRows(TestChain chain, String prefix, int styles) {
        List<String> rows = new ArrayList<>();
        rows.add("style_code,style_name,category,season,description,sku,barcode,size,colour,currency,price");
        String[] colours = {"BLK", "WHT", "NAV", "RED"};
        for (int s = 0; s < styles; s++) {
            for (String colour : colours) {
                for (String size : List.of("XS", "S", "M", "L", "XL")) {
                    String style = prefix + "-" + s;
                    rows.add(String.join(",", style, "Imported " + s, category(chain), "AW26", "", style + "-" + size + "-" + colour,
                            nextBarcode(), size, colour, "USD", "29.90"));
                }
            }
        }
        return rows;
    }

    static HttpResponse<String> importCsv(TestChain chain, List<String> rows) {
        return Http.slow(HttpRequest.newBuilder(chain.hqApi().resolve("catalogue/imports"))
                .header("Authorization", MERCHANDISER).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", rows) + "\n")));
    }

    static String unique() {
        return Long.toString(Math.floorMod(System.nanoTime(), 1_000_000L));
    }

    static HttpResponse<String> send(TestChain chain, String method, String path, String json) {
        return Http.send(method, chain.hqApi().resolve(path), MERCHANDISER, json);
    }

    private static void assertCreated(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
    }
}
