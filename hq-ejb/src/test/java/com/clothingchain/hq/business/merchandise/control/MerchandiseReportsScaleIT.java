package com.clothingchain.hq.business.merchandise.control;

import com.clothingchain.hq.business.merchandise.entity.BranchShrink;
import com.clothingchain.hq.business.merchandise.entity.RankedUnits;
import com.clothingchain.hq.business.merchandise.entity.Ranking;
import com.clothingchain.hq.business.merchandise.entity.CheckStatus;
import com.clothingchain.hq.business.reports.control.RevenueSql;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.testing.ScaleDatabase;
import com.clothingchain.shared.persistence.SchemaMigration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HQ's merchandise reports at chain scale, in a database migrated by HQ's real scripts: {@code chain.scale.branches}
 * (1,000) branches × {@code chain.scale.days} (30) days × {@code chain.scale.variants} (20) variants sold a day each, out
 * of 50 styles in 200 variants, with every branch's stock of every variant. The target is 1,000 × 365 × 200 (73 M rows);
 * CI runs the default size, a benchmark the larger one (see README). The rankings are checked against figures worked out
 * here; the plans of every merchandise query are printed with their times, and must read variant_day_figures by an index.
 */
class MerchandiseReportsScaleIT {

    static final int BRANCHES = Integer.getInteger("chain.scale.branches", 1_000);
    static final int DAYS = Integer.getInteger("chain.scale.days", 30);
    static final int SOLD_A_DAY = Integer.getInteger("chain.scale.variants", 20);
    static final int STYLES = 50;
    static final String[] SIZES = {"S", "M", "L", "XL"};
    static final int VARIANTS = STYLES * SIZES.length;
    static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    static final LocalDate LAST = FIRST.plusDays(DAYS - 1L);

    static DataSource database;
    static MerchandiseReports reports;

    // Figures as pure functions of branch, day and variant, so that the expectations are worked out without SQL.
    static int variantSold(int branch, int day, int k) {
        return (branch + day * 7 + k * (VARIANTS / SOLD_A_DAY)) % VARIANTS;
    }

    static int sold(int branch, int day, int variant) {
        return 1 + (branch + day + variant) % 5;
    }

    static int returned(int branch, int variant) {
        return (branch + variant) % 7 == 0 ? 1 : 0;
    }

    static int lost(int branch, int day, int variant) {
        return (branch + day + variant) % 50 == 0 ? 1 : 0;
    }

    static int onHand(int branch, int variant) {
        return (branch * 3 + variant) % 40;
    }

    static String sku(int variant) {
        return String.format(Locale.ROOT, "ST%02d-%s", variant / SIZES.length, SIZES[variant % SIZES.length]);
    }

