package com.clothingchain.hq.business.reports.control;

import com.clothingchain.hq.business.reports.entity.RevenueRow;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevenueExportsTest {

    private static final RevenueRow ROW = new RevenueRow("B001", "Smith, \"Main\" & <Co>", "EUR", LocalDate.of(2025, 1, 1),
            new BigDecimal("1234.50"), new BigDecimal("0.05"), 17, 2, Instant.parse("2025-01-02T01:00:00Z"));

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
        var out = new StringWriter();
        new RevenueCsv(out).write(ROW);
        assertEquals(RevenueCsv.HEADER + "\r\nB001,\"Smith, \"\"Main\"\" & <Co>\",2025-01-01,1234.50,0.05,17,2,2025-01-02T01:00:00Z,EUR\r\n",
                out.toString());
        assertEquals("'=SUM(A1)", RevenueCsv.field("=SUM(A1)"));
        assertEquals("\"'-1,2\"", RevenueCsv.field("-1,2"));
    }

    @Test
    void xlsxIsAZipOfWellFormedSpreadsheetParts() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var sheet = new RevenueXlsx(out)) {
            sheet.write(ROW);
            sheet.write(new RevenueRow("B002", "=HYPERLINK(\"http://x\")", "EUR", LocalDate.of(2025, 1, 1),
                    new BigDecimal("1.00"), new BigDecimal("0.00"), 1, 1, Instant.parse("2025-01-02T01:00:00Z")));
        }
        Map<String, Document> parts = new HashMap<>();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes())));
            }
        }
        assertTrue(parts.keySet().containsAll(java.util.List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml")), parts.keySet().toString());
        Document sheet = parts.get("xl/worksheets/sheet1.xml");
        assertEquals(3, sheet.getElementsByTagName("row").getLength(), "a header and two rows");
        String text = sheet.getDocumentElement().getTextContent();
        assertTrue(text.contains("Smith, \"Main\" & <Co>"), text);
        assertTrue(text.contains("45658"), "2025-01-01 as an Excel date serial: " + text);
        assertTrue(text.contains("1234.50"), text);
        assertTrue(text.contains("Currency") && text.contains("EUR"), "each row names its currency: " + text);
        assertTrue(text.contains("'=HYPERLINK"), "a text cell never starts a formula: " + text);
    }
}
