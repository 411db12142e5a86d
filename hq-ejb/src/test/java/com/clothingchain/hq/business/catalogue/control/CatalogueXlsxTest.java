package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.hq.business.catalogue.entity.StyleInput.VariantInput;
import com.clothingchain.shared.problem.Problem;
import com.clothingchain.shared.problem.ProblemException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueXlsxTest {

    /**
     * As a merchandiser types it: barcodes as numbers (13 digits: Excel shows 5.90123E+12), one zero-padded by its
     * cell format, prices as numbers, a TRUE/FALSE cell, an empty row, and a price that is no number on row 6.
     */
    static byte[] workbook() throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Import");
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not read");
            CellStyle padded = workbook.createCellStyle();
            padded.setDataFormat(workbook.createDataFormat().getFormat("000000000000"));
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            text(sheet.createRow(0), "Style_Code", "style_name", "category", "sku", "barcode", "size", "colour", "active",
                    "currency", "price");
            Row tee = text(sheet.createRow(1), "TEE", "Crew tee", "TOPS", "TEE-S-WHT", null, "S", "white", null, "USD");
            tee.createCell(4).setCellValue(5901234123457d);
            tee.createCell(9).setCellValue(19.9);
            Row eur = text(sheet.createRow(2), "TEE", "Crew tee", "TOPS", "TEE-S-WHT", "5901234123457", "S", "white", null, "EUR");
            eur.createCell(9).setCellValue(18.5);
            eur.getCell(9).setCellStyle(twoDecimals);
            Row upc = text(sheet.createRow(4), "TEE", "Crew tee", "TOPS", "TEE-M-WHT", null, "M", "white", null, "USD");
            upc.createCell(4).setCellValue(36000291452d);
            upc.getCell(4).setCellStyle(padded);
            upc.createCell(7).setCellValue(false);
            upc.createCell(9).setCellValue(19.999);
            upc.getCell(9).setCellStyle(twoDecimals);
            text(sheet.createRow(5), "JNS", "Jeans, straight", "BOTTOMS", "JNS-32-BLU", "96385074", "32", "blue", null, "USD", "abc");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Row text(Row row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
        return row;
    }

    @Test
    void theFirstSheetsRowsBecomeStylesAsFromCsvWithNumbersAsTheirDigits() throws IOException {
        CatalogueCsv.Parsed parsed = CatalogueXlsx.read(new ByteArrayInputStream(workbook()));
        assertEquals(4, parsed.rows(), "the empty row is no row, the other sheet is not read");
        assertEquals(2, parsed.styles().size());
        CatalogueCsv.ImportedStyle tee = parsed.styles().get(0);
        assertEquals("TEE", tee.code());
        VariantInput small = tee.input().variants().get(0);
        assertEquals("5901234123457", small.barcode(), "a barcode typed as a number, all its digits");
        assertEquals(new BigDecimal("19.9"), small.prices().get(0).price());
        assertEquals(new BigDecimal("18.50"), small.prices().get(1).price(), "as the cell shows it");
        assertEquals("EUR", small.prices().get(1).currency());
        assertTrue(small.active());
        VariantInput medium = tee.input().variants().get(1);
        assertEquals("036000291452", medium.barcode(), "zero-padded by its cell's format");
        assertFalse(medium.active(), "a FALSE cell");
        assertEquals(new BigDecimal("19.999"), medium.prices().get(0).price(), "the value, not 20.00 as shown: the rules refuse it");
        assertEquals("Jeans, straight", parsed.styles().get(1).input().name());
    }

    @Test
    void refusalsAreNamedByTheRowTheSpreadsheetShows() throws IOException {
        CatalogueCsv.Parsed parsed = CatalogueXlsx.read(new ByteArrayInputStream(workbook()));
        assertEquals(1, parsed.refusals().size());
        assertEquals("rows[6].price", parsed.refusals().get(0).problem().field(), "row 6, after the empty row 4");
        CatalogueCsv.ImportedStyle tee = parsed.styles().get(0);
        assertEquals("rows[5].barcode", tee.inFile(new Problem(409, "Conflict", "taken", "variants[1].barcode", null)).problem().field());
        assertEquals("rows[3].price", tee.inFile(new Problem(400, "Bad Request", "bad", "variants[0].prices[1].price", null)).problem().field());
    }

    @Test
    void aSheetWithoutTheRequiredColumnsIsRefusedAsAWhole() throws IOException {
        byte[] file;
        try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            text(workbook.createSheet().createRow(2), "sku", "price");
            workbook.write(out);
            file = out.toByteArray();
        }
        ProblemException refused = assertThrows(ProblemException.class, () -> CatalogueXlsx.read(new ByteArrayInputStream(file)));
        assertEquals("file", refused.problem().field());
        assertTrue(refused.problem().detail().contains("missing: style_code, style_name, category, barcode, size, colour"),
                refused.problem().detail());
    }

    @Test
    void anEmptyWorkbookOrOneWithoutSheetsIsMissingEveryColumn() throws IOException {
        byte[] file;
        try (Workbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet();
            workbook.write(out);
            file = out.toByteArray();
        }
        assertEquals("file", assertThrows(ProblemException.class,
                () -> CatalogueXlsx.read(new ByteArrayInputStream(file))).problem().field());
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws IOException {
        byte[] workbook = workbook();
        byte[] garbled = workbook.clone();
        for (int i = 200; i < garbled.length; i += 7) {
            garbled[i] ^= 0x5A;
        }
        for (byte[] notAWorkbook : List.of("style_code,sku\nTEE,TEE-S\n".getBytes(StandardCharsets.UTF_8), new byte[0],
                new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0},
                Arrays.copyOf(workbook, workbook.length / 2), garbled)) {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> CatalogueXlsx.read(new ByteArrayInputStream(notAWorkbook)));
            assertEquals(400, refused.problem().status());
            assertEquals("file", refused.problem().field());
            assertTrue(refused.problem().detail().startsWith("The file is not a readable Excel workbook (.xlsx)"),
                    refused.problem().detail());
        }
    }
}
