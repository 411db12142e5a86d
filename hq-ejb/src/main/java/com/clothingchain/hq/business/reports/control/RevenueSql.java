package com.clothingchain.hq.business.reports.control;

import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.reports.entity.RevenueSort;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the daily revenue reports, portable between H2 and MySQL/MariaDB. The date range is served by
 * the index on (business_date, branch_id), one branch by the unique key (branch_id, business_date). Kept
 * apart so that a test can run and EXPLAIN exactly what the pages run.
 */
public final class RevenueSql {

    /** A statement and its parameters in order. */
    public record Statement(String text, List<Object> parameters) {
    }

    static final String ROW_COLUMNS = "b.code, b.name, d.business_date, d.revenue, d.loss, d.transaction_count,"
            + " d.revision, d.received_at, b.currency";

    private RevenueSql() {
    }

    private static String from(RevenueFilter filter, List<Object> parameters) {
        parameters.add(Date.valueOf(filter.from()));
        parameters.add(Date.valueOf(filter.to()));
        String sql = " FROM daily_revenue d JOIN branches b ON b.id = d.branch_id WHERE d.business_date BETWEEN ? AND ?";
        if (filter.branch().isPresent()) {
            parameters.add(filter.branchCode());
            sql += " AND b.code = ?";
        }
        return sql;
    }

    public static Statement count(RevenueFilter filter) {
        List<Object> parameters = new ArrayList<>();
        return new Statement("SELECT COUNT(*)" + from(filter, parameters), parameters);
    }

    /** One line per currency (a branch's amounts are in its currency), in currency order. */
    public static Statement totals(RevenueFilter filter) {
        List<Object> parameters = new ArrayList<>();
        return new Statement("SELECT b.currency, COUNT(*), SUM(d.revenue), SUM(d.loss), SUM(d.transaction_count)"
                + from(filter, parameters) + " GROUP BY b.currency ORDER BY b.currency", parameters);
    }

    /** One page; ties are broken by date and branch, so that pages never overlap. */
    public static Statement page(RevenueFilter filter, int first, int size, RevenueSort sort, boolean ascending) {
        List<Object> parameters = new ArrayList<>();
        String direction = ascending ? " ASC" : " DESC";
        String order = sort == RevenueSort.DATE
                ? " ORDER BY d.business_date" + direction + ", d.branch_id" + direction
                : " ORDER BY " + sort.column() + direction + ", d.business_date DESC, d.branch_id DESC";
        String sql = "SELECT " + ROW_COLUMNS + from(filter, parameters) + order + " LIMIT ? OFFSET ?";
        parameters.add(size);
        parameters.add(first);
        return new Statement(sql, parameters);
    }

    /** The rows after (date, branch id) in export order, a chunk at a time: keyset paging, no growing offset. */
    public static Statement chunkAfter(RevenueFilter filter, Date afterDate, long afterBranchId, int size) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT " + ROW_COLUMNS + ", d.branch_id" + from(filter, parameters)
                + " AND (d.business_date > ? OR (d.business_date = ? AND d.branch_id > ?))"
                + " ORDER BY d.business_date, d.branch_id LIMIT ?";
        parameters.add(afterDate);
        parameters.add(afterDate);
        parameters.add(afterBranchId);
        parameters.add(size);
        return new Statement(sql, parameters);
    }

    /** One line per date and currency, in that order. */
    public static Statement dailyTotals(RevenueFilter filter) {
        List<Object> parameters = new ArrayList<>();
        return new Statement("SELECT d.business_date, b.currency, SUM(d.revenue), SUM(d.loss), COUNT(*)" + from(filter, parameters)
                + " GROUP BY d.business_date, b.currency ORDER BY d.business_date, b.currency", parameters);
    }
}
