package com.clothingchain.hq.business.merchandise.control;

import com.clothingchain.hq.business.merchandise.entity.RankedUnits;
import com.clothingchain.hq.business.merchandise.entity.Ranking;
import com.clothingchain.hq.business.reports.control.SpreadsheetCsv;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A best and worst sellers ranking as a file, in its order with its rank: CSV ({@link SpreadsheetCsv}) or an Excel workbook (Apache POI; units and rates are
 * numbers, an undefined rate an empty cell, names text).
 */
public final class RankingFile {

    public static final String CSV = SpreadsheetCsv.MEDIA_TYPE;
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final List<String> COLUMNS = List.of("rank", "key", "name", "group", "sold", "returned", "netSold", "lost", "onHand",
            "sellThroughPercent", "returnRatePercent");

    private RankingFile() {
    }

    public static void csv(List<RankedUnits> rows, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        var csv = new SpreadsheetCsv(writer, COLUMNS);
        for (int i = 0; i < rows.size(); i++) {
            csv.row(cells(i + 1, rows.get(i)).toArray());
        }
        writer.flush();
    }

    /** The workbook's one sheet is named after what is ranked ("Styles", "Categories"...), its header in words. */
    public static void xlsx(Ranking by, List<RankedUnits> rows, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = workbook.createSheet(by.plural());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            List<String> header = List.of("Rank", by.label(), "Name", by == Ranking.STYLE ? "Category" : "", "Sold", "Returned",
                    "Net sold", "Written off", "On hand", "Sell-through %", "Return rate %");
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < rows.size(); i++) {
                Row line = sheet.createRow(i + 1);
                List<Object> cells = cells(i + 1, rows.get(i));
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof String text) {
                        line.createCell(c).setCellValue(text);
                    } else if (value instanceof BigDecimal rate) {
                        Cell cell = line.createCell(c);
                        cell.setCellValue(rate.doubleValue());
                        cell.setCellStyle(percent);
                    } else if (value instanceof Number number) {
                        line.createCell(c).setCellValue(number.longValue());
                    }
                }
            }
            workbook.write(out);
        }
    }

    /** The row's cells in {@link #COLUMNS}' order; null where there is nothing (no group, an undefined rate). */
    private static List<Object> cells(int rank, RankedUnits r) {
        return new ArrayList<>(Arrays.asList(rank, r.key(), r.name(), r.group(), r.sold(), r.returned(), r.netSold(), r.lost(),
                r.onHand(), r.sellThrough(), r.returnRate()));
    }
}
