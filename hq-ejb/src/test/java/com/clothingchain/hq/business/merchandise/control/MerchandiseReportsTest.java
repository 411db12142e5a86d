package com.clothingchain.hq.business.merchandise.control;

import com.clothingchain.contract.BranchStock;
import com.clothingchain.hq.business.merchandise.entity.CheckCounts;
import com.clothingchain.hq.business.merchandise.entity.CheckStatus;
import com.clothingchain.hq.business.merchandise.entity.VariantCheck;
import com.clothingchain.hq.business.merchandise.entity.VariantRow;
import com.clothingchain.hq.business.reports.control.RevenueSql.Statement;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.shared.persistence.SchemaMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-variant reads over H2 migrated by HQ's real scripts: every row once in date, branch and SKU order across
 * chunks (keyset), a SKU's stock per branch, the checks against daily reports, and the plans of these queries reading
 * from indexes (no scan of the variant tables).
 */
class MerchandiseReportsTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    static final int SKUS = 1_100;
    static JdbcDataSource h2;
    static MerchandiseReports reports;

    @BeforeAll
    static void data() throws SQLException {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:merchandise;DB_CLOSE_DELAY=-1");
        SchemaMigration.migrate(h2, "classpath:db/migration/hq", MerchandiseReportsTest.class.getClassLoader());
        reports = new MerchandiseReports(h2);
        try (Connection c = h2.getConnection()) {
            for (String code : List.of("M2", "M1")) { // M2 registered first: branch order is registration order
                c.createStatement().executeUpdate("INSERT INTO branches (code, name, location, url, time_zone, currency, active,"
                        + " registered_on, api_key_hash, key_issued_at, version) VALUES ('" + code + "', 'Shop', 'x', 'http://x',"
                        + " 'UTC', 'EUR', TRUE, DATE '2026-01-01', '" + code.repeat(32) + "', TIMESTAMP '2026-01-01 00:00:00', 0)");
            }
            long m2 = id(c, "M2");
            long m1 = id(c, "M1");
            // M2 on DAY and DAY+1 with SKUS variants each (over one chunk of rows), M1 on DAY with 3
            day(c, m2, DAY, SKUS);
            day(c, m2, DAY.plusDays(1), SKUS);
            day(c, m1, DAY, 3);
            // a year of earlier days without movements, so the planner sees tables of some size
            for (int back = 1; back <= 365; back++) {
                day(c, m1, DAY.minusDays(back), 0);
                day(c, m2, DAY.minusDays(back), 0);
            }
            c.createStatement().execute("ANALYZE");
            // daily reports: M2 DAY matches, M2 DAY+1 differs by a cent, M1 DAY has none
            report(c, m2, DAY, new BigDecimal(SKUS).multiply(BigDecimal.TEN));
            report(c, m2, DAY.plusDays(1), new BigDecimal(SKUS).multiply(BigDecimal.TEN).add(new BigDecimal("0.01")));
            try (PreparedStatement stock = c.prepareStatement("INSERT INTO branch_stock VALUES (?, ?, ?, ?, ?)")) {
                for (long branch : List.of(m1, m2)) {
                    stock.setLong(1, branch);
                    stock.setString(2, "SKU-0001");
                    stock.setInt(3, (int) branch);
                    stock.setDate(4, Date.valueOf(DAY));
                    stock.setObject(5, LocalDateTime.of(2026, 3, 2, 8, 0));
                    stock.executeUpdate();
                }
            }
        }
    }

    private static long id(Connection c, String code) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM branches WHERE code = '" + code + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void day(Connection c, long branch, LocalDate date, int skus) throws SQLException {
        try (PreparedStatement header = c.prepareStatement("INSERT INTO variant_days (branch_id, business_date, revision, revenue, loss,"
                + " rounding, variant_count, received_at) VALUES (?, ?, 1, ?, 0, 0, ?, ?)")) {
            header.setLong(1, branch);
            header.setDate(2, Date.valueOf(date));
            header.setBigDecimal(3, new BigDecimal(skus).multiply(BigDecimal.TEN));
            header.setInt(4, skus);
            header.setObject(5, LocalDateTime.of(2026, 3, 2, 8, 0));
            header.executeUpdate();
        }
        try (PreparedStatement row = c.prepareStatement("INSERT INTO variant_day_figures VALUES (?, ?, ?, 1, 10.00, 0, 0, 0, 0, 5)")) {
            for (int i = 0; i < skus; i++) {
                row.setLong(1, branch);
                row.setDate(2, Date.valueOf(date));
                row.setString(3, "SKU-%04d".formatted(i));
                row.addBatch();
            }
            if (skus > 0) {
                row.executeBatch();
            }
        }
    }

    private static void report(Connection c, long branch, LocalDate date, BigDecimal revenue) throws SQLException {
        try (PreparedStatement report = c.prepareStatement("INSERT INTO daily_revenue (branch_id, business_date, revenue, loss,"
                + " transaction_count, revision, received_at) VALUES (?, ?, ?, 0, 1, 1, TIMESTAMP '2026-03-02 08:00:00')")) {
            report.setLong(1, branch);
            report.setDate(2, Date.valueOf(date));
            report.setBigDecimal(3, revenue);
            report.executeUpdate();
        }
    }

    @Test
    void everyRowOnceInDateBranchAndSkuOrderAcrossChunks() {
        List<VariantRow> rows = new ArrayList<>();
        reports.forEachVariantRow(new RevenueFilter(DAY, DAY.plusDays(1), null), rows::add);
        assertEquals(2 * SKUS + 3, rows.size());
        assertTrue(2 * SKUS + 3 > MerchandiseReports.CHUNK, "the rows span chunks");
        assertEquals("M2", rows.get(0).record().branchCode(), "registration order");
        assertEquals("SKU-0000", rows.get(0).record().sku());
        assertEquals("M1", rows.get(SKUS).record().branchCode());
        assertEquals(DAY.plusDays(1), rows.get(SKUS + 3).record().businessDate());
        assertEquals("SKU-%04d".formatted(SKUS - 1), rows.get(rows.size() - 1).record().sku());
        assertEquals("EUR", rows.get(0).currency());
        assertEquals(new BigDecimal("10.00"), rows.get(0).record().soldAmount());

        List<VariantRow> one = new ArrayList<>();
        reports.forEachVariantRow(new RevenueFilter(DAY, DAY.plusDays(1), "M1"), one::add);
        assertEquals(3, one.size());
        List<VariantRow> none = new ArrayList<>();
        reports.forEachVariantRow(new RevenueFilter(DAY, DAY, "NO-SUCH"), none::add);
        assertTrue(none.isEmpty());
    }

    @Test
    void stockPerBranchInCodeOrder() {
        BranchStock stock = reports.stock("SKU-0001");
        assertEquals(List.of("M1", "M2"), stock.branches().stream().map(BranchStock.Level::branchCode).toList());
        assertEquals(DAY, stock.branches().get(0).asOf());
        assertTrue(reports.stock("NOT-THERE").branches().isEmpty());
    }

    @Test
    void checksAgainstTheDailyReports() {
        RevenueFilter both = new RevenueFilter(DAY, DAY.plusDays(1), null);
        assertEquals(new CheckCounts(1, 1, 1), reports.checkCounts(both));
        List<VariantCheck> checks = reports.checks(both, null, 0, 10);
        assertEquals(List.of(CheckStatus.MATCHES, CheckStatus.DAY_REPORT_MISSING, CheckStatus.DIFFERS),
                checks.stream().map(VariantCheck::status).toList());
        assertEquals(new BigDecimal("-0.01"), checks.get(2).revenueDifference());
        assertNull(checks.get(1).dayRevenue());
        assertEquals(1, reports.countChecks(both, CheckStatus.DIFFERS));
        assertEquals("M1", reports.checks(both, CheckStatus.DAY_REPORT_MISSING, 0, 10).get(0).branchCode());
        assertEquals(2, reports.checksByKey(new RevenueFilter(DAY, DAY, null)).size());
    }

    @Test
    void theQueriesReadFromIndexes() throws SQLException {
        Date day = Date.valueOf(DAY);
        List<Statement> statements = List.of(
                MerchandiseSql.variantChunkAfter(day, day, null, Date.valueOf(DAY.minusDays(1)), Long.MAX_VALUE, "", 2000),
                MerchandiseSql.variantChunkAfter(day, day, 1L, Date.valueOf(DAY.minusDays(1)), Long.MAX_VALUE, "", 2000),
                MerchandiseSql.stock("SKU-0001"),
                MerchandiseSql.checks(day, day, null, null, 0, 100),
                MerchandiseSql.checkCounts(day, day, null));
        for (Statement statement : statements) {
            String plan = explain(statement);
            System.out.println("EXPLAIN " + statement.text() + "\n  " + plan.replace("\n", "\n  "));
            String upper = plan.toUpperCase(Locale.ROOT);
            for (String table : List.of("VARIANT_DAY_FIGURES", "VARIANT_DAYS", "BRANCH_STOCK", "DAILY_REVENUE")) {
                assertFalse(upper.contains("PUBLIC." + table + ".TABLESCAN"), table + " scanned:\n" + plan);
            }
        }
    }

    private static String explain(Statement statement) throws SQLException {
        try (Connection c = h2.getConnection(); PreparedStatement explain = c.prepareStatement("EXPLAIN " + statement.text())) {
            int index = 1;
            for (Object parameter : statement.parameters()) {
                explain.setObject(index++, parameter);
            }
            try (ResultSet rs = explain.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
