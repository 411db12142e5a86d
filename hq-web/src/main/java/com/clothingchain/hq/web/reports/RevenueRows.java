package com.clothingchain.hq.web.reports;

import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.reports.entity.RevenueRow;
import com.clothingchain.hq.business.reports.entity.RevenueSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A report table's rows: the page on screen read in the database, sorted by the column clicked (by date otherwise). */
final class RevenueRows extends LazyDataModel<RevenueRow> {

    private static final long serialVersionUID = 1L;
    private static final Map<String, RevenueSort> SORTS = Map.of("businessDate", RevenueSort.DATE,
            "branchCode", RevenueSort.BRANCH, "revenue", RevenueSort.REVENUE, "loss", RevenueSort.LOSS,
            "transactionCount", RevenueSort.TRANSACTIONS);

    /** A serializable supplier, so the view-scoped page that owns the rows stays serializable. */
    interface Source<T> extends Supplier<T>, Serializable {
    }

    private final Source<RevenueReports> reports;
    private final Source<RevenueFilter> filter;

    RevenueRows(Source<RevenueReports> reports, Source<RevenueFilter> filter) {
        this.reports = reports;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, reports.get().count(filter.get()));
    }

    @Override
    public List<RevenueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        RevenueSort order = sort == null ? RevenueSort.DATE : SORTS.getOrDefault(sort.getField(), RevenueSort.DATE);
        boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
        return reports.get().page(filter.get(), first, pageSize, order, ascending);
    }

    @Override
    public String getRowKey(RevenueRow row) {
        return row.getKey();
    }

    @Override
    public RevenueRow getRowData(String rowKey) {
        return null;
    }
}
