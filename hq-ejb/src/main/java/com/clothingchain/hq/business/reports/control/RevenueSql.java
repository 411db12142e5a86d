package com.clothingchain.hq.business.reports.control;

import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.reports.entity.RevenueSort;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

        /** Runs the query on a connection of its own, each row read by {@code reader}. */
        public <T> List<T> rows(DataSource dataSource, RowReader<T> reader) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement prepared = connection.prepareStatement(text)) {
                int index = 1;
                for (Object parameter : parameters) {
                    prepared.setObject(index++, parameter);
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = prepared.executeQuery()) {
                    while (rs.next()) {
                        rows.add(reader.read(rs));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("Report query failed: " + e.getMessage(), e);
            }
        }
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static final String ROW_COLUMNS = "b.code, b.name, d.business_date, d.revenue, d.loss, d.transaction_count,"
            + " d.revision, d.received_at, b.currency, d.id, d.report_version, d.tax_total, d.refunds, d.cash_variance";
    /** The column after {@link #ROW_COLUMNS} in {@link #chunkAfter}: the branch id. */
    static final int CHUNK_BRANCH_COLUMN = 15;

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

    /**
     * The tender amounts of the current revision of these reports (by id), one row each: report id, tender, amount.
     * Served by the unique key (daily_revenue_id, revision, tender).
     */
    public static Statement tendersOf(List<Long> reportIds) {
        String marks = String.join(", ", java.util.Collections.nCopies(reportIds.size(), "?"));
        return new Statement("SELECT t.daily_revenue_id, t.tender, t.amount FROM daily_revenue_tenders t"
                + " JOIN daily_revenue d ON d.id = t.daily_revenue_id AND d.revision = t.revision"
                + " WHERE t.daily_revenue_id IN (" + marks + ")", new ArrayList<>(reportIds));
    }

    /**
     * The cash report's sums per currency: reports, those of version 2, revenue, tax, refunds, cash variance (the till
     * figures are null in version 1 reports, which SUM leaves out).
     */
    public static Statement cashTotals(RevenueFilter filter) {
        List<Object> parameters = new ArrayList<>();
        return new Statement("SELECT b.currency, COUNT(*), SUM(CASE WHEN d.report_version >= 2 THEN 1 ELSE 0 END),"
                + " SUM(d.revenue), SUM(d.tax_total), SUM(d.refunds), SUM(d.cash_variance)" + from(filter, parameters)
                + " GROUP BY b.currency ORDER BY b.currency", parameters);
    }

    /** The sum of each tender per currency over the filter's reports (their current revisions). */
    public static Statement tenderTotals(RevenueFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String from = from(filter, parameters).replace(" WHERE ", " JOIN daily_revenue_tenders t ON t.daily_revenue_id = d.id"
                + " AND t.revision = d.revision WHERE ");
        return new Statement("SELECT b.currency, t.tender, SUM(t.amount)" + from + " GROUP BY b.currency, t.tender"
                + " ORDER BY b.currency, t.tender", parameters);
    }

    /** One line per date and currency, in that order. */
    public static Statement dailyTotals(RevenueFilter filter) {
        List<Object> parameters = new ArrayList<>();
        return new Statement("SELECT d.business_date, b.currency, SUM(d.revenue), SUM(d.loss), COUNT(*)" + from(filter, parameters)
                + " GROUP BY d.business_date, b.currency ORDER BY d.business_date, b.currency", parameters);
    }
}
