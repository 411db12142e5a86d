package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.merchandise.control.MerchandiseReports;
import com.clothingchain.hq.business.merchandise.entity.VariantCheck;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.reports.entity.RevenueRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * How a daily report's row compares with the same branch-date's per-variant figures, for the daily revenue table: read
 * per business date on the page (one query per date shown, within one request).
 */
@Named("variantChecks")
@RequestScoped
public class VariantChecks {

    @Inject
    MerchandiseReports reports;

    private final Map<LocalDate, Map<String, VariantCheck>> byDate = new HashMap<>();

    /** The check of the row's branch-date, or null when that branch sent no per-variant figures for it. */
    public VariantCheck of(RevenueRow row) {
        return byDate.computeIfAbsent(row.getBusinessDate(), date -> reports.checksByKey(new RevenueFilter(date, date, null)))
                .get(row.getBranchCode() + " " + row.getBusinessDate());
    }
}
