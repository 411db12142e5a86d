package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.hq.business.catalogue.entity.CatalogueRow;
import com.clothingchain.hq.business.catalogue.entity.StyleInput;
import com.clothingchain.hq.business.catalogue.entity.StyleInput.PriceInput;
import com.clothingchain.hq.business.catalogue.entity.StyleInput.VariantInput;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an export writes, read back by the import's readers: the same styles, from CSV and from a workbook. */
class CatalogueFileWritersTest {

    static final String AWKWARD = "=1+1, \"quoted\"\nand Café";

    /** Two styles as an export gives them: a style's first variant carries the style's flag. */
    static final List<CatalogueRow> ROWS = List.of(
            row("JNS", "Jeans, straight", "BOTTOMS", null, AWKWARD, "JNS-32-BLU", "96385074", "32", "blue", true, "EUR", "49.00"),
            row("JNS", "Jeans, straight", "BOTTOMS", null, AWKWARD, "JNS-32-BLU", "96385074", "32", "blue", true, "USD", "59.90"),
            row("JNS", "Jeans, straight", "BOTTOMS", null, AWKWARD, "JNS-34-BLU", "036000291452", "34", "blue", false, "USD", "59.90"),
            row("JNS", "Jeans, straight", "BOTTOMS", null, AWKWARD, "JNS-36-BLU", "4006381333931", "36", "blue", true, null, null),
            row("TEE", "Crew tee", "TOPS", "SS27", null, "TEE-S-WHT", "5901234123457", "S", "white", false, "USD", "1000000.00"),
            row("TEE", "Crew tee", "TOPS", "SS27", null, "TEE-M-WHT", "2000000000008", "M", "white", true, "USD", "0.01"));

    static final List<StyleInput> STYLES = List.of(
            new StyleInput("Jeans, straight", "BOTTOMS", null, AWKWARD, true, List.of(
                    new VariantInput("JNS-32-BLU", "96385074", "32", "blue", true,
                            List.of(price("EUR", "49.00"), price("USD", "59.90"))),
                    new VariantInput("JNS-34-BLU", "036000291452", "34", "blue", false, List.of(price("USD", "59.90"))),
                    new VariantInput("JNS-36-BLU", "4006381333931", "36", "blue", true, List.of()))),
            new StyleInput("Crew tee", "TOPS", "SS27", null, false, List.of(
                    new VariantInput("TEE-S-WHT", "5901234123457", "S", "white", false, List.of(price("USD", "1000000.00"))),
                    new VariantInput("TEE-M-WHT", "2000000000008", "M", "white", true, List.of(price("USD", "0.01"))))));

    private static CatalogueRow row(String style, String name, String category, String season, String description,
                                    String sku, String barcode, String size, String colour, boolean active,
                                    String currency, String price) {
        return new CatalogueRow(style, name, category, season, description, sku, barcode, size, colour, active, currency,
                price == null ? null : new BigDecimal(price));
    }

    private static PriceInput price(String currency, String amount) {
        return new PriceInput(currency, new BigDecimal(amount));
    }

    static byte[] written(Function<ByteArrayOutputStream, CatalogueRowWriter> format) {
        var out = new ByteArrayOutputStream();
        try (CatalogueRowWriter file = format.apply(out)) {
            ROWS.forEach(file::write);
            file.finish();
        }
        return out.toByteArray();
    }

    private static void assertSameStyles(CatalogueCsv.Parsed parsed) {
        assertEquals(List.of(), parsed.refusals());
        assertEquals(ROWS.size(), parsed.rows());
        assertEquals(List.of("JNS", "TEE"), parsed.styles().stream().map(CatalogueCsv.ImportedStyle::code).toList());
        assertEquals(STYLES, parsed.styles().stream().map(CatalogueCsv.ImportedStyle::input).toList());
        assertEquals(List.of(2, 4, 5), parsed.styles().get(0).variantRows(), "rows numbered as in the file");
    }

    @Test
    void csvReadsBackAsTheSameStyles() {
        String csv = new String(written(CatalogueCsvWriter::new), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith(String.join(",", CatalogueCsv.COLUMNS) + "\r\n"), csv);
        assertTrue(csv.contains("TEE,Crew tee,TOPS,SS27,,TEE-S-WHT,5901234123457,S,white,false,USD,1000000.00\r\n"), csv);
        assertTrue(csv.contains(",JNS-36-BLU,4006381333931,36,blue,true,,\r\n"), "no price, no currency: " + csv);
        assertSameStyles(CatalogueCsv.read(new StringReader(csv)));
    }

    @Test
    void xlsxReadsBackAsTheSameStyles() {
        assertSameStyles(CatalogueXlsx.read(new ByteArrayInputStream(written(CatalogueXlsxWriter::new))));
    }

    @Test
    void theWorkbookHasTheHeaderRowTextCellsAndPricesAsNumbers() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(written(CatalogueXlsxWriter::new)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Catalogue", sheet.getSheetName());
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(CatalogueCsv.COLUMNS, header);
            assertEquals(ROWS.size(), sheet.getLastRowNum());
            Row tee = sheet.getRow(5);
            assertEquals(CellType.STRING, tee.getCell(6).getCellType(), "a barcode is text");
            assertEquals("5901234123457", tee.getCell(6).getStringCellValue());
            assertEquals(CellType.NUMERIC, tee.getCell(11).getCellType());
            assertEquals(1_000_000.0, tee.getCell(11).getNumericCellValue());
            assertEquals("0.00", tee.getCell(11).getCellStyle().getDataFormatString());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(4).getCellType(), "text a spreadsheet would run is no formula");
            assertEquals(AWKWARD, sheet.getRow(1).getCell(4).getStringCellValue());
            assertNull(sheet.getRow(4).getCell(10), "no currency, no cell");
        }
    }
}
