package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.reports.entity.RevenueRow;
import com.clothingchain.hq.business.reports.entity.Totals;
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
import java.util.List;

/**
 * The daily revenue table: filtered by dates and branch, sorted and paged in the database, with totals per currency
 * and exports.
 */
@Named
@ViewScoped
public class DailyRevenueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    @Inject
    RevenueReports reports;

    @Inject
    BranchRegistry registry;

    private LocalDate from;
    private LocalDate to;
    private String branch;
    private RevenueFilter filter;
    private List<Totals> totals = List.of();
    private List<Branch> branches;
    private final LazyDataModel<RevenueRow> rows = new RevenueRows(() -> reports, () -> filter);

    @PostConstruct
    void init() {
        to = LocalDate.now(Clock.systemUTC()).minusDays(1);
        from = to.minusDays(29);
        branches = registry.all();
        apply();
    }

    /** Applies the filter fields; refuses a range that is reversed or too long, beside the field. */
    public void apply() {
        try {
            filter = new RevenueFilter(from, to, branch);
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> "filters:" + field);
            return;
        }
        totals = reports.totals(filter);
        var context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null
                && context.getViewRoot().findComponent(":table:rows") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** The export of the applied filter, as a link relative to this page. */
    public String exportLink(String format) {
        String query = "from=" + filter.from() + "&to=" + filter.to() + "&format=" + format;
        if (filter.branch().isPresent()) {
            query += "&branch=" + URLEncoder.encode(filter.branchCode(), StandardCharsets.UTF_8);
        }
        return "daily-revenue-export?" + query;
    }

    public LazyDataModel<RevenueRow> getRows() {
        return rows;
    }

    /** One line per currency present, in currency order. */
    public List<Totals> getTotals() {
        return totals;
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
