package com.clothingchain.hq.business.reports.control;

import com.clothingchain.hq.business.reports.entity.RevenueRow;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The cash and tenders report as CSV ({@link SpreadsheetCsv}): per branch and day its currency, revenue, a column per
 * tender (those the filter's reports name, CASH and CARD first), tax total, refunds and cash variance, and the report's
 * version. A version 1 report leaves the till columns empty; so does a tender the report does not name.
 */
public final class CashCsv {

    private final SpreadsheetCsv csv;
    private final List<String> tenders;

    public CashCsv(Writer out, List<String> tenders) {
        this.tenders = List.copyOf(tenders);
        List<String> header = new ArrayList<>(List.of("branchCode", "branchName", "businessDate", "currency", "revenue"));
        tenders.forEach(code -> header.add("tender:" + code));
        header.addAll(List.of("taxTotal", "refunds", "cashVariance", "reportVersion"));
        csv = new SpreadsheetCsv(out, header);
    }

    public void write(RevenueRow row) {
        List<Object> cells = new ArrayList<>(List.of(row.getBranchCode(), row.getBranchName(), row.getBusinessDate(),
                row.getCurrency(), row.getRevenue()));
        tenders.forEach(code -> cells.add(row.tender(code)));
        cells.add(row.getTaxTotal());
        cells.add(row.getRefunds());
        cells.add(row.getCashVariance());
        cells.add(row.getReportVersion());
        csv.row(cells.toArray());
    }
}
