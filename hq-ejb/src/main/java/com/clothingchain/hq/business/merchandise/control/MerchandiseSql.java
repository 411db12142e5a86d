package com.clothingchain.hq.business.merchandise.control;

import com.clothingchain.hq.business.merchandise.entity.CheckStatus;
import com.clothingchain.hq.business.merchandise.entity.Ranking;
import com.clothingchain.hq.business.reports.control.RevenueSql.Statement;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SQL of the per-variant reads, portable between H2 and MySQL/MariaDB, kept apart so that a test can run and EXPLAIN
 * exactly what the API runs. A period's units of all branches (rankings, size curves, shrink) come from the covering index
 * (business_date, sku, branch_id, sold, returned, lost, loss_value). All branches' rows of a date range come from the index (business_date, branch_id, sku), one
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
     * branch (by id) or, with null, of all. The chunk's figures are picked first, alone, in the order of an index
     * ((business_date, branch_id, sku) for all branches, the primary key for one) from the date of the last row on, and
     * only then joined: joined first, MariaDB read every row of the range from the branches and sorted them, for every
     * chunk (8 s a chunk at 4.5 M rows).
     */
    public static Statement variantChunkAfter(Date from, Date to, Long branchId, Date afterDate, long afterBranch, String afterSku,
                                              int size) {
        List<Object> parameters = new ArrayList<>(List.of(from, to, afterDate));
        String chunk = "SELECT x.branch_id, x.business_date, x.sku, x.sold, x.sold_amount, x.returned, x.returned_amount, x.lost,"
                + " x.loss_value, x.on_hand FROM variant_day_figures x WHERE x.business_date BETWEEN ? AND ? AND x.business_date >= ?";
        if (branchId != null) {
            chunk += " AND x.branch_id = ?";
            parameters.add(branchId);
        }
        chunk += " AND (x.business_date > ? OR (x.business_date = ? AND (x.branch_id > ? OR (x.branch_id = ? AND x.sku > ?))))"
                + " ORDER BY x.business_date, x.branch_id, x.sku LIMIT ?";
        parameters.addAll(List.of(afterDate, afterDate, afterBranch, afterBranch, afterSku, size));
        String sql = "SELECT " + ROW_COLUMNS + " FROM (" + chunk + ") f"
                + " JOIN variant_days v ON v.branch_id = f.branch_id AND v.business_date = f.business_date"
                + " JOIN branches b ON b.id = f.branch_id ORDER BY f.business_date, f.branch_id, f.sku";
        return new Statement(sql, parameters);
    }

    /** A category, or one of its sub-categories (the tree has two levels). */
    private static final String IN_CATEGORY = " AND (c.id = ? OR c.parent_id = ?)";

    /**
     * A ranking's rows (not by branch: {@link #branchUnits}): each style, colour, size or category of the catalogue (of a
     * category and its sub-categories, when given), those that sold nothing too, with its units sold, returned and written
     * off over the dates (of one branch, or all), and on hand at the branches as they last reported it, best (most net units
     * sold) or worst first, a page at a time.
     */
    public static Statement ranking(Ranking by, Date from, Date to, Long branchId, Long categoryId, boolean best, int offset,
                                    int limit) {
        String[] columns = rankedColumns(by);
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT " + columns[0] + ", " + columns[1] + ", " + columns[2] + ", COALESCE(SUM(a.sold), 0),"
                + " COALESCE(SUM(a.returned), 0), COALESCE(SUM(a.lost), 0), COALESCE(SUM(t.on_hand), 0)" + CATALOGUE
                + " LEFT JOIN (" + unitsBySku(from, to, branchId, parameters) + ") a ON a.sku = v.sku"
                + " LEFT JOIN (SELECT k.sku, SUM(k.on_hand) on_hand FROM branch_stock k";
        if (branchId != null) {
            sql += " WHERE k.branch_id = ?";
            parameters.add(branchId);
        }
        sql += " GROUP BY k.sku) t ON t.sku = v.sku WHERE 1 = 1";
        if (categoryId != null) {
            sql += IN_CATEGORY;
            parameters.add(categoryId);
            parameters.add(categoryId);
        }
        String direction = best ? "DESC" : "ASC";
        sql += " GROUP BY " + columns[3] + " ORDER BY COALESCE(SUM(a.sold), 0) - COALESCE(SUM(a.returned), 0) " + direction
                + ", COALESCE(SUM(a.sold), 0) " + direction + ", " + columns[0] + " LIMIT ? OFFSET ?";
        parameters.add(limit);
        parameters.add(offset);
        return new Statement(sql, parameters);
    }

    /** How many rows {@link #ranking} ranks. */
    public static Statement countRanked(Ranking by, Long categoryId) {
        String sql = "SELECT COUNT(DISTINCT " + rankedColumns(by)[0] + ")" + CATALOGUE + " WHERE 1 = 1";
        return categoryId == null ? new Statement(sql, List.of()) : new Statement(sql + IN_CATEGORY, List.of(categoryId, categoryId));
    }

    private static final String CATALOGUE = " FROM variants v JOIN styles s ON s.id = v.style_id JOIN categories c ON c.id = s.category_id";

    /** The key, name and group of a ranked row, and what to group by. */
    private static String[] rankedColumns(Ranking by) {
        return switch (by) {
            case STYLE -> new String[]{"s.code", "s.name", "c.code", "s.code, s.name, c.code"};
            case COLOUR -> new String[]{"v.colour", "v.colour", "NULL", "v.colour"};
            case SIZE -> new String[]{"v.size", "v.size", "NULL", "v.size"};
            case CATEGORY -> new String[]{"c.code", "c.name", "NULL", "c.code, c.name"};
            case BRANCH -> throw new IllegalArgumentException("Branches are ranked from branchUnits and branchStock.");
        };
    }

    /**
     * A period's units per SKU (of one branch, or all), added up first by SKU alone: all branches' period is one range of
     * ix_variant_day_figures_date_units, which holds every column read; one branch's a range of the primary key.
     */
    private static String unitsBySku(Date from, Date to, Long branchId, List<Object> parameters) {
        parameters.add(from);
        parameters.add(to);
        String sql = "SELECT x.sku, SUM(x.sold) sold, SUM(x.returned) returned, SUM(x.lost) lost FROM variant_day_figures x"
                + " WHERE x.business_date BETWEEN ? AND ?";
        if (branchId != null) {
            sql += " AND x.branch_id = ?";
            parameters.add(branchId);
        }
        return sql + " GROUP BY x.sku";
    }

    /** Units sold per size of a category (and its sub-categories) over the dates, in the order of its size scale. */
    public static Statement sizeCurve(Date from, Date to, Long branchId, long categoryId) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT v.size, SUM(a.sold), MIN(z.seq) FROM (" + unitsBySku(from, to, branchId, parameters) + ") a"
                + " JOIN variants v ON v.sku = a.sku JOIN styles s ON s.id = v.style_id JOIN categories c ON c.id = s.category_id"
                + " LEFT JOIN size_scale_sizes z ON z.size_scale_id = c.size_scale_id AND z.size = v.size WHERE 1 = 1"
                + IN_CATEGORY + " GROUP BY v.size ORDER BY MIN(z.seq), v.size";
        parameters.add(categoryId);
        parameters.add(categoryId);
        return new Statement(sql, parameters);
    }

    /**
     * Per branch (by id) over the dates: units sold, returned and written off, and what the write-offs were worth; of one
     * branch or all, of these SKUs (a category's, {@link #categorySkus}) or all (null). Without a join, so that the period
     * is one range of the covering index, the SKUs a filter on it (joined to branches, MariaDB reads each branch's range of
     * the primary key instead: 6.2 s against 1.9 s at 4.5 M rows; joined to a category's variants, it reads every date of
     * each SKU by the index (sku, business_date) and the rows behind it: 2.6 s against 0.3 s at the CI size).
     */
    public static Statement branchUnits(Date from, Date to, Long branchId, List<String> skus) {
        List<Object> parameters = new ArrayList<>(List.of(from, to));
        String sql = "SELECT x.branch_id, SUM(x.sold), SUM(x.returned), SUM(x.lost), SUM(x.loss_value)"
                + " FROM variant_day_figures x WHERE x.business_date BETWEEN ? AND ?";
        return new Statement(sql + ofBranchAndSkus("x", branchId, skus, parameters) + " GROUP BY x.branch_id", parameters);
    }

    /** Per branch (by id): the units on hand as last reported; of one branch or all, of these SKUs or all (null). */
    public static Statement branchStock(Long branchId, List<String> skus) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT k.branch_id, SUM(k.on_hand) FROM branch_stock k WHERE 1 = 1";
        return new Statement(sql + ofBranchAndSkus("k", branchId, skus, parameters) + " GROUP BY k.branch_id", parameters);
    }

    /** The SKUs of a category and its sub-categories. */
    public static Statement categorySkus(long categoryId) {
        return new Statement("SELECT v.sku" + CATALOGUE + " WHERE 1 = 1" + IN_CATEGORY, List.of(categoryId, categoryId));
    }

    private static String ofBranchAndSkus(String table, Long branchId, List<String> skus, List<Object> parameters) {
        String sql = "";
        if (branchId != null) {
            sql += " AND " + table + ".branch_id = ?";
            parameters.add(branchId);
        }
        if (skus != null) {
            sql += " AND " + table + ".sku IN (" + String.join(", ", Collections.nCopies(skus.size(), "?")) + ")";
            parameters.addAll(skus);
        }
        return sql;
    }

    /** Each branch's level of a SKU, in branch code order. */
    public static Statement stock(String sku) {
        return new Statement("SELECT b.code, s.on_hand, s.as_of, s.reported_at FROM branch_stock s JOIN branches b ON b.id = s.branch_id"
                + " WHERE s.sku = ? ORDER BY b.code", List.of(sku));
    }

    /** The levels of several SKUs (a style's) at every branch that reported them, by branch code and SKU. */
    public static Statement stockOf(List<String> skus) {
        return new Statement("SELECT b.code, s.sku, s.on_hand, s.as_of, s.reported_at FROM branch_stock s JOIN branches b ON b.id = s.branch_id"
                + " WHERE s.sku IN (" + String.join(", ", Collections.nCopies(skus.size(), "?")) + ") ORDER BY b.code, s.sku",
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
