package com.clothingchain.hq.business.reports.control;

import com.clothingchain.hq.business.reports.entity.RevenueRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Daily revenue rows as an Excel workbook (.xlsx, one sheet "Daily revenue"), with Apache POI's streaming SXSSF (as
 * the catalogue export): only the last 100 rows in memory, the rest in a compressed temporary file until
 * {@link #close()} writes the workbook. Dates are dates, amounts numbers with two decimals, names text (never a formula).
 */
public final class RevenueXlsx implements AutoCloseable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] HEADER = {"Branch", "Name", "Business date", "Currency", "Revenue", "Loss", "Transactions",
            "Revision"};

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final SXSSFSheet sheet;
    private final CellStyle date;
    private final CellStyle money;
    private int next;

    public RevenueXlsx(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet("Daily revenue");
        DataFormat formats = workbook.createDataFormat();
        date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        money = workbook.createCellStyle();
        money.setDataFormat(formats.getFormat("#,##0.00"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(next++);
        for (int i = 0; i < HEADER.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(HEADER[i]);
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    public void write(RevenueRow row) {
        Row line = sheet.createRow(next++);
        line.createCell(0).setCellValue(row.getBranchCode());
        line.createCell(1).setCellValue(row.getBranchName());
        Cell businessDate = line.createCell(2);
        businessDate.setCellValue(row.getBusinessDate());
        businessDate.setCellStyle(date);
        line.createCell(3).setCellValue(row.getCurrency());
        amount(line, 4, row.getRevenue());
        amount(line, 5, row.getLoss());
        line.createCell(6).setCellValue(row.getTransactionCount());
        line.createCell(7).setCellValue(row.getRevision());
    }

    /** A spreadsheet holds numbers as doubles; two decimals of an amount below 10^13 survive exactly. */
    private void amount(Row line, int column, BigDecimal value) {
        Cell cell = line.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(money);
    }

    /** Writes the workbook and deletes the temporary file. */
    @Override
    public void close() {
        try (workbook) {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
