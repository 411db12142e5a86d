package com.clothingchain.hq.business.reports.control;

import com.clothingchain.hq.business.reports.entity.RevenueRow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The cash and tenders report as CSV (RFC 4180, comma, CRLF): per branch and day its currency, revenue, a column per
 * tender (those the filter's reports name, CASH and CARD first), tax total, refunds and cash variance, and the report's
 * version. A version 1 report leaves the till columns empty; so does a tender the report does not name.
 */
public final class CashCsv {

    private final Writer out;
    private final List<String> tenders;

    public CashCsv(Writer out, List<String> tenders) {
        this.out = out;
        this.tenders = List.copyOf(tenders);
        List<String> header = new ArrayList<>(List.of("branchCode", "branchName", "businessDate", "currency", "revenue"));
        tenders.forEach(code -> header.add("tender:" + code));
        header.addAll(List.of("taxTotal", "refunds", "cashVariance", "reportVersion"));
        line(String.join(",", header));
    }

    public void write(RevenueRow row) {
        List<String> cells = new ArrayList<>(List.of(RevenueCsv.field(row.getBranchCode()), RevenueCsv.field(row.getBranchName()),
                row.getBusinessDate().toString(), RevenueCsv.field(row.getCurrency()), row.getRevenue().toPlainString()));
        tenders.forEach(code -> cells.add(amount(row.tender(code))));
        cells.add(amount(row.getTaxTotal()));
        cells.add(amount(row.getRefunds()));
        cells.add(amount(row.getCashVariance()));
        cells.add(Integer.toString(row.getReportVersion()));
        line(String.join(",", cells));
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
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
