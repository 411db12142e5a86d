package com.clothingchain.hq.business.reports.control;

import com.clothingchain.hq.business.tills.entity.SessionRow;

import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The till sessions behind the cash report as CSV ({@link SpreadsheetCsv}): per session its branch, currency, date, Z
 * number, till, clerk, who counted it, when it opened and closed, float, paid-in, paid-out, cash variance, every
 * tender's variance ({@code CARD 0.00; CASH -0.05}) and the approval of a variance, if any.
 */
public final class SessionsCsv {

    private final SpreadsheetCsv csv;

    public SessionsCsv(Writer out) {
        csv = new SpreadsheetCsv(out, List.of("branchCode", "currency", "businessDate", "zNumber", "till", "clerk", "closedBy",
                "openedAt", "closedAt", "openingFloat", "paidIn", "paidOut", "cashVariance", "tenderVariances", "approvedBy",
                "approvalReason"));
    }

    public void write(SessionRow row) {
        var s = row.session();
        csv.row(row.branchCode(), row.currency(), s.businessDate(), s.zNumber(), s.till(), s.clerk(), s.closedBy(), s.openedAt(),
                s.closedAt(), s.openingFloat(), s.paidIn(), s.paidOut(), row.cashVariance(),
                s.tenders().stream().map(t -> t.tender() + " " + t.variance().toPlainString()).collect(Collectors.joining("; ")),
                s.approval() == null ? null : s.approval().approvedBy(), s.approval() == null ? null : s.approval().reason());
    }
}
