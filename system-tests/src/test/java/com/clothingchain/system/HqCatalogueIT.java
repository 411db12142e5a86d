package com.clothingchain.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.clothingchain.system.Http.assertProblem;
import static com.clothingchain.system.Http.basic;
import static com.clothingchain.system.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * HQ's catalogue over HTTP against the real EAR: a style with its size x colour grid, catalogue versions, the feed a
 * branch reads with its key (paged, in version order, prices in its own currency only, scheduled ones ahead of
 * time), and refusals that name their field and change nothing.
 */
class HqCatalogueIT {

    static final String MERCHANDISER = CatalogueData.MERCHANDISER;
    static final String MANAGER = basic("hq-manager", "demo-manager-pw");
    static final String ADMIN = basic("hq-admin", "demo-admin-pw");

    static TestChain chain;
    static String category;

    @BeforeAll
    static void catalogueWithAScaleAndACategory() {
        chain = TestChain.get();
        category = CatalogueData.category(chain);
        HttpResponse<String> parent = Http.get(api("catalogue/categories"), MANAGER);
        assertEquals(200, parent.statusCode());
        assertTrue(parent.body().contains("\"code\":\"" + category + "\",\"name\":\"T-shirts\",\"parent\":\"WOMEN-"),
                "a category under its parent: " + parent.body());
    }

    @Test
    void aStyleGridBecomesVariantsThatTheBranchReadsInVersionOrderWithItsOwnCurrency() {
        long before = version();
        String style = "TEE-" + CatalogueData.unique();
        HttpResponse<String> created = send("PUT", "catalogue/styles/" + style, MERCHANDISER, style(style, true,
                CatalogueData.variant(style + "-S-WHT", CatalogueData.nextBarcode(), "S", "white", "19.99"),
                CatalogueData.variant(style + "-M-WHT", CatalogueData.nextBarcode(), "M", "white", "19.99"),
                CatalogueData.variant(style + "-S-BLK", CatalogueData.nextBarcode(), "S", "black", "21.50"),
                CatalogueData.variant(style + "-M-BLK", CatalogueData.nextBarcode(), "M", "black", "21.50")));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(4, json(created).getJsonArray("variants").size());
        assertEquals(before + 4, version(), "one version per variant");

        JsonObject all = feed(before, 100);
        assertEquals("USD", all.getString("currency"));
        assertFalse(all.getBoolean("more"));
        JsonArray items = all.getJsonArray("items");
        assertEquals(4, items.size(), all.toString());
        long previous = before;
        for (JsonObject item : items.getValuesAs(JsonObject.class)) {
            assertTrue(item.getJsonNumber("version").longValue() > previous, "in version order: " + items);
            previous = item.getJsonNumber("version").longValue();
            assertEquals(style, item.getString("styleCode"));
            assertEquals(category, item.getString("category"));
            assertTrue(item.getBoolean("active"));
            JsonArray prices = item.getJsonArray("prices");
            assertEquals(1, prices.size(), "the USD price only, never the EUR one: " + item);
        }
        assertEquals(all.getJsonNumber("next").longValue(), previous);
        JsonObject first = items.getJsonObject(0);
        assertEquals(style + "-M-BLK", first.getString("sku"), "stamped in SKU order");
        assertEquals("21.50", first.getJsonArray("prices").getJsonObject(0).getJsonNumber("price").bigDecimalValue().toPlainString());

        JsonObject page = feed(before, 3);
        assertEquals(3, page.getJsonArray("items").size());
        assertTrue(page.getBoolean("more"));
        JsonObject rest = feed(page.getJsonNumber("next").longValue(), 3);
        assertEquals(1, rest.getJsonArray("items").size());
        assertEquals(items.getJsonObject(3), rest.getJsonArray("items").getJsonObject(0), "the pages add up to the whole");

        HttpResponse<String> again = send("PUT", "catalogue/styles/" + style, MERCHANDISER, style(style, true));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(before + 4, version(), "a style saved unchanged changes no version");

        assertEquals(200, send("PUT", "catalogue/styles/" + style, MERCHANDISER, style(style, false)).statusCode());
        JsonArray deactivated = feed(before + 4, 100).getJsonArray("items");
        assertEquals(4, deactivated.size(), "a style taken off sale changes all its variants");
        deactivated.getValuesAs(JsonObject.class).forEach(item -> assertFalse(item.getBoolean("active"), item.toString()));
    }

