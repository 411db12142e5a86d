package com.clothingchain.hq.business.merchandise.control;

import com.clothingchain.contract.VariantDayRecord;
import com.clothingchain.hq.business.merchandise.entity.VariantRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Sales by variant as CSV (RFC 4180, comma, CRLF), as the daily revenue's: amounts with two decimals and a dot, in the
 * currency of the last column; text a spreadsheet would run as a formula starts with an apostrophe.
 */
public final class VariantCsv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String HEADER = "branchCode,businessDate,sku,sold,soldAmount,returned,returnedAmount,lost,lossValue,"
            + "onHand,revision,receivedAt,currency";

    private final Writer out;

    public VariantCsv(Writer out) {
        this.out = out;
        line(HEADER);
    }

    public void write(VariantRow row) {
        VariantDayRecord r = row.record();
        line(String.join(",", field(r.branchCode()), r.businessDate().toString(), field(r.sku()), Integer.toString(r.sold()),
                r.soldAmount().toPlainString(), Integer.toString(r.returned()), r.returnedAmount().toPlainString(),
                Integer.toString(r.lost()), r.lossValue().toPlainString(), Integer.toString(r.onHand()),
                Integer.toString(r.revision()), r.receivedAt().toString(), field(row.currency())));
    }

    static String field(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
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
