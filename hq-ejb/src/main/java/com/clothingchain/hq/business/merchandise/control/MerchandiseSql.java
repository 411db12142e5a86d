package com.clothingchain.hq.business.merchandise.control;

import com.clothingchain.hq.business.merchandise.entity.CheckStatus;
import com.clothingchain.hq.business.reports.control.RevenueSql.Statement;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the per-variant reads, portable between H2 and MySQL/MariaDB, kept apart so that a test can run and EXPLAIN
 * exactly what the API runs. All branches' rows of a date range come from the index (business_date, branch_id, sku), one
 * branch's from the primary key (branch_id, business_date, sku), a SKU's stock from (sku, branch_id), the checks from
 * variant_days' (business_date, branch_id) joined to daily_revenue's unique key (branch_id, business_date).
 */
public final class MerchandiseSql {

    static final String ROW_COLUMNS = "b.code, f.business_date, f.sku, f.sold, f.sold_amount, f.returned, f.returned_amount,"
            + " f.lost, f.loss_value, f.on_hand, v.revision, v.received_at, b.currency, f.branch_id";

    private MerchandiseSql() {
    }

    /**
     * The rows after (date, branch id, sku) in date, branch and SKU order, a chunk at a time (keyset paging); of one
     * branch (by id) or, with null, of all.
     */
    public static Statement variantChunkAfter(Date from, Date to, Long branchId, Date afterDate, long afterBranch, String afterSku,
                                              int size) {
        // The range is repeated on variant_days so that either join order reads it by an index.
        List<Object> parameters = new ArrayList<>(List.of(from, to, from, to));
        String sql = "SELECT " + ROW_COLUMNS + " FROM variant_day_figures f"
                + " JOIN variant_days v ON v.branch_id = f.branch_id AND v.business_date = f.business_date"
                + " JOIN branches b ON b.id = f.branch_id WHERE f.business_date BETWEEN ? AND ? AND v.business_date BETWEEN ? AND ?";
        if (branchId != null) {
            sql += " AND f.branch_id = ? AND v.branch_id = ?";
            parameters.add(branchId);
            parameters.add(branchId);
        }
        sql += " AND (f.business_date > ? OR (f.business_date = ? AND (f.branch_id > ? OR (f.branch_id = ? AND f.sku > ?))))"
                + " ORDER BY f.business_date, f.branch_id, f.sku LIMIT ?";
        parameters.addAll(List.of(afterDate, afterDate, afterBranch, afterBranch, afterSku, size));
        return new Statement(sql, parameters);
    }

    /** Each branch's level of a SKU, in branch code order. */
    public static Statement stock(String sku) {
        return new Statement("SELECT b.code, s.on_hand, s.as_of, s.reported_at FROM branch_stock s JOIN branches b ON b.id = s.branch_id"
                + " WHERE s.sku = ? ORDER BY b.code", List.of(sku));
    }

    /** The levels of several SKUs (a style's) at every branch that reported them, by branch code and SKU. */
    public static Statement stockOf(List<String> skus) {
        return new Statement("SELECT b.code, s.sku, s.on_hand, s.as_of, s.reported_at FROM branch_stock s JOIN branches b ON b.id = s.branch_id"
                + " WHERE s.sku IN (" + String.join(", ", java.util.Collections.nCopies(skus.size(), "?")) + ") ORDER BY b.code, s.sku",
                List.copyOf(skus));
    }

    private static String checksFrom(Date from, Date to, Long branchId, CheckStatus status, List<Object> parameters) {
        parameters.add(from);
        parameters.add(to);
        String sql = " FROM variant_days v JOIN branches b ON b.id = v.branch_id"
                + " LEFT JOIN daily_revenue d ON d.branch_id = v.branch_id AND d.business_date = v.business_date"
                + " WHERE v.business_date BETWEEN ? AND ?";
        if (branchId != null) {
            sql += " AND v.branch_id = ?";
            parameters.add(branchId);
        }
        if (status != null) {
            sql += switch (status) {
                case MATCHES -> " AND d.id IS NOT NULL AND d.revenue = v.revenue AND d.loss = v.loss";
                case DIFFERS -> " AND d.id IS NOT NULL AND (d.revenue <> v.revenue OR d.loss <> v.loss)";
                case DAY_REPORT_MISSING -> " AND d.id IS NULL";
            };
        }
        return sql;
    }

    /** A page of checks in date and branch order; of one status, or all with null. */
    public static Statement checks(Date from, Date to, Long branchId, CheckStatus status, int offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT b.code, v.business_date, b.currency, v.revision, v.variant_count, v.received_at, v.revenue, v.loss,"
                + " d.revenue, d.loss" + checksFrom(from, to, branchId, status, parameters)
                + " ORDER BY v.business_date, v.branch_id LIMIT ? OFFSET ?";
        parameters.add(limit);
        parameters.add(offset);
        return new Statement(sql, parameters);
    }

    public static Statement countChecks(Date from, Date to, Long branchId, CheckStatus status) {
        List<Object> parameters = new ArrayList<>();
        return new Statement("SELECT COUNT(*)" + checksFrom(from, to, branchId, status, parameters), parameters);
    }

    /** How many match, differ, have no daily report. */
    public static Statement checkCounts(Date from, Date to, Long branchId) {
        List<Object> parameters = new ArrayList<>();
        return new Statement("SELECT SUM(CASE WHEN d.id IS NOT NULL AND d.revenue = v.revenue AND d.loss = v.loss THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN d.id IS NOT NULL AND (d.revenue <> v.revenue OR d.loss <> v.loss) THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN d.id IS NULL THEN 1 ELSE 0 END)" + checksFrom(from, to, branchId, null, parameters), parameters);
    }
}