    @Test
    void aScheduledPriceReachesTheBranchAheadOfItsDateAndABranchPriceOnlyInItsCurrency() {
        String style = "PRC-" + CatalogueData.unique();
        String sku = style + "-L-RED";
        assertEquals(201, send("PUT", "catalogue/styles/" + style, MERCHANDISER,
                style(style, true, CatalogueData.variant(sku, CatalogueData.nextBarcode(), "L", "red", "30.00"))).statusCode());
        long before = version();
        LocalDate nextWeek = LocalDate.now(ZoneId.of(TestChain.BRANCH_TIME_ZONE)).plusDays(7);
        HttpResponse<String> markdown = send("PUT", "catalogue/variants/" + sku + "/prices", MERCHANDISER,
                "{\"currency\":\"USD\",\"from\":\"" + nextWeek + "\",\"price\":19.99}");
        assertEquals(200, markdown.statusCode(), markdown.body());
        assertEquals(before + 1, version());
        JsonArray prices = feed(before, 10).getJsonArray("items").getJsonObject(0).getJsonArray("prices");
        assertEquals(2, prices.size(), prices.toString());
        assertEquals(nextWeek.toString(), prices.getJsonObject(1).getString("from"));
        assertEquals("19.99", prices.getJsonObject(1).getJsonNumber("price").bigDecimalValue().toPlainString());

        assertProblem(send("PUT", "catalogue/variants/" + sku + "/prices", MERCHANDISER,
                "{\"currency\":\"EUR\",\"branch\":\"" + TestChain.BRANCH + "\",\"price\":25.00}"), 422, "currency");
        assertProblem(send("PUT", "catalogue/variants/" + sku + "/prices", MERCHANDISER,
                "{\"currency\":\"USD\",\"from\":\"2000-01-01\",\"price\":25.00}"), 422, "from");
        HttpResponse<String> own = send("PUT", "catalogue/variants/" + sku + "/prices", MERCHANDISER,
                "{\"currency\":\"USD\",\"branch\":\"" + TestChain.BRANCH + "\",\"price\":27.00}");
        assertEquals(200, own.statusCode(), own.body());
        JsonArray ownPrices = feed(before + 1, 10).getJsonArray("items").getJsonObject(0).getJsonArray("prices");
        assertEquals(1, ownPrices.size(), "the branch's own price wins over the chain's markdown: " + ownPrices);
        assertEquals("27.00", ownPrices.getJsonObject(0).getJsonNumber("price").bigDecimalValue().toPlainString());

        HttpResponse<String> list = Http.get(api("catalogue/prices?q=" + style + "&limit=2"), MANAGER);
        assertEquals("4", list.headers().firstValue("X-Total-Count").orElse("none"), "the chain USD and EUR now, USD next week, the branch's");
        assertEquals(2, Http.json(list.body()).asJsonArray().size(), "paged");
        JsonArray scheduled = Http.json(Http.get(api("catalogue/prices?q=" + sku + "&scheduled=true"), MANAGER).body()).asJsonArray();
        assertEquals(1, scheduled.size(), scheduled.toString());
        assertEquals(nextWeek.toString(), scheduled.getJsonObject(0).getString("from"));
        HttpResponse<String> found = Http.get(api("catalogue/styles?q=" + sku.toLowerCase()), MANAGER);
        assertEquals("1", found.headers().firstValue("X-Total-Count").orElse("none"), found.body());
        assertEquals(style, Http.json(found.body()).asJsonArray().getJsonObject(0).getString("code"));
        assertEquals(1, Http.json(found.body()).asJsonArray().getJsonObject(0).getInt("variants"));
        assertProblem(Http.get(api("catalogue/styles?limit=1001"), MANAGER), 400, "limit");
    }