    @BeforeAll
    static void load() throws SQLException {
        assertTrue(VARIANTS % SOLD_A_DAY == 0 && SOLD_A_DAY <= VARIANTS, "chain.scale.variants divides " + VARIANTS);
        database = ScaleDatabase.open(ScaleDatabase.MYSQL ? "chain_test_merchandise" : "merchandise-scale");
        SchemaMigration.migrate(database, "classpath:db/migration/hq", MerchandiseReportsScaleIT.class.getClassLoader());
        long started = System.nanoTime();
        long rows = 0;
        try (Connection c = database.getConnection(); Statement sql = c.createStatement()) {
            c.setAutoCommit(false);
            sql.executeUpdate("INSERT INTO size_scales (id, code, name) VALUES (1, 'SCALE', 'S to XL')");
            for (int i = 0; i < SIZES.length; i++) {
                sql.executeUpdate("INSERT INTO size_scale_sizes VALUES (1, " + (i + 1) + ", '" + SIZES[i] + "')");
            }
            sql.executeUpdate("INSERT INTO categories (id, code, name, parent_id, size_scale_id) VALUES (1, 'WOMEN', 'Women', NULL, 1),"
                    + " (2, 'WOMEN-TOPS', 'Tops', 1, 1), (3, 'MEN', 'Men', NULL, 1)");
            try (PreparedStatement style = c.prepareStatement("INSERT INTO styles (id, code, name, category_id, active) VALUES (?, ?, ?, ?, TRUE)");
                 PreparedStatement variant = c.prepareStatement("INSERT INTO variants (style_id, sku, barcode, gtin, size, colour, active,"
                         + " changed_in) VALUES (?, ?, ?, ?, ?, 'navy', TRUE, 1)")) {
                for (int s = 0; s < STYLES; s++) {
                    style.setInt(1, s + 1);
                    style.setString(2, String.format(Locale.ROOT, "ST%02d", s));
                    style.setString(3, "Style " + s);
                    style.setInt(4, s % 2 == 0 ? 2 : 3);
                    style.addBatch();
                }
                style.executeBatch();
                for (int v = 0; v < VARIANTS; v++) {
                    variant.setInt(1, v / SIZES.length + 1);
                    variant.setString(2, sku(v));
                    variant.setString(3, String.format(Locale.ROOT, "2%012d", v));
                    variant.setString(4, String.format(Locale.ROOT, "02%012d", v));
                    variant.setString(5, SIZES[v % SIZES.length]);
                    variant.addBatch();
                }
                variant.executeBatch();
            }
            try (PreparedStatement branch = c.prepareStatement("INSERT INTO branches (id, code, name, location, url, time_zone, currency,"
                    + " active, registered_on, api_key_hash, key_issued_at, version) VALUES (?, ?, 'Shop', 'x', 'http://x', 'UTC', 'USD',"
                    + " TRUE, ?, ?, ?, 0)");
                 PreparedStatement stock = c.prepareStatement("INSERT INTO branch_stock VALUES (?, ?, ?, ?, ?)")) {
                for (int b = 1; b <= BRANCHES; b++) {
                    branch.setInt(1, b);
                    branch.setString(2, String.format(Locale.ROOT, "S%05d", b));
                    branch.setDate(3, Date.valueOf(FIRST));
                    branch.setString(4, String.format(Locale.ROOT, "%064d", b));
                    branch.setTimestamp(5, Timestamp.valueOf(FIRST.atStartOfDay()));
                    branch.addBatch();
                }
                branch.executeBatch();
                for (int b = 1; b <= BRANCHES; b++) {
                    for (int v = 0; v < VARIANTS; v++) {
                        stock.setInt(1, b);
                        stock.setString(2, sku(v));
                        stock.setInt(3, onHand(b, v));
                        stock.setDate(4, Date.valueOf(LAST));
                        stock.setTimestamp(5, Timestamp.valueOf(LAST.plusDays(1).atStartOfDay()));
                        stock.addBatch();
                        rows++;
                    }
                    stock.executeBatch();
                }
            }
            try (PreparedStatement day = c.prepareStatement("INSERT INTO variant_days (branch_id, business_date, revision, revenue, loss,"
                    + " rounding, variant_count, received_at) VALUES (?, ?, 1, 0, 0, 0, ?, ?)");
                 PreparedStatement figures = c.prepareStatement("INSERT INTO variant_day_figures VALUES (?, ?, ?, ?, 0, ?, 0, ?, ?, 0)")) {
                for (int d = 0; d < DAYS; d++) {
                    Date date = Date.valueOf(FIRST.plusDays(d));
                    for (int b = 1; b <= BRANCHES; b++) {
                        day.setInt(1, b);
                        day.setDate(2, date);
                        day.setInt(3, SOLD_A_DAY);
                        day.setTimestamp(4, Timestamp.valueOf(FIRST.plusDays(d + 1L).atStartOfDay()));
                        day.addBatch();
                    }
                    day.executeBatch();
                    for (int b = 1; b <= BRANCHES; b++) {
                        for (int k = 0; k < SOLD_A_DAY; k++) {
                            int v = variantSold(b, d, k);
                            figures.setInt(1, b);
                            figures.setDate(2, date);
                            figures.setString(3, sku(v));
                            figures.setInt(4, sold(b, d, v));
                            figures.setInt(5, returned(b, v));
                            figures.setInt(6, lost(b, d, v));
                            figures.setBigDecimal(7, java.math.BigDecimal.valueOf(lost(b, d, v) * 1000L, 2));
                            figures.addBatch();
                            rows++;
                        }
                    }
                    figures.executeBatch();
                    c.commit();
                }
            }
            c.commit();
            sql.execute(ScaleDatabase.MYSQL ? "ANALYZE TABLE variant_day_figures, variant_days, branch_stock, variants, styles" : "ANALYZE");
        }
        System.out.printf("Merchandise scale: %d branches x %d days x %d variants a day: %,d rows loaded in %d s (%s)%n", BRANCHES, DAYS,
                SOLD_A_DAY, rows, (System.nanoTime() - started) / 1_000_000_000L, ScaleDatabase.MYSQL ? "MySQL/MariaDB" : "H2");
        reports = new MerchandiseReports(database);
    }

