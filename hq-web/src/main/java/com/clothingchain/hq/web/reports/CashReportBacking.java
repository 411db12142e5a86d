package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.entity.CashTotals;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.tills.control.Tills;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cash and tenders: per branch and day the revenue, each tender's amount, tax, refunds and cash variance (non-zero
 * variance highlighted), filtered by dates and branch, paged in the database (the page's tender amounts in one query),
 * with sums per currency and a CSV export.
 */
@Named
@ViewScoped
public class CashReportBacking extends ReportFilterBacking {

    private static final long serialVersionUID = 1L;

    @Inject
    Tills tills;

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

    /** A tender's column heading: its name at HQ, or its code for one HQ does not know. */
    public String tenderName(String code) {
        return tenderNames.getOrDefault(code, code);
    }

    public List<CashTotals> getTotals() {
        return totals;
    }

    /** The tenders the filter's reports name: CASH and CARD first, then the others by code. */
    public List<String> getTenderColumns() {
        return tenderColumns;
    }
}
