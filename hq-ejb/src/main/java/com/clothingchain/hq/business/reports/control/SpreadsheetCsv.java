package com.clothingchain.hq.business.reports.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A report written as CSV for people who open it in a spreadsheet, with Apache Commons CSV (RFC 4180: comma, CRLF,
 * quoted where needed): text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) starts with an apostrophe,
 * amounts are plain (never 1E+3), null is an empty cell. The header is written at once; the caller flushes.
 */
public final class SpreadsheetCsv {

    public static final String MEDIA_TYPE = "text/csv";

    private final CSVPrinter printer;

    public SpreadsheetCsv(Writer out, List<String> header) {
        try {
            printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(SpreadsheetCsv::cell));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object cell(Object value) {
        if (value instanceof String text) {
            return defused(text);
        }
        return value instanceof BigDecimal amount ? amount.toPlainString() : value;
    }

    static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
