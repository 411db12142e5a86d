package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.hq.business.catalogue.entity.CatalogueRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Catalogue rows as CSV (UTF-8, RFC 4180: comma, CRLF, quoted where needed), written as they come. Text is written as
 * it is, not defused for spreadsheets (no apostrophe before a leading =), so that the file imports back unchanged;
 * the .xlsx export is the one to open in a spreadsheet.
 */
final class CatalogueCsvWriter implements CatalogueRowWriter {

    private final CSVPrinter csv;

    CatalogueCsvWriter(OutputStream out) {
        try {
            csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.DEFAULT.builder().setHeader(CatalogueCsv.COLUMNS.toArray(String[]::new)).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(CatalogueRow row) {
        try {
            csv.printRecord(row.cells());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves the stream open: it is the caller's. */
    @Override
    public void close() {
    }
}
