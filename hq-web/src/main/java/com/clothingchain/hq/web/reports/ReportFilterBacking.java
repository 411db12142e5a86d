package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.reports.entity.RevenueRow;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A report page over the daily reports: the filter fields (dates, by default the last 30 days to yesterday, and a
 * branch), the rows of the applied filter read a page at a time, and the export link's query. A page adds what it
 * reads for the filter ({@link #load}).
 */
abstract class ReportFilterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RevenueReports reports;

    @Inject
    BranchRegistry registry;

    private LocalDate from;
    private LocalDate to;
    private String branch;
    private RevenueFilter filter;
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
        load(filter);
        var context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null
                && context.getViewRoot().findComponent(":table:rows") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** What the page shows besides the rows, for the filter just applied. */
    protected abstract void load(RevenueFilter applied);

    /** The filter last applied. */
    protected RevenueFilter applied() {
        return filter;
    }

    /** The applied filter as an export's query: {@code from=…&to=…[&branch=…]}. */
    protected String exportQuery() {
        String query = "from=" + filter.from() + "&to=" + filter.to();
        if (filter.branch().isPresent()) {
            query += "&branch=" + URLEncoder.encode(filter.branchCode(), StandardCharsets.UTF_8);
        }
        return query;
    }

    public LazyDataModel<RevenueRow> getRows() {
        return rows;
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