    @Test
    void aPriceForAPriceGroupIsEachMembersOwnPriceInItsCurrency() {
        String group = "OUT-" + CatalogueData.unique();
        String first = register("GA" + CatalogueData.unique(), "USD");
        String second = register("GB" + CatalogueData.unique(), "USD");
        String euro = register("GE" + CatalogueData.unique(), "EUR");
        for (String code : List.of(first, second)) {
            HttpResponse<String> assigned = Http.send("PUT", api("branches/" + code + "/price-group"), ADMIN,
                    "{\"priceGroup\":\"" + group.toLowerCase() + "\"}");
            assertEquals(200, assigned.statusCode(), assigned.body());
            assertEquals(group, json(assigned).getString("priceGroup"), "kept in upper case");
        }
        assertProblem(Http.send("PUT", api("branches/" + euro + "/price-group"), ADMIN, "{\"priceGroup\":\"no spaces\"}"), 400, "priceGroup");
        String style = "GRP-" + CatalogueData.unique();
        String sku = style + "-M-BLK";
        assertEquals(201, send("PUT", "catalogue/styles/" + style, MERCHANDISER,
                style(style, true, CatalogueData.variant(sku, CatalogueData.nextBarcode(), "M", "black", "30.00"))).statusCode());
        long before = version();

        HttpResponse<String> grouped = send("PUT", "catalogue/variants/" + sku + "/prices", MERCHANDISER,
                "{\"currency\":\"USD\",\"group\":\"" + group + "\",\"price\":22.50}");
        assertEquals(200, grouped.statusCode(), grouped.body());
        assertEquals(before + 1, version(), "one change for the variant, whatever the group's size");
        List<String> owners = json(grouped).getJsonArray("prices").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("price").bigDecimalValue().toPlainString().equals("22.50"))
                .map(p -> p.getString("branch")).sorted().toList();
        assertEquals(List.of(first, second), owners, "each member's own price");

