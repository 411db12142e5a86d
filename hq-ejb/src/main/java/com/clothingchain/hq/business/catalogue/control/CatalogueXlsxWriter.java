package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.hq.business.catalogue.entity.CatalogueRow;
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
import java.util.List;

/**
 * Catalogue rows as an Excel workbook (.xlsx, one sheet "Catalogue"), with Apache POI's streaming SXSSF: only the
 * last 100 rows are in memory, the others in a compressed temporary file until {@link #finish()} writes the
 * workbook. Every cell is text (a spreadsheet never runs it, and a barcode keeps its leading zeros), but the price,
 * a number with two decimals.
 */
final class CatalogueXlsxWriter implements CatalogueRowWriter {

    private static final int PRICE = CatalogueCsv.COLUMNS.indexOf("price");
    private static final int BARCODE = CatalogueCsv.COLUMNS.indexOf("barcode");

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
    private final SXSSFSheet sheet;
    private final CellStyle text;
    private final CellStyle money;
    private int next;

    CatalogueXlsxWriter(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet("Catalogue");
        DataFormat formats = workbook.createDataFormat();
        text = workbook.createCellStyle();
        text.setDataFormat(formats.getFormat("@"));
        money = workbook.createCellStyle();
        money.setDataFormat(formats.getFormat("0.00"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        // A barcode typed into a new row stays text too, with its leading zeros.
        sheet.setDefaultColumnStyle(BARCODE, text);
        Row header = sheet.createRow(next++);
        for (int i = 0; i < CatalogueCsv.COLUMNS.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(CatalogueCsv.COLUMNS.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void write(CatalogueRow row) {
        Row line = sheet.createRow(next++);
        List<String> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) == null) {
                continue;
            }
            Cell cell = line.createCell(i);
            if (i == PRICE) {
                cell.setCellValue(row.price().doubleValue());
                cell.setCellStyle(money);
            } else {
                cell.setCellValue(cells.get(i));
                cell.setCellStyle(text);
            }
        }
    }

    @Override
    public void finish() {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Also deletes the temporary file (POI 5.5's close() disposes of it). */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
