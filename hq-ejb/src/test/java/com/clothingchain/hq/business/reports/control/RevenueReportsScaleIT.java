package com.clothingchain.hq.business.reports.control;

import com.clothingchain.hq.business.reports.entity.DayTotal;
import com.clothingchain.hq.business.reports.entity.MissingReports;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.reports.entity.RevenueRow;
import com.clothingchain.hq.business.reports.entity.RevenueSort;
import com.clothingchain.hq.business.reports.entity.Totals;
import com.clothingchain.hq.business.testing.ScaleDatabase;
import com.clothingchain.shared.persistence.SchemaMigration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report queries over 1,000 branches × 365 days (365,000 daily reports) in a database migrated by HQ's
 * real Flyway scripts: H2 by default, MariaDB/MySQL with {@code -Pmysql} (database {@code chain_test_reports},
 * user from CHAIN_TEST_MYSQL_USER / CHAIN_TEST_MYSQL_PASSWORD, as .ci/run prepares it). Every fourth branch
 * reports in EUR, the others in USD. Checks the sums per currency against figures computed here, and that the
 * daily revenue page's queries read daily_revenue through an index, never by scanning it.
 */
class RevenueReportsScaleIT {

    static final int BRANCHES = 1_000;
    static final int DAYS = 365;
    static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    static final LocalDate LAST = FIRST.plusDays(DAYS - 1);
    static final Clock DAY_AFTER = Clock.fixed(LAST.plusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    /** Reports that were never sent: branch 7 on the last day, branch 500 on two days. */
    static final List<long[]> UNSENT = List.of(new long[]{7, DAYS - 1}, new long[]{500, 100}, new long[]{500, 101});

    static final boolean MYSQL = ScaleDatabase.MYSQL;
    static DataSource database;
    static RevenueReports reports;

    // Figures as pure functions of branch and day, so that the expectations are computed without SQL.
    static BigDecimal revenue(long branch, long day) {
        return BigDecimal.valueOf(10_000 + (branch * 7919 + day * 104_729) % 900_000, 2);
    }

    static BigDecimal loss(long branch, long day) {
        return BigDecimal.valueOf((branch * 31 + day * 17) % 5_000, 2);
    }

    static int transactions(long branch, long day) {
        return (int) (20 + (branch + day * 3) % 80);
    }

    static String currency(long branch) {
        return branch % 4 == 0 ? "EUR" : "USD";
    }

    static boolean sent(long branch, long day) {
        return UNSENT.stream().noneMatch(u -> u[0] == branch && u[1] == day);
    }

    @BeforeAll
    static void load() throws SQLException {
        database = ScaleDatabase.open(MYSQL ? "chain_test_reports" : "scale");
        if (MYSQL) {
            try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
                for (String table : List.of("daily_revenue", "branches", "user_accounts", "flyway_schema_history")) {
                    s.execute("DROP TABLE IF EXISTS " + table);
                }
            }
        }
        SchemaMigration.migrate(database, "classpath:db/migration/hq", RevenueReportsScaleIT.class.getClassLoader());
        long started = System.nanoTime();
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement branch = c.prepareStatement("INSERT INTO branches (id, code, name, location, url, time_zone,"
                    + " currency, active, registered_on, api_key_hash, key_issued_at, version) VALUES (?, ?, ?, 'Somewhere',"
                    + " 'http://localhost/branch/', 'UTC', ?, TRUE, ?, ?, ?, 0)")) {
                for (int b = 1; b <= BRANCHES; b++) {
                    branch.setLong(1, b);
                    branch.setString(2, code(b));
                    branch.setString(3, "Branch " + b);
                    branch.setString(4, currency(b));
                    branch.setDate(5, Date.valueOf(FIRST));
                    branch.setString(6, String.format(Locale.ROOT, "%064d", b));
                    branch.setTimestamp(7, Timestamp.valueOf(FIRST.atStartOfDay()));
                    branch.addBatch();
                }
                branch.executeBatch();
            }
            try (PreparedStatement report = c.prepareStatement("INSERT INTO daily_revenue (branch_id, business_date, revenue,"
                    + " loss, transaction_count, revision, received_at) VALUES (?, ?, ?, ?, ?, 1, ?)")) {
                int batched = 0;
                for (int day = 0; day < DAYS; day++) {
                    Date date = Date.valueOf(FIRST.plusDays(day));
                    Timestamp received = Timestamp.valueOf(FIRST.plusDays(day + 1L).atTime(1, 0));
                    for (int b = 1; b <= BRANCHES; b++) {
                        if (!sent(b, day)) {
                            continue;
                        }
                        report.setLong(1, b);
                        report.setDate(2, date);
                        report.setBigDecimal(3, revenue(b, day));
                        report.setBigDecimal(4, loss(b, day));
                        report.setInt(5, transactions(b, day));
                        report.setTimestamp(6, received);
                        report.addBatch();
                        if (++batched % 5_000 == 0) {
                            report.executeBatch();
                        }
                    }
                }
                report.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute(MYSQL ? "ANALYZE TABLE daily_revenue, branches" : "ANALYZE");
            }
        }
        System.out.printf("Loaded %d branches x %d days into %s in %d ms%n", BRANCHES, DAYS, MYSQL ? "MySQL/MariaDB" : "H2",
                (System.nanoTime() - started) / 1_000_000);
        reports = new RevenueReports(database, DAY_AFTER);
    }

    static String code(long branch) {
        return String.format(Locale.ROOT, "B%04d", branch);
    }

    /** The sums per currency, in currency order, computed here without SQL. */
    static List<Totals> expected(int fromDay, int toDay, Long onlyBranch) {
        Map<String, Totals> byCurrency = new TreeMap<>();
        for (int day = fromDay; day <= toDay; day++) {
            for (long b = 1; b <= BRANCHES; b++) {
                if ((onlyBranch == null || onlyBranch == b) && sent(b, day)) {
                    Totals sum = byCurrency.getOrDefault(currency(b), Totals.none(currency(b)));
                    byCurrency.put(currency(b), new Totals(sum.getCurrency(), sum.getReports() + 1,
                            sum.getRevenue().add(revenue(b, day)), sum.getLoss().add(loss(b, day)),
                            sum.getTransactions() + transactions(b, day)));
                }
            }
        }
        return List.copyOf(byCurrency.values());
    }

    static void assertTotals(List<Totals> expected, List<Totals> actual) {
        assertEquals(expected.stream().map(Totals::getCurrency).toList(), actual.stream().map(Totals::getCurrency).toList(),
                "one line per currency, in currency order");
        for (int i = 0; i < expected.size(); i++) {
            Totals want = expected.get(i);
            Totals got = actual.get(i);
            assertEquals(want.getReports(), got.getReports(), want.getCurrency());
            assertEquals(want.getRevenue(), got.getRevenue(), want.getCurrency());
            assertEquals(want.getLoss(), got.getLoss(), want.getCurrency());
            assertEquals(want.getTransactions(), got.getTransactions(), want.getCurrency());
            assertEquals(want.getLossRatio(), got.getLossRatio(), want.getCurrency());
        }
    }

    @Test
    void totalsOfTheWholeYearAndOfOneBranchMatchPerCurrency() {
        var year = new RevenueFilter(FIRST, LAST, null);
        List<Totals> all = ScaleDatabase.timed("totals per currency, all branches, 365 days", () -> reports.totals(year));
        assertTotals(expected(0, DAYS - 1, null), all);
        assertEquals(List.of("EUR", "USD"), all.stream().map(Totals::getCurrency).toList());
        long reported = all.stream().mapToLong(Totals::getReports).sum();
        assertEquals(BRANCHES * DAYS - UNSENT.size(), reported);
        all.forEach(line -> System.out.println("  = " + line));
        assertEquals(reported, ScaleDatabase.timed("count, all branches, 365 days", () -> reports.count(year)));

        var oneBranch = new RevenueFilter(FIRST.plusDays(90), FIRST.plusDays(119), code(500));
        List<Totals> euros = ScaleDatabase.timed("totals, one branch, 30 days", () -> reports.totals(oneBranch));
        assertTotals(expected(90, 119, 500L), euros);
        assertEquals("EUR", euros.get(0).getCurrency());
        assertTotals(expected(0, DAYS - 1, 7L), reports.totals(new RevenueFilter(FIRST, LAST, code(7))));

        assertEquals(List.of(), reports.totals(new RevenueFilter(FIRST.minusDays(30), FIRST.minusDays(1), null)),
                "no reports, no lines");
    }

    @Test
    void pagesAreSortedAndDoNotOverlap() {
        var month = new RevenueFilter(LAST.minusDays(29), LAST, null);
        List<RevenueRow> first = ScaleDatabase.timed("page 1 of 25, 30 days, by date desc", () -> reports.page(month, 0, 25, RevenueSort.DATE, false));
        List<RevenueRow> second = reports.page(month, 25, 25, RevenueSort.DATE, false);
        assertEquals(25, first.size());
        assertEquals(LAST, first.get(0).getBusinessDate());
        assertTrue(first.stream().noneMatch(r -> second.stream().anyMatch(s -> s.getKey().equals(r.getKey()))));
        List<RevenueRow> deepPage = ScaleDatabase.timed("page 1,000 of 25, 30 days, by date desc", () -> reports.page(month, 25 * 999, 25, RevenueSort.DATE, false));
        assertEquals(25, deepPage.size());

        List<RevenueRow> byRevenue = ScaleDatabase.timed("page 1 of 25, 30 days, by revenue desc", () -> reports.page(month, 0, 25, RevenueSort.REVENUE, false));
        BigDecimal highest = BigDecimal.ZERO;
        for (int day = DAYS - 30; day < DAYS; day++) {
            for (long b = 1; b <= BRANCHES; b++) {
                if (sent(b, day) && revenue(b, day).compareTo(highest) > 0) {
                    highest = revenue(b, day);
                }
            }
        }
        assertEquals(highest, byRevenue.get(0).getRevenue());
        for (int i = 1; i < byRevenue.size(); i++) {
            assertTrue(byRevenue.get(i - 1).getRevenue().compareTo(byRevenue.get(i).getRevenue()) >= 0);
        }
        List<RevenueRow> byBranch = reports.page(month, 0, 25, RevenueSort.BRANCH, true);
        assertTrue(byBranch.stream().allMatch(r -> r.getBranchCode().equals(code(1))));
    }

    @Test
    void dailyTotalsAndTheExportMatch() {
        var month = new RevenueFilter(LAST.minusDays(29), LAST, null);
        List<DayTotal> days = ScaleDatabase.timed("daily chain totals per currency, 30 days", () -> reports.dailyTotals(month));
        assertEquals(30 * 2, days.size(), "a line per date and currency");
        for (DayTotal day : days) {
            int index = (int) (day.date().toEpochDay() - FIRST.toEpochDay());
            Totals expected = expected(index, index, null).stream()
                    .filter(line -> line.getCurrency().equals(day.currency())).findFirst().orElseThrow();
            assertEquals(expected.getRevenue(), day.revenue(), day.toString());
            assertEquals(expected.getLoss(), day.loss(), day.toString());
            assertEquals(expected.getReports(), day.reports());
        }
        List<RevenueRow> exported = new ArrayList<>();
        ScaleDatabase.timed("export, 30 days, all branches (30,000 rows in chunks)", () -> {
            reports.forEachRow(month, exported::add);
            return exported.size();
        });
        List<Totals> expected = expected(DAYS - 30, DAYS - 1, null);
        assertEquals(expected.stream().mapToLong(Totals::getReports).sum(), exported.size());
        assertEquals(exported.size(), exported.stream().map(RevenueRow::getKey).distinct().count(), "no row twice");
        assertTrue(exported.stream().allMatch(row -> row.getCurrency().equals(currency(Long.parseLong(row.getBranchCode().substring(1))))),
                "each row carries its branch's currency");
        for (Totals line : expected) {
            assertEquals(line.getRevenue(), exported.stream().filter(row -> row.getCurrency().equals(line.getCurrency()))
                    .map(RevenueRow::getRevenue).reduce(BigDecimal.ZERO, BigDecimal::add), line.getCurrency());
        }
    }

    @Test
    void theLatestCompleteDateAndTheMissingReports() {
        // Branch 7 did not report the last day, so the day before is the latest complete one.
        assertEquals(LAST.minusDays(1), ScaleDatabase.timed("latest complete date", () -> reports.latestCompleteDate()).orElseThrow());
        var last = reports.dayStatus(LAST);
        assertEquals(BRANCHES, last.getActiveBranches());
        assertEquals(BRANCHES - 1, last.getReported());
        assertEquals(List.of(code(7)), last.getNotReported());
        assertTotals(expected(DAYS - 1, DAYS - 1, null), last.getTotals());

        List<MissingReports> missing = ScaleDatabase.timed("missing reports", () -> reports.missingReports());
        assertEquals(List.of(code(7), code(500)), missing.stream().map(MissingReports::getBranchCode).toList());
        assertEquals(List.of(LAST), missing.get(0).getLatestMissing());
        assertEquals(List.of(FIRST.plusDays(101), FIRST.plusDays(100)), missing.get(1).getLatestMissing());
    }

    @Test
    void theDailyRevenuePagesQueriesAreServedByAnIndex() throws SQLException {
        var month = new RevenueFilter(LAST.minusDays(29), LAST, null);
        var oneBranch = new RevenueFilter(LAST.minusDays(29), LAST, code(500));
        for (var statement : List.of(RevenueSql.page(month, 0, 25, RevenueSort.DATE, false),
                RevenueSql.page(month, 0, 25, RevenueSort.REVENUE, false), RevenueSql.count(month), RevenueSql.totals(month),
                RevenueSql.dailyTotals(month), RevenueSql.page(oneBranch, 0, 25, RevenueSort.DATE, false),
                RevenueSql.totals(oneBranch))) {
            String plan = explain(statement);
            System.out.println("EXPLAIN " + statement.text() + "\n  " + plan.replace("\n", "\n  "));
            assertTrue(readsDailyRevenueByIndex(plan), "daily_revenue must be read through an index:\n" + plan);
        }
    }

    /** H2: the plan names the index in a comment; MySQL: the row of table d has a key and is not a full scan. */
    static boolean readsDailyRevenueByIndex(String plan) {
        String upper = plan.toUpperCase(Locale.ROOT);
        if (MYSQL) {
            return upper.lines().filter(line -> line.contains(" TABLE=D "))
                    .anyMatch(line -> !line.contains(" TYPE=ALL ") && (line.contains(" KEY=IX_DAILY_REVENUE_DATE_BRANCH ")
                            || line.contains(" KEY=UK_DAILY_REVENUE_BRANCH_DATE ")));
        }
        return !upper.contains("DAILY_REVENUE.TABLESCAN")
                && (upper.contains("IX_DAILY_REVENUE_DATE_BRANCH") || upper.contains("UK_DAILY_REVENUE_BRANCH_DATE"));
    }

    static String explain(RevenueSql.Statement statement) throws SQLException {
        return ScaleDatabase.explain(database, statement);
    }
}
