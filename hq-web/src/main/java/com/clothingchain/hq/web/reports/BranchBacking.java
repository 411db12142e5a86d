package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.reports.entity.RevenueRow;
import com.clothingchain.hq.business.reports.entity.RevenueSort;
import com.clothingchain.hq.business.reports.entity.Totals;
import com.clothingchain.hq.web.support.ChartJs;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** One branch: its revenue and loss per day, the period's totals and its history, for up to a year at a time. */
@Named
@ViewScoped
public class BranchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RevenueReports reports;

    @Inject
    BranchRegistry registry;

    private String code;
    private Branch branch;
    private LocalDate from;
    private LocalDate to;
    private Totals totals;
    private List<RevenueRow> history;
    private String chart;

    /** The view action: the branch of the {@code code} parameter, or the 404 page. */
    public void load() {
        branch = code == null ? null : registry.find(code).orElse(null);
        if (branch == null) {
            try {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such branch");
                FacesContext.getCurrentInstance().responseComplete();
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (to == null) {
            to = LocalDate.now(Clock.systemUTC()).minusDays(1);
            from = to.minusDays(59);
        }
        show();
    }

    public void show() {
        RevenueFilter filter;
        try {
            filter = new RevenueFilter(from, to, branch.getCode());
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> "period:" + field);
            return;
        }
        // A branch's currency is set at registration and never changes, so there is at most one line.
        totals = reports.totals(filter).stream().findFirst().orElse(Totals.none(branch.getCurrency()));
        history = reports.page(filter, 0, RevenueFilter.MAX_DAYS, RevenueSort.DATE, false);
        chart = ChartJs.revenueAndLoss(reports.dailyTotals(filter), from, to);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Branch getBranch() {
        return branch;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Totals getTotals() {
        return totals;
    }

    public List<RevenueRow> getHistory() {
        return history;
    }

    public String getChart() {
        return chart;
    }
}
