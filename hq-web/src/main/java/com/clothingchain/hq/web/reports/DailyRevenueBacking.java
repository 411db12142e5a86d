package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.reports.entity.Totals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The daily revenue table: filtered by dates and branch, sorted and paged in the database, with totals per currency
 * and exports.
 */
@Named
@ViewScoped
public class DailyRevenueBacking extends ReportFilterBacking {

    private static final long serialVersionUID = 1L;

    private List<Totals> totals = List.of();

    @Override
    protected void load(RevenueFilter applied) {
        totals = reports.totals(applied);
    }

    /** The export of the applied filter, as a link relative to this page. */
    public String exportLink(String format) {
        return "daily-revenue-export?" + exportQuery() + "&format=" + format;
    }

    /** One line per currency present, in currency order. */
    public List<Totals> getTotals() {
        return totals;
    }
}
