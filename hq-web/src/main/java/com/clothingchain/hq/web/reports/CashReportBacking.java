package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.entity.CashTotals;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.reports.entity.RevenueRow;
import com.clothingchain.hq.business.tills.control.Tills;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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
public class CashReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    @Inject
    RevenueReports reports;

    @Inject
    BranchRegistry registry;

    @Inject
    Tills tills;

    private LocalDate from;
    private LocalDate to;
    private String branch;
    private RevenueFilter filter;
    private List<CashTotals> totals = List.of();
    private List<String> tenderColumns = List.of();
    private final Map<String, String> tenderNames = new HashMap<>();
    private List<Branch> branches;
    private final LazyDataModel<RevenueRow> rows = new RevenueRows(() -> reports, () -> filter);

    @PostConstruct
    void init() {
        to = LocalDate.now(Clock.systemUTC()).minusDays(1);
        from = to.minusDays(29);
        branches = registry.all();
        tills.tenders().forEach(t -> tenderNames.put(t.getCode(), t.getName()));
        apply();
    }

    public void apply() {
        try {
            filter = new RevenueFilter(from, to, branch);
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> "filters:" + field);
            return;
        }
        totals = reports.cashTotals(filter);
        tenderColumns = RevenueReports.tenderColumns(totals);
        var context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null
                && context.getViewRoot().findComponent(":table:rows") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** The CSV export of the applied filter, as a link relative to this page. */
    public String exportLink() {
        String query = "from=" + filter.from() + "&to=" + filter.to();
        if (filter.branch().isPresent()) {
            query += "&branch=" + URLEncoder.encode(filter.branchCode(), StandardCharsets.UTF_8);
        }
        return "cash-export?" + query;
    }

    /** A tender's column heading: its name at HQ, or its code for one HQ does not know. */
    public String tenderName(String code) {
        return tenderNames.getOrDefault(code, code);
    }

    public LazyDataModel<RevenueRow> getRows() {
        return rows;
    }

    public List<CashTotals> getTotals() {
        return totals;
    }

    /** The tenders the filter's reports name: CASH and CARD first, then the others by code. */
    public List<String> getTenderColumns() {
        return tenderColumns;
    }

    public List<Branch> getBranches() {
        return branches;
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

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
    }
}
