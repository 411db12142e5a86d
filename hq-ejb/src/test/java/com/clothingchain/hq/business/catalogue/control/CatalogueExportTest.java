package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.hq.business.catalogue.entity.CatalogueRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The export's queries, run by Hibernate over H2 migrated by HQ's real scripts: which rows, in which order, with which
 * price and active flag, whatever the page size.
 */
class CatalogueExportTest {

    static CatalogueDatabase database;

    @BeforeAll
    static void catalogue() {
        database = new CatalogueDatabase("catalogue-export");
        LocalDate now = Catalogue.immediately();
        database.sql("insert into size_scales (id, code, name) values (1, 'TOPS', 'Tops')",
                "insert into categories (id, code, name, size_scale_id) values (1, 'TOPS', 'Tops', 1)",
                // Created in this order; exported in style code order, then in the order each style's variants were created.
                "insert into styles (id, code, name, category_id, season, description, active) values"
                        + " (1, 'TEE', 'Crew tee', 1, 'SS27', 'Cotton, \"heavy\"', true),"
                        + " (2, 'AAA', 'Off sale', 1, null, null, false),"
                        + " (3, 'ZZZ', 'Last', 1, null, null, true),"
                        + " (4, 'BBB', 'No variants', 1, null, null, true)",
                "insert into variants (id, style_id, sku, barcode, gtin, size, colour, active, changed_in) values"
                        + " (3, 1, 'TEE-Z', '4006381333931', '04006381333931', 'S', 'white', true, 1),"
                        + " (4, 1, 'TEE-A', '036000291452', '00036000291452', 'M', 'white', false, 2),"
                        + " (5, 2, 'AAA-S', '96385074', '00000096385074', 'S', 'red', true, 3),"
                        + " (6, 2, 'AAA-M', '5901234123457', '05901234123457', 'M', 'red', true, 4),"
                        + " (7, 3, 'ZZZ-1', '2000000000008', '02000000000008', 'S', 'blue', true, 5)",
                "insert into prices (variant_id, currency, branch_code, effective_from, amount) values"
                        + " (3, 'USD', '*', DATE '2020-01-01', 10.00),"
                        + " (3, 'USD', '*', DATE '" + now + "', 12.00),"
                        + " (3, 'USD', '*', DATE '" + now.plusDays(7) + "', 8.00),"
                        + " (3, 'EUR', '*', DATE '2020-01-01', 11.00),"
                        + " (3, 'USD', 'B001', DATE '2020-01-01', 9.00),"
                        + " (4, 'USD', '*', DATE '" + now.plusDays(1) + "', 20.00),"
                        + " (5, 'USD', '*', DATE '2020-01-01', 5.00),"
                        + " (7, 'USD', '*', DATE '2020-01-01', 1.00)");
    }

    @AfterAll
    static void close() {
        database.close();
    }

    static final List<CatalogueRow> EXPECTED = List.of(
            row("AAA", "Off sale", null, null, "AAA-S", "96385074", "S", "red", false, "USD", "5.00"),
            row("AAA", "Off sale", null, null, "AAA-M", "5901234123457", "M", "red", true, null, null),
            row("TEE", "Crew tee", "SS27", "Cotton, \"heavy\"", "TEE-Z", "4006381333931", "S", "white", true, "EUR", "11.00"),
            row("TEE", "Crew tee", "SS27", "Cotton, \"heavy\"", "TEE-Z", "4006381333931", "S", "white", true, "USD", "12.00"),
            row("TEE", "Crew tee", "SS27", "Cotton, \"heavy\"", "TEE-A", "036000291452", "M", "white", false, null, null),
            row("ZZZ", "Last", null, null, "ZZZ-1", "2000000000008", "S", "blue", true, "USD", "1.00"));

    private static CatalogueRow row(String style, String name, String season, String description, String sku, String barcode,
                                    String size, String colour, boolean active, String currency, String price) {
        return new CatalogueRow(style, name, "TOPS", season, description, sku, barcode, size, colour, active, currency,
                price == null ? null : new BigDecimal(price));
    }

    private static List<CatalogueRow> exported(int page) {
        List<CatalogueRow> rows = new ArrayList<>();
        database.inTransaction(em -> {
            CatalogueDatabase.export(em, page).forEachRow(rows::add);
            return rows;
        });
        return rows;
    }

    @Test
    void everyVariantWithTheChainsCurrentPricePerCurrencyInStyleThenCreationOrder() {
        assertEquals(EXPECTED, exported(1000));
    }

    @Test
    void theSameRowsWhateverThePageSize() {
        for (int page : new int[]{1, 2, 3, 5}) {
            assertEquals(EXPECTED, exported(page), "pages of " + page);
        }
    }

    @Test
    void bothFormatsImportBackAsTheseRows() {
        var csv = new ByteArrayOutputStream();
        var xlsx = new ByteArrayOutputStream();
        database.inTransaction(em -> {
            CatalogueDatabase.export(em, 1000).write(CatalogueExport.Format.CSV, csv);
            CatalogueDatabase.export(em, 1000).write(CatalogueExport.Format.XLSX, xlsx);
            return null;
        });
        CatalogueCsv.Parsed fromCsv = CatalogueCsv.read(new StringReader(csv.toString(StandardCharsets.UTF_8)));
        CatalogueCsv.Parsed fromXlsx = CatalogueXlsx.read(new ByteArrayInputStream(xlsx.toByteArray()));
        assertEquals(EXPECTED.size(), fromCsv.rows());
        assertEquals(List.of("AAA", "TEE", "ZZZ"), fromCsv.styles().stream().map(CatalogueCsv.ImportedStyle::code).toList());
        assertFalse(fromCsv.styles().get(0).input().active(), "the style's flag, from its first row");
        assertTrue(fromCsv.styles().get(0).input().variants().get(1).active());
        assertEquals(fromCsv.styles().stream().map(CatalogueCsv.ImportedStyle::input).toList(),
                fromXlsx.styles().stream().map(CatalogueCsv.ImportedStyle::input).toList());
        assertEquals(List.of(), fromXlsx.refusals());
    }
}
