package com.clothingchain.hq.business.reports.control;

import com.clothingchain.hq.business.reports.entity.RevenueRow;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Daily revenue rows as an Excel workbook (.xlsx, one sheet), written as they come: the smallest valid
 * SpreadsheetML package, so that no spreadsheet library is needed and no row is held in memory.
 */
public final class RevenueXlsx implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] HEADER = {"Branch", "Name", "Business date", "Currency", "Revenue", "Loss", "Transactions",
            "Revision"};

    private final ZipOutputStream zip;
    private int rowNumber;

    public RevenueXlsx(OutputStream out) {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>""");
        entry("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>""");
        entry("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="Daily revenue" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        entry("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                </Relationships>""");
        // Style 1: a date (built-in format 14); style 2: money with two decimals (built-in format 4, #,##0.00).
        entry("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
                <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                </styleSheet>""");
        try {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        StringBuilder header = new StringBuilder("<row r=\"1\">");
        for (String title : HEADER) {
            header.append(inline(title));
        }
        text(header.append("</row>").toString());
        rowNumber = 1;
    }

    public void write(RevenueRow row) {
        rowNumber++;
        // Excel counts days from 1899-12-30.
        long serialDate = row.getBusinessDate().toEpochDay() + 25_569;
        text("<row r=\"" + rowNumber + "\">" + inline(row.getBranchCode()) + inline(row.getBranchName())
                + "<c s=\"1\"><v>" + serialDate + "</v></c>" + inline(row.getCurrency())
                + "<c s=\"2\"><v>" + row.getRevenue().toPlainString() + "</v></c>"
                + "<c s=\"2\"><v>" + row.getLoss().toPlainString() + "</v></c>"
                + "<c><v>" + row.getTransactionCount() + "</v></c>"
                + "<c><v>" + row.getRevision() + "</v></c></row>");
    }

    @Override
    public void close() {
        text("</sheetData></worksheet>");
        try {
            zip.closeEntry();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String inline(String text) {
        String escaped = RevenueCsv.defused(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return "<c t=\"inlineStr\"><is><t>" + escaped + "</t></is></c>";
    }

    private void entry(String name, String content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(String content) {
        try {
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
