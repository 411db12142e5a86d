package com.clothingchain.hq.web;

import com.clothingchain.hq.business.merchandise.control.MerchandiseReports;
import com.clothingchain.hq.business.merchandise.entity.CheckCounts;
import com.clothingchain.hq.business.merchandise.entity.CheckStatus;
import com.clothingchain.hq.business.merchandise.entity.VariantCheck;
import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.entity.DayStatus;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.reports.entity.RevenueRow;
import com.clothingchain.hq.business.reports.entity.RevenueSort;
import com.clothingchain.hq.web.support.ChartJs;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dashboard: the latest complete business date (see {@link RevenueReports#latestCompleteDate()}), the
 * day after it while branches are still reporting, and the chain's last 30 days.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    static final int CHART_DAYS = 30;
    static final int TILL_DAYS = 7;
    static final int TILL_ROWS = 12;

    static final int CHECK_ROWS = 10;

    @Inject
    RevenueReports reports;

    @Inject
    MerchandiseReports merchandise;

    private CheckCounts checkCounts;
    private List<VariantCheck> mismatches;

    private DayStatus complete;
    private DayStatus pending;
    private String chart;
    private LocalDate chartFrom;
    private LocalDate chartTo;
    private List<RevenueRow> tills;

    @PostConstruct
    void load() {
        LocalDate yesterday = LocalDate.now(Clock.systemUTC()).minusDays(1);
        Optional<LocalDate> latest = reports.latestCompleteDate();
        complete = latest.map(reports::dayStatus).orElse(null);
        LocalDate next = latest.map(date -> date.plusDays(1)).orElse(yesterday);
        if (!next.isAfter(yesterday)) {
            pending = reports.dayStatus(next);
        }
        chartTo = latest.filter(date -> date.isAfter(yesterday)).orElse(yesterday);
        chartFrom = chartTo.minusDays(CHART_DAYS - 1L);
        chart = ChartJs.revenueAndLoss(reports.dailyTotals(new RevenueFilter(chartFrom, chartTo, null)), chartFrom, chartTo);
        // up to tomorrow: a branch east of UTC may have closed a date that is still tomorrow here
        LocalDate tomorrow = yesterday.plusDays(2);
        tills = reports.page(new RevenueFilter(tomorrow.minusDays(TILL_DAYS), tomorrow, null), 0, TILL_ROWS, RevenueSort.DATE, false)
                .stream().filter(row -> row.getReportVersion() > 1).toList();
        RevenueFilter checked = new RevenueFilter(tomorrow.minusDays(CHART_DAYS), tomorrow, null);
        checkCounts = merchandise.checkCounts(checked);
        List<VariantCheck> wrong = new ArrayList<>(merchandise.checks(checked, CheckStatus.DIFFERS, 0, CHECK_ROWS));
        wrong.addAll(merchandise.checks(checked, CheckStatus.DAY_REPORT_MISSING, 0, CHECK_ROWS));
        // figures that differ first, then those without a daily report; the latest first in each
        mismatches = wrong.stream().sorted(Comparator.comparing((VariantCheck check) -> check.status().ordinal() > 1)
                .thenComparing(VariantCheck::businessDate, Comparator.reverseOrder())
                .thenComparing(VariantCheck::branchCode)).limit(CHECK_ROWS).toList();
    }

    /**
     * How the per-variant figures of the last 30 days compare with the daily reports: how many branch-dates match, differ,
     * have no daily report.
     */
    public CheckCounts getCheckCounts() {
        return checkCounts;
    }

    /** Up to ten branch-dates of the last 30 days whose per-variant figures differ from their daily report (first) or have none. */
    public List<VariantCheck> getMismatches() {
        return mismatches;
    }

    /** The latest reports with till figures (last week): what each branch's tills took per tender, and the cash variance. */
    public List<RevenueRow> getTills() {
        return tills;
    }

    /** A report's tenders as one line: {@code CARD 40.00 · CASH 33.99}. */
    public String tenders(RevenueRow row) {
        return row.getTenders().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toPlainString())
                .collect(Collectors.joining(" · "));
    }

    public DayStatus getComplete() {
        return complete;
    }

    public DayStatus getPending() {
        return pending;
    }

    public String getChart() {
        return chart;
    }

    public LocalDate getChartFrom() {
        return chartFrom;
    }

    public LocalDate getChartTo() {
        return chartTo;
    }
}
