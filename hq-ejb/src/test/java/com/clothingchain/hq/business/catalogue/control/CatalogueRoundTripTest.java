package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.hq.business.catalogue.entity.StyleInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An exported catalogue imported back through the catalogue's rules (Hibernate over H2): nothing changes, from CSV or
 * from a workbook, that day or days later; what the layout can not say is shown as it is.
 */
class CatalogueRoundTripTest {

    static final String FILE = """
            style_code,style_name,category,season,description,sku,barcode,size,colour,active,currency,price
            TEE,Crew tee,TOPS,SS27,"Cotton, heavy",TEE-S-WHT,4006381333931,S,white,,USD,19.99
            TEE,Crew tee,TOPS,SS27,"Cotton, heavy",TEE-S-WHT,4006381333931,S,white,,EUR,18.50
            TEE,Crew tee,TOPS,SS27,"Cotton, heavy",TEE-M-WHT,036000291452,M,white,,USD,19.99
            TEE,Crew tee,TOPS,SS27,"Cotton, heavy",TEE-L-WHT,96385074,L,white,false,USD,19.99
            POLO,Polo,TOPS,,,POLO-S-NAV,5901234123457,S,navy,,,
            """;

    static CatalogueDatabase database;

    @BeforeAll
    static void catalogue() {
        database = new CatalogueDatabase("catalogue-round-trip");
        database.sql("insert into size_scales (id, code, name) values (1, 'TOPS', 'Tops')",
                "insert into size_scale_sizes (size_scale_id, seq, size) values (1, 0, 'S'), (1, 1, 'M'), (1, 2, 'L')",
                "insert into categories (id, code, name, size_scale_id) values (1, 'TOPS', 'Tops', 1)");
        Catalogue.Imported first = importFile(CatalogueCsv.read(new StringReader(FILE)));
        assertEquals(4, first.variants());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    static Catalogue.Imported importFile(CatalogueCsv.Parsed file) {
        return database.inTransaction(em -> CatalogueDatabase.catalogue(em).importStyles(file));
    }

    static byte[] export(CatalogueExport.Format format) {
        var out = new ByteArrayOutputStream();
        database.inTransaction(em -> {
            CatalogueDatabase.export(em, 2).write(format, out);
            return null;
        });
        return out.toByteArray();
    }

    static long version() {
        return database.inTransaction(em -> CatalogueDatabase.catalogue(em).version());
    }

    static String csv() {
        return new String(export(CatalogueExport.Format.CSV), StandardCharsets.UTF_8);
    }

    @Test
    void anExportImportedBackChangesNothingFromCsvOrAWorkbookThatDayOrDaysLater() {
        long version = version();
        String csv = csv();
        Catalogue.Imported fromCsv = importFile(CatalogueCsv.read(new StringReader(csv)));
        assertEquals(version, fromCsv.version(), "the same catalogue: no version\n" + csv);
        assertEquals(4, fromCsv.variants());
        assertEquals(2, fromCsv.styles());

        Catalogue.Imported fromXlsx = importFile(CatalogueXlsx.read(new ByteArrayInputStream(export(CatalogueExport.Format.XLSX))));
        assertEquals(version, fromXlsx.version());

        // Days later: the prices were set "from now on" three days ago.
        database.sql("update prices set effective_from = dateadd(day, -3, effective_from)");
        assertEquals(csv, csv(), "the current prices, whenever they were set");
        assertEquals(version, importFile(CatalogueCsv.read(new StringReader(csv))).version(),
                "the price in effect given again is no change");
        assertEquals(csv, csv());
    }

    @Test
    void aStyleTakenOffSaleGivesItsFlagToItsFirstVariantAndTheFileStaysTheSame() {
        database.inTransaction(em -> CatalogueDatabase.catalogue(em)
                .saveStyle("POLO", new StyleInput("Polo", "TOPS", null, null, false, List.of())));
        long version = version();
        String csv = csv();
        assertTrue(csv.contains("POLO,Polo,TOPS,,,POLO-S-NAV,5901234123457,S,navy,false,,\r\n"), csv);
        assertEquals(version + 1, importFile(CatalogueCsv.read(new StringReader(csv))).version(),
                "the layout has one active column: the import reads the style's flag and its first variant's from one cell");
        assertEquals(csv, csv(), "what is on sale is the same, and so is the file");
    }

    @Test
    void theSamePriceFromALaterDateIsKeptToReturnToButAtOnceIsNoChange() {
        long version = version();
        BigDecimal current = new BigDecimal("19.99");
        database.inTransaction(em -> CatalogueDatabase.catalogue(em).schedulePrice("TEE-M-WHT", "USD", Catalogue.PriceScope.chain(), null, current));
        assertEquals(version, version(), "at once, the price in effect");
        database.inTransaction(em -> CatalogueDatabase.catalogue(em)
                .schedulePrice("TEE-M-WHT", "USD", Catalogue.PriceScope.chain(), Catalogue.immediately().plusDays(7), current));
        assertEquals(version + 1, version(), "from next week: kept, should today's price change before then");
    }
}