    @Test
    void theRankingOfAMonthAddsUpToFiguresWorkedOutHere() {
        int from = Math.max(0, DAYS - 30);
        Map<String, long[]> expected = new HashMap<>();
        for (int d = from; d < DAYS; d++) {
            for (int b = 1; b <= BRANCHES; b++) {
                for (int k = 0; k < SOLD_A_DAY; k++) {
                    int v = variantSold(b, d, k);
                    long[] style = expected.computeIfAbsent(sku(v).substring(0, 4), code -> new long[3]);
                    style[0] += sold(b, d, v);
                    style[1] += returned(b, v);
                    style[2] += lost(b, d, v);
                }
            }
        }
        List<Map.Entry<String, long[]>> best = new ArrayList<>(expected.entrySet());
        best.sort(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -(e.getValue()[0] - e.getValue()[1]))
                .thenComparingLong(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey));
        var month = new RevenueFilter(FIRST.plusDays(from), LAST, null);
        List<RankedUnits> page = ScaleDatabase.timed("style ranking, all branches, " + (DAYS - from) + " days",
                () -> reports.ranking(month, Ranking.STYLE, null, true, 0, 10));
        for (int i = 0; i < 10; i++) {
            long[] figures = best.get(i).getValue();
            assertEquals(best.get(i).getKey(), page.get(i).key(), "rank " + (i + 1));
            assertEquals(List.of(figures[0], figures[1], figures[2]), List.of(page.get(i).sold(), page.get(i).returned(), page.get(i).lost()));
        }
        long stockOfFirst = 0;
        for (int b = 1; b <= BRANCHES; b++) {
            for (int v = 0; v < VARIANTS; v++) {
                if (sku(v).startsWith(page.get(0).key())) {
                    stockOfFirst += onHand(b, v);
                }
            }
        }
        assertEquals(stockOfFirst, page.get(0).onHand(), "on hand of every branch");
        List<BranchShrink> shrink = ScaleDatabase.timed("returns and shrink per branch", () -> reports.branchShrink(month));
        assertEquals(BRANCHES, shrink.size());
        assertEquals(expected.values().stream().mapToLong(f -> f[0]).sum(), shrink.stream().mapToLong(BranchShrink::sold).sum());
        List<RankedUnits> branches = ScaleDatabase.timed("branch ranking, all branches",
                () -> reports.ranking(month, Ranking.BRANCH, null, true, 0, BRANCHES));
        assertEquals(BRANCHES, branches.size());
        assertEquals(expected.values().stream().mapToLong(f -> f[0]).sum(), branches.stream().mapToLong(RankedUnits::sold).sum());
    }

    @Test
    void everyMerchandiseQueryReadsTheFiguresByAnIndex() throws SQLException {
        Date from = Date.valueOf(LAST.minusDays(Math.min(29, DAYS - 1)));
        Date to = Date.valueOf(LAST);
        Map<String, RevenueSql.Statement> statements = new java.util.LinkedHashMap<>();
        statements.put("styles, all branches", MerchandiseSql.ranking(Ranking.STYLE, from, to, null, null, true, 0, 50));
        statements.put("styles, one branch", MerchandiseSql.ranking(Ranking.STYLE, from, to, 500L, null, false, 0, 50));
        statements.put("styles, a category", MerchandiseSql.ranking(Ranking.STYLE, from, to, null, 1L, true, 0, 50));
        statements.put("colours, all branches", MerchandiseSql.ranking(Ranking.COLOUR, from, to, null, null, true, 0, 50));
        statements.put("categories, all branches", MerchandiseSql.ranking(Ranking.CATEGORY, from, to, null, null, true, 0, 50));
        statements.put("branches, a category", MerchandiseSql.branchUnits(from, to, null,
                MerchandiseSql.categorySkus(1L).rows(database, rs -> rs.getString(1))));
        statements.put("size curve", MerchandiseSql.sizeCurve(from, to, null, 1L));
        statements.put("shrink per branch", MerchandiseSql.branchUnits(from, to, null, null));
        statements.put("sales by variant, a chunk", MerchandiseSql.variantChunkAfter(from, to, null, Date.valueOf(LAST.minusDays(30)),
                Long.MAX_VALUE, "", 2_000));
        statements.put("sales by variant, a chunk halfway", MerchandiseSql.variantChunkAfter(from, to, null,
                Date.valueOf(LAST.minusDays(Math.min(14, DAYS - 1))), BRANCHES / 2, "", 2_000));
        statements.put("sales by variant, one branch", MerchandiseSql.variantChunkAfter(from, to, 500L, Date.valueOf(LAST.minusDays(30)),
                Long.MAX_VALUE, "", 2_000));
        statements.put("checks", MerchandiseSql.checks(from, to, null, CheckStatus.DIFFERS, 0, 100));
        statements.put("stock of a SKU", MerchandiseSql.stock(sku(7)));
        for (var statement : statements.entrySet()) {
            String plan = ScaleDatabase.explain(database, statement.getValue());
            ScaleDatabase.timed(statement.getKey(), () -> statement.getValue().rows(database, rs -> 1).size());
            System.out.println("EXPLAIN " + statement.getKey() + ": " + statement.getValue().text() + "\n  " + plan.replace("\n", "\n  "));
            assertTrue(noScanOfFigures(plan), statement.getKey() + " must not scan variant_day_figures:\n" + plan);
        }
    }

    /** H2: no table scan of variant_day_figures; MySQL: no row of the plan reads variant_day_figures (aliases f, x) by a full scan. */
    static boolean noScanOfFigures(String plan) {
        String upper = plan.toUpperCase(Locale.ROOT);
        if (ScaleDatabase.MYSQL) {
            return upper.lines().filter(line -> line.contains(" TABLE=F ") || line.contains(" TABLE=X "))
                    .noneMatch(line -> line.contains(" TYPE=ALL "));
        }
        return !upper.contains("VARIANT_DAY_FIGURES.TABLESCAN");
    }
}
