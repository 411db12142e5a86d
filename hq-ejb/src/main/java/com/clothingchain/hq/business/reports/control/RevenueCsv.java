package com.clothingchain.hq.business.reports.control;

import com.clothingchain.hq.business.reports.entity.RevenueRow;

import java.io.Writer;
import java.util.List;

/**
 * Daily revenue rows as CSV ({@link SpreadsheetCsv}), amounts with two decimals and a dot, in the currency of the row's
 * last column. The currency came last so that tools reading the earlier columns by position still work.
 */
public final class RevenueCsv {

    public static final String MEDIA_TYPE = SpreadsheetCsv.MEDIA_TYPE;
    public static final List<String> HEADER = List.of("branchCode", "branchName", "businessDate", "revenue", "loss",
            "transactionCount", "revision", "receivedAt", "currency");

    private final SpreadsheetCsv csv;

    public RevenueCsv(Writer out) {
        csv = new SpreadsheetCsv(out, HEADER);
    }

    public void write(RevenueRow row) {
        csv.row(row.getBranchCode(), row.getBranchName(), row.getBusinessDate(), row.getRevenue(), row.getLoss(),
                row.getTransactionCount(), row.getRevision(), row.getReceivedAt(), row.getCurrency());
    }
}
