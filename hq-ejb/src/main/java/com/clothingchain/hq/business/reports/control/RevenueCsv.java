package com.clothingchain.hq.business.reports.control;

import com.clothingchain.hq.business.reports.entity.RevenueRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Daily revenue rows as CSV (RFC 4180, comma, CRLF), amounts with two decimals and a dot, in the currency of the
 * row's last column. The currency came last so that tools reading the earlier columns by position still work.
 */
public final class RevenueCsv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String HEADER = "branchCode,branchName,businessDate,revenue,loss,transactionCount,revision,receivedAt,currency";

    private final Writer out;

    public RevenueCsv(Writer out) {
        this.out = out;
        line(HEADER);
    }

    public void write(RevenueRow row) {
        line(String.join(",", field(row.getBranchCode()), field(row.getBranchName()), row.getBusinessDate().toString(),
                row.getRevenue().toPlainString(), row.getLoss().toPlainString(), Integer.toString(row.getTransactionCount()),
                Integer.toString(row.getRevision()), row.getReceivedAt().toString(), field(row.getCurrency())));
    }

    /** Quotes where needed, and defuses text a spreadsheet would run as a formula. */
    static String field(String text) {
        String safe = defused(text);
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** Text a spreadsheet would take for a formula (=, +, -, @, tab, CR first) starts with an apostrophe instead. */
    public static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private void line(String text) {
        try {
            out.write(text);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
