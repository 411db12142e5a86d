package com.clothingchain.hq.business.reports.control;

import com.clothingchain.hq.business.reports.entity.RevenueRow;
import org.junit.jupiter.api.Test;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevenueExportsTest {

    private static final RevenueRow ROW = new RevenueRow("B001", "Smith, \"Main\" & <Co>", "EUR", LocalDate.of(2025, 1, 1),
            new BigDecimal("1234.50"), new BigDecimal("0.05"), 17, 2, Instant.parse("2025-01-02T01:00:00Z"));

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
        var out = new StringWriter();
        new RevenueCsv(out).write(ROW);
        assertEquals(String.join(",", RevenueCsv.HEADER) + "\r\nB001,\"Smith, \"\"Main\"\" & <Co>\",2025-01-01,1234.50,0.05,17,2,2025-01-02T01:00:00Z,EUR\r\n",
                out.toString());
        var cells = new StringWriter();
        new SpreadsheetCsv(cells, List.of("a", "b", "c", "d")).row("=SUM(A1)", "-1,2", null, new BigDecimal("1E+3"));
        assertEquals("a,b,c,d\r\n'=SUM(A1),\"'-1,2\",,1000\r\n", cells.toString());
    }

    /** Read back by POI's strict reader, and every cell of the sheet's XML names its reference (ExcelJS refuses one without). */
    @Test
    void xlsxReadsBackCellByCellWithReferences() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var sheet = new RevenueXlsx(out)) {
            sheet.write(ROW);
            sheet.write(new RevenueRow("B002", "=HYPERLINK(\"http://x\")", "EUR", LocalDate.of(2025, 1, 1),
                    new BigDecimal("1.00"), new BigDecimal("0.00"), 1, 1, Instant.parse("2025-01-02T01:00:00Z")));
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet("Daily revenue");
            assertEquals(2, sheet.getLastRowNum(), "a header and two rows");
            assertEquals(List.of("Branch", "Name", "Business date", "Currency", "Revenue", "Loss", "Transactions", "Revision"),
                    java.util.stream.StreamSupport.stream(sheet.getRow(0).spliterator(), false).map(Cell::getStringCellValue).toList());
            var row = sheet.getRow(1);
            assertEquals("Smith, \"Main\" & <Co>", row.getCell(1).getStringCellValue());
            assertEquals(LocalDate.of(2025, 1, 1), row.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(2)), "a date, formatted as one");
            assertEquals("EUR", row.getCell(3).getStringCellValue());
            assertEquals(new BigDecimal("1234.50"), BigDecimal.valueOf(row.getCell(4).getNumericCellValue()).setScale(2));
            assertEquals("#,##0.00", row.getCell(4).getCellStyle().getDataFormatString());
            assertEquals(17, (int) row.getCell(6).getNumericCellValue());
            assertEquals(CellType.STRING, sheet.getRow(2).getCell(1).getCellType(), "text that looks like a formula stays text");
        }
        var file = java.nio.file.Files.createTempFile("revenue", ".xlsx");
        try (var zip = new java.util.zip.ZipFile(java.nio.file.Files.write(file, out.toByteArray()).toFile())) {
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")));
            var cells = xml.getElementsByTagName("c");
            assertEquals(3 * 8, cells.getLength());
            for (int i = 0; i < cells.getLength(); i++) {
                assertTrue(((org.w3c.dom.Element) cells.item(i)).getAttribute("r").matches("[A-H][1-3]"), "cell " + i + " has its reference");
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
