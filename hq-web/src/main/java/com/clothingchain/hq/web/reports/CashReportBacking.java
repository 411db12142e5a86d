package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.entity.CashTotals;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.tills.control.TillSessions;
import com.clothingchain.hq.business.tills.control.Tills;
import com.clothingchain.hq.business.tills.entity.ClerkVariance;
import com.clothingchain.hq.business.tills.entity.SessionFilter;
import com.clothingchain.hq.business.tills.entity.SessionRow;
import com.clothingchain.shared.pages.LazyRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cash and tenders: per branch and day the revenue, each tender's amount, tax, refunds and cash variance (non-zero
 * variance highlighted), filtered by dates and branch, paged in the database (the page's tender amounts in one query),
 * with sums per currency and a CSV export. Below, the variances per clerk (per branch and clerk: sessions, total and
 * largest cash variance) over the same filter, and the till sessions behind them (of one clerk once chosen), each
 * grouped and paged in the database, the sessions exported as CSV ({@code cash-export?part=sessions}).
 */
@Named
@ViewScoped
public class CashReportBacking extends ReportFilterBacking {

    private static final long serialVersionUID = 1L;

    @Inject
    Tills tills;

    @Inject
    TillSessions sessions;

    private String clerk;
    private final LazyRows<ClerkVariance> clerks = new LazyRows<>(() -> sessions.clerkCount(sessionFilter(null)),
            (first, size) -> sessions.perClerk(sessionFilter(null), first, size), row -> row.branchCode() + "/" + row.clerk());
    private final LazyRows<SessionRow> sessionRows = new LazyRows<>(() -> sessions.sessionCount(sessionFilter(clerk)),
            (first, size) -> sessions.sessions(sessionFilter(clerk), first, size),
            row -> row.branchCode() + "/" + row.session().zNumber());
    private List<CashTotals> totals = List.of();
    private List<String> tenderColumns = List.of();
    private final Map<String, String> tenderNames = new HashMap<>();

    @Override
    protected void load(RevenueFilter applied) {
        if (tenderNames.isEmpty()) {
            tills.tenders().forEach(t -> tenderNames.put(t.getCode(), t.getName()));
        }
        totals = reports.cashTotals(applied);
        tenderColumns = RevenueReports.tenderColumns(totals);
    }

    /** The CSV export of the applied filter, as a link relative to this page. */
    public String exportLink() {
        return "cash-export?" + exportQuery();
    }

    /** The sessions' CSV export of the applied filter and clerk, as a link relative to this page. */
    public String sessionsExportLink() {
        return "cash-export?part=sessions&" + exportQuery() + (clerk == null ? "" : "&clerk=" + URLEncoder.encode(clerk, StandardCharsets.UTF_8));
    }

    private SessionFilter sessionFilter(String ofClerk) {
        return new SessionFilter(applied(), ofClerk);
    }

    /** A tender's column heading: its name at HQ, or its code for one HQ does not know. */
    public String tenderName(String code) {
        return tenderNames.getOrDefault(code, code);
    }

    public LazyRows<ClerkVariance> getClerks() {
        return clerks;
    }

    public LazyRows<SessionRow> getSessionRows() {
        return sessionRows;
    }

    /** The clerk whose sessions are listed; all clerks' when none. */
    public String getClerk() {
        return clerk;
    }

    public void setClerk(String clerk) {
        this.clerk = clerk == null || clerk.isBlank() ? null : clerk.trim();
    }

    public List<CashTotals> getTotals() {
        return totals;
    }

    /** The tenders the filter's reports name: CASH and CARD first, then the others by code. */
    public List<String> getTenderColumns() {
        return tenderColumns;
    }
}