        HttpResponse<String> euroInGroup = Http.send("PUT", api("branches/" + euro + "/price-group"), ADMIN,
                "{\"priceGroup\":\"" + group + "\"}");
        assertEquals(200, euroInGroup.statusCode(), euroInGroup.body());
        String database = SiteDatabase.fingerprint(chain, "hq").toString();
        assertProblem(send("PUT", "catalogue/variants/" + sku + "/prices", MERCHANDISER,
                "{\"currency\":\"USD\",\"group\":\"" + group + "\",\"price\":20.00}"), 422, "currency");
        assertProblem(send("PUT", "catalogue/variants/" + sku + "/prices", MERCHANDISER,
                "{\"currency\":\"USD\",\"group\":\"NO-SUCH-GROUP\",\"price\":20.00}"), 422, "group");
        assertProblem(send("PUT", "catalogue/variants/" + sku + "/prices", MERCHANDISER,
                "{\"currency\":\"USD\",\"group\":\"" + group + "\",\"branch\":\"" + first + "\",\"price\":20.00}"), 400, "group");
        assertEquals(database, SiteDatabase.fingerprint(chain, "hq").toString(), "refusals change nothing");
    }

    /** A branch registered by the admin; its code. */
    private static String register(String code, String currency) {
        HttpResponse<String> registered = Http.send("POST", api("branches"), ADMIN, """
                {"code":"%s","name":"Group test","location":"Here","url":"http://localhost:1/branch/","timeZone":"UTC","currency":"%s"}"""
                .formatted(code, currency));
        assertEquals(201, registered.statusCode(), registered.body());
        return code;
    }

    @Test
    void badInputIsRefusedNamingItsFieldAndChangesNothing() {
        String taken = "TKN-" + CatalogueData.unique();
        String takenBarcode = CatalogueData.nextBarcode();
        assertEquals(201, send("PUT", "catalogue/styles/" + taken, MERCHANDISER,
                style(taken, true, CatalogueData.variant(taken + "-S-RED", takenBarcode, "S", "red", "10.00"))).statusCode());
        Map<String, String> before = SiteDatabase.fingerprint(chain, "hq");
        String style = "BAD-" + CatalogueData.unique();
        String good = CatalogueData.nextBarcode();
        String wrongCheckDigit = good.substring(0, 12) + (char) ('0' + (good.charAt(12) - '0' + 1) % 10);

        assertProblem(send("PUT", "catalogue/styles/" + style, MERCHANDISER,
                style(style, true, CatalogueData.variant(style + "-S", wrongCheckDigit, "S", "red", "10.00"))), 400, "variants[0].barcode");
        assertProblem(send("PUT", "catalogue/styles/" + style, MERCHANDISER,
                style(style, true, CatalogueData.variant(style + "-S", takenBarcode, "S", "red", "10.00"))), 409, "variants[0].barcode");
        assertProblem(send("PUT", "catalogue/styles/" + style, MERCHANDISER,
                style(style, true, CatalogueData.variant(taken + "-S-RED", good, "S", "red", "10.00"))), 409, "variants[0].sku");
        assertProblem(send("PUT", "catalogue/styles/" + style, MERCHANDISER,
                style(style, true, CatalogueData.variant(style + "-S", good, "S", "red", "10.001"))), 400, "variants[0].prices[0].price");
        assertProblem(send("PUT", "catalogue/styles/" + style, MERCHANDISER,
                style(style, true, CatalogueData.variant(style + "-S", good, "S", "red", "-1.00"))), 400, "variants[0].prices[0].price");
        assertProblem(send("PUT", "catalogue/styles/" + style, MERCHANDISER,
                style(style, true, CatalogueData.variant(style + "-S", good, "S", "red", "10.00"), CatalogueData.variant(style + "-XXXL", CatalogueData.nextBarcode(),
                        "XXXL", "red", "10.00"))), 422, "variants[1].size");

        HttpResponse<String> several = send("PUT", "catalogue/styles/" + style, MERCHANDISER, style(style, true,
                CatalogueData.variant(style + "-S", wrongCheckDigit, "S", "red", "10.001"), CatalogueData.variant(style + "-M", good, "XXXL", "red", "1")));
        assertEquals(400, several.statusCode(), several.body());
        List<String> fields = json(several).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("variants[0].barcode", "variants[0].prices[0].price", "variants[1].size")),
                "every refusal at once: " + fields);

        assertProblem(send("POST", "catalogue/size-scales", MERCHANDISER,
                "{\"code\":\"DUP\",\"name\":\"Dup\",\"sizes\":[\"S\",\"S\"]}"), 400, "sizes[1]");
        assertProblem(send("POST", "catalogue/categories", MERCHANDISER,
                "{\"code\":\"NO-SCALE\",\"name\":\"x\",\"sizeScale\":\"NO-SUCH\"}"), 422, "sizeScale");
        assertProblem(Http.get(api("catalogue/styles/" + style), MERCHANDISER), 404, "code");
        assertEquals(before, SiteDatabase.fingerprint(chain, "hq"), "a refused change changed HQ's database");
    }

    @Test
    void anImportOf1000RowsWith3BadOnesImportsNothingAndNamesEachOfThem() {
        String prefix = "IMP" + CatalogueData.unique();
        long before = version();
        Map<String, String> database = SiteDatabase.fingerprint(chain, "hq");
        List<String> rows = CatalogueData.csvRows(chain, prefix, 50);
        String good101 = rows.get(100);
        String good502 = rows.get(501);
        String good903 = rows.get(902);
        String[] wrongCheckDigit = good101.split(",", -1);
        wrongCheckDigit[6] = wrongCheckDigit[6].substring(0, 12) + (char) ('0' + (wrongCheckDigit[6].charAt(12) - '0' + 1) % 10);
        rows.set(100, String.join(",", wrongCheckDigit));
        String[] threeDecimals = good502.split(",", -1);
        threeDecimals[10] = "12.345";
        rows.set(501, String.join(",", threeDecimals));
        String[] notInTheScale = good903.split(",", -1);
        notInTheScale[7] = "XXXL";
        rows.set(902, String.join(",", notInTheScale));

        HttpResponse<String> refused = CatalogueData.importCsv(chain, rows);
        assertEquals(400, refused.statusCode(), refused.body());
        List<String> fields = json(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("rows[101].barcode", "rows[502].price", "rows[903].size"), fields, refused.body());
        assertEquals(before, version(), "nothing imported");
        assertEquals(database, SiteDatabase.fingerprint(chain, "hq"), "HQ's database unchanged");

        rows.set(100, good101);
        rows.set(501, good502);
        rows.set(902, good903);
        HttpResponse<String> imported = CatalogueData.importCsv(chain, rows);
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(50, json(imported).getInt("styles"));
        assertEquals(1000, json(imported).getInt("variants"));
        assertEquals(before + 1000, version());
        assertEquals(200, Http.get(api("catalogue/styles/" + prefix + "-7"), MANAGER).statusCode());
    }

    @Test
    void benchmarkImportOf10000Variants() {
        List<String> rows = CatalogueData.csvRows(chain, "BEN" + CatalogueData.unique(), 500);
        long trivialStart = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertEquals(200, Http.get(api("catalogue/version"), MANAGER).statusCode());
        }
        double trivialMs = (System.nanoTime() - trivialStart) / 20 / 1e6;
        long start = System.nanoTime();
        HttpResponse<String> imported = CatalogueData.importCsv(chain, rows);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(10_000, json(imported).getInt("variants"));
        System.out.printf("Catalogue import: 10,000 variants (%d KB of CSV) in %.1f s, %.0f rows/s;"
                        + " GET /catalogue/version %.1f ms; ratio %.0f%n", String.join("\n", rows).length() / 1024, seconds,
                10_000 / seconds, trivialMs, seconds * 1000 / trivialMs);
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HEADER = "style_code,style_name,category,season,description,sku,barcode,size,colour,active,currency,price";

    @Test
    void theCatalogueExportedAsCsvIsTextCsvAndImportsBackAsItWas() {
        String style = "EXP-" + CatalogueData.unique();
        String small = CatalogueData.nextBarcode();
        assertEquals(201, send("PUT", "catalogue/styles/" + style, MERCHANDISER, style(style, true,
                CatalogueData.variant(style + "-S-WHT", small, "S", "white", "19.99"),
                CatalogueData.variant(style + "-M-WHT", CatalogueData.nextBarcode(), "M", "white", "21.50"))).statusCode());
        JsonArray before = json(Http.get(api("catalogue/styles/" + style), MANAGER)).getJsonArray("variants");
        long version = version();

        HttpResponse<byte[]> export = download("catalogue/export", "text/csv", MANAGER);
        assertEquals(200, export.statusCode(), new String(export.body(), StandardCharsets.UTF_8));
        assertEquals("text/csv", export.headers().firstValue("Content-Type").orElse("no Content-Type").split(";")[0].trim(),
                "the type is on the answer: " + export.headers().map());
        assertTrue(export.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT).contains("charset=utf-8"));
        assertEquals("attachment; filename=\"catalogue-v" + version + ".csv\"",
                export.headers().firstValue("Content-Disposition").orElse("none"));
        String csv = new String(export.body(), StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals(HEADER, lines.get(0));
        List<List<String>> records = records(csv);
        assertTrue(lines.contains(String.join(",", style, "Style " + style, category, "SS27", "", style + "-S-WHT", small, "S",
                "white", "true", "EUR", "19.99")), "one row per variant and currency: " + abbreviated(csv));
        assertTrue(lines.contains(String.join(",", style, "Style " + style, category, "SS27", "", style + "-S-WHT", small, "S",
                "white", "true", "USD", "19.99")));
        List<List<String>> rows = records.subList(1, records.size());
        rows.forEach(row -> assertEquals(12, row.size(), "every row has every column: " + row));
        long skus = rows.stream().map(row -> row.get(5)).distinct().count();
        assertTrue(skus >= 2);
        assertEquals(200, download("catalogue/export", "*/*", MERCHANDISER).statusCode(), "CSV by default, for a merchandiser too");
        assumeTrue(rows.size() <= 50_000 && export.body().length <= 8 * 1024 * 1024,
                "the catalogue has grown beyond what one import takes (50,000 rows, 8 MB): " + rows.size() + " rows");

        HttpResponse<String> imported = Http.slow(HttpRequest.newBuilder(api("catalogue/imports"))
                .header("Authorization", MERCHANDISER).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(export.body())));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(skus, json(imported).getInt("variants"), "every variant of the file, imported again");
        assertEquals(rows.size(), json(imported).getInt("rows"));
        assertEquals(before, json(Http.get(api("catalogue/styles/" + style), MANAGER)).getJsonArray("variants"),
                "the style's variants and prices as they were, each with its version");
        // The layout's one active column gives a style taken off sale's flag to its first variant (README), so the
        // whole catalogue's version may move; the file, what the catalogue says, stays the same.
        assertEquals(csv, new String(download("catalogue/export", "text/csv", MANAGER).body(), StandardCharsets.UTF_8),
                "exported again, the same file");
    }

    @Test
    void theCatalogueExportedAsXlsxIsAWorkbookWithTheHeaderRow() throws IOException {
        String style = "XLS-" + CatalogueData.unique();
        String barcode = CatalogueData.nextBarcode();
        assertEquals(201, send("PUT", "catalogue/styles/" + style, MERCHANDISER, style(style, true,
                CatalogueData.variant(style + "-L-RED", barcode, "L", "red", "30.00"))).statusCode());
        for (HttpResponse<byte[]> export : List.of(download("catalogue/export", XLSX, MANAGER),
                download("catalogue/export?format=xlsx", "text/html,application/xhtml+xml,*/*;q=0.8", Http.basic("hq-admin", "demo-admin-pw")))) {
            assertEquals(200, export.statusCode(), new String(export.body(), StandardCharsets.UTF_8));
            assertEquals(XLSX, export.headers().firstValue("Content-Type").orElse("no Content-Type"));
            assertTrue(export.headers().firstValue("Content-Disposition").orElse("").matches("attachment; filename=\"catalogue-v\\d+\\.xlsx\""),
                    export.headers().map().toString());
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
                Sheet sheet = workbook.getSheetAt(0);
                List<String> header = new ArrayList<>();
                sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
                assertEquals(List.of(HEADER.split(",")), header);
                List<String> ours = new ArrayList<>();
                for (Row row : sheet) {
                    if (row.getRowNum() > 0 && style.equals(row.getCell(0).getStringCellValue())) {
                        ours.add(row.getCell(5).getStringCellValue() + " " + row.getCell(6).getStringCellValue() + " "
                                + row.getCell(10).getStringCellValue() + " " + row.getCell(11).getNumericCellValue());
                    }
                }
                assertEquals(List.of(style + "-L-RED " + barcode + " EUR 30.0", style + "-L-RED " + barcode + " USD 30.0"), ours,
                        "the barcode as text, the price as a number");
            }
        }
        assertProblem(Http.get(api("catalogue/export?format=pdf"), MANAGER), 400, "format");
    }

    @Test
    void anXlsxImportWith3BadRowsImportsNothingAndNamesEachOfThem() throws IOException {
        String prefix = "XIM" + CatalogueData.unique();
        List<String> rows = CatalogueData.csvRows(chain, prefix, 3);
        long before = version();
        Map<String, String> database = SiteDatabase.fingerprint(chain, "hq");
        List<String> bad = new ArrayList<>(rows);
        String[] wrongCheckDigit = bad.get(10).split(",", -1);
        wrongCheckDigit[6] = wrongCheckDigit[6].substring(0, 12) + (char) ('0' + (wrongCheckDigit[6].charAt(12) - '0' + 1) % 10);
        bad.set(10, String.join(",", wrongCheckDigit));
        String[] threeDecimals = bad.get(21).split(",", -1);
        threeDecimals[10] = "12.345";
        bad.set(21, String.join(",", threeDecimals));
        String[] notInTheScale = bad.get(42).split(",", -1);
        notInTheScale[7] = "XXXL";
        bad.set(42, String.join(",", notInTheScale));

        HttpResponse<String> refused = importXlsx(workbook(bad));
        assertEquals(400, refused.statusCode(), refused.body());
        List<String> fields = json(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("rows[11].barcode", "rows[22].price", "rows[43].size"), fields, refused.body());
        assertEquals(before, version(), "nothing imported");
        assertEquals(database, SiteDatabase.fingerprint(chain, "hq"), "HQ's database unchanged");

        HttpResponse<String> imported = importXlsx(workbook(rows));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(60, json(imported).getInt("variants"));
        assertEquals(before + 60, version());
        JsonObject variant = json(Http.get(api("catalogue/variants/" + rows.get(1).split(",")[5]), MANAGER));
        assertEquals(rows.get(1).split(",")[6], variant.getString("barcode"), "a barcode typed as a number, all its digits");

        assertProblem(Http.send(HttpRequest.newBuilder(api("catalogue/imports")).header("Authorization", MERCHANDISER)
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofString("%PDF"))), 415, null);
    }

    /** The rows as a workbook's first sheet as a merchandiser types them: barcodes and prices as numbers. */
    private static byte[] workbook(List<String> rows) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Catalogue");
            for (int r = 0; r < rows.size(); r++) {
                String[] cells = rows.get(r).split(",", -1);
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    boolean number = r > 0 && (c == 6 || c == 10);
                    if (number) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static HttpResponse<String> importXlsx(byte[] workbook) {
        return Http.send(HttpRequest.newBuilder(api("catalogue/imports"))
                .header("Authorization", MERCHANDISER).header("Content-Type", XLSX)
                .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)));
    }

    private static HttpResponse<byte[]> download(String path, String accept, String authorization) {
        return Http.bytes(HttpRequest.newBuilder(api(path)).header("Authorization", authorization).header("Accept", accept).GET());
    }

    /** The records of a CSV file (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks). */
    static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString().replaceAll("\r$", ""));
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return records;
    }

    private static String abbreviated(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }

    @Test
    void rolesAndKeysDecideWhoReadsAndWhoChanges() {
        assertEquals(200, Http.get(api("catalogue/version"), MANAGER).statusCode());
        assertProblem(send("PUT", "catalogue/styles/ROLE-X", MANAGER, style("ROLE-X", true)), 403, null);
        assertProblem(Http.get(api("catalogue/version"), bearer(chain.branchKey)), 403, null);
        assertProblem(Http.get(api("branches/" + TestChain.BRANCH + "/catalogue"), MERCHANDISER), 403, null);
        assertProblem(Http.get(api("branches/" + TestChain.BRANCH + "/catalogue?since=-1"), bearer(chain.branchKey)), 400, "since");
        assertProblem(Http.get(api("branches/" + TestChain.BRANCH + "/catalogue?limit=0"), bearer(chain.branchKey)), 400, "limit");
        assertProblem(Http.get(api("branches/" + TestChain.BRANCH + "/catalogue?limit=1001"), bearer(chain.branchKey)), 400, "limit");
        assertEquals(200, Http.get(api("me"), MERCHANDISER).statusCode());
    }

    private static String style(String code, boolean active, String... variants) {
        return CatalogueData.style(chain, code, active, variants);
    }

    private static long version() {
        return json(Http.get(api("catalogue/version"), MANAGER)).getJsonNumber("version").longValue();
    }

    private static JsonObject feed(long since, int limit) {
        HttpResponse<String> page = Http.get(api("branches/" + TestChain.BRANCH + "/catalogue?since=" + since + "&limit=" + limit),
                bearer(chain.branchKey));
        assertEquals(200, page.statusCode(), page.body());
        return json(page);
    }

    private static HttpResponse<String> send(String method, String path, String authorization, String json) {
        return Http.send(method, api(path), authorization, json);
    }

    private static URI api(String path) {
        return chain.hqApi().resolve(path);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Http.json(response.body()).asJsonObject();
    }
}
