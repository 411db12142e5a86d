package com.clothingchain.hq.business.merchandise.control;

import com.clothingchain.hq.business.merchandise.entity.BranchShrink;
import com.clothingchain.hq.business.merchandise.entity.SizeShare;
import com.clothingchain.hq.business.merchandise.entity.RankedUnits;
import com.clothingchain.hq.business.merchandise.entity.Ranking;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.shared.persistence.SchemaMigration;
import com.clothingchain.shared.problem.ProblemException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Best and worst sellers, sell-through, size curves and returns and shrink per branch, over H2 migrated by HQ's real
 * scripts, against figures worked out by hand: four styles in two categories (one under a parent), two branches.
 */
class StyleSalesTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    static final RevenueFilter ALL = new RevenueFilter(DAY, DAY, null);
    static MerchandiseReports reports;

    @BeforeAll
    static void data() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:style-sales;DB_CLOSE_DELAY=-1");
        SchemaMigration.migrate(h2, "classpath:db/migration/hq", StyleSalesTest.class.getClassLoader());
        reports = new MerchandiseReports(h2);
        try (Connection c = h2.getConnection(); Statement sql = c.createStatement()) {
            sql.executeUpdate("INSERT INTO size_scales (id, code, name) VALUES (1, 'SML', 'S to L')");
            sql.executeUpdate("INSERT INTO size_scale_sizes VALUES (1, 1, 'S'), (1, 2, 'M'), (1, 3, 'L')");
            sql.executeUpdate("INSERT INTO categories (id, code, name, parent_id, size_scale_id) VALUES (1, 'TOPS', 'Tops', NULL, 1),"
                    + " (2, 'TEES', 'Tees', 1, 1), (3, 'BOTTOMS', 'Bottoms', NULL, 1)");
            sql.executeUpdate("INSERT INTO styles (id, code, name, category_id, active) VALUES (1, 'TEE-A', 'Tee A', 2, TRUE),"
                    + " (2, 'TEE-B', 'Tee B', 2, TRUE), (3, 'PANT-C', 'Pant C', 3, TRUE), (4, 'TEE-D', 'Tee D', 2, TRUE)");
            String[][] variants = {{"1", "TEE-A-S", "S"}, {"1", "TEE-A-M", "M"}, {"1", "TEE-A-L", "L"}, {"2", "TEE-B-M", "M"},
                    {"3", "PANT-C-M", "M"}, {"4", "TEE-D-M", "M"}};
            for (int i = 0; i < variants.length; i++) {
                sql.executeUpdate("INSERT INTO variants (style_id, sku, barcode, gtin, size, colour, active, changed_in) VALUES ("
                        + variants[i][0] + ", '" + variants[i][1] + "', '20000000000" + i + "', '0020000000000" + i + "', '"
                        + variants[i][2] + "', 'navy', TRUE, 1)");
            }
            for (String[] branch : new String[][]{{"10", "X1", "EUR"}, {"11", "X2", "USD"}}) {
                sql.executeUpdate("INSERT INTO branches (id, code, name, location, url, time_zone, currency, active, registered_on,"
                        + " api_key_hash, key_issued_at, version) VALUES (" + branch[0] + ", '" + branch[1] + "', 'Shop', 'x', 'http://x',"
                        + " 'UTC', '" + branch[2] + "', TRUE, DATE '2026-01-01', '" + branch[1].repeat(32) + "', TIMESTAMP '2026-01-01 00:00:00', 0)");
                sql.executeUpdate("INSERT INTO variant_days (branch_id, business_date, revision, revenue, loss, rounding, variant_count,"
                        + " received_at) VALUES (" + branch[0] + ", DATE '2026-03-01', 1, 0, 0, 0, 0, TIMESTAMP '2026-03-02 08:00:00')");
            }
            // branch, sku, sold, returned, lost, loss value
            Object[][] figures = {{10, "TEE-A-M", 5, 1, 0, "0.00"}, {10, "TEE-A-S", 2, 0, 0, "0.00"}, {10, "TEE-B-M", 3, 0, 1, "10.00"},
                    {10, "PANT-C-M", 4, 2, 0, "0.00"}, {11, "TEE-A-L", 1, 0, 0, "0.00"}, {11, "PANT-C-M", 6, 0, 0, "0.00"}};
            for (Object[] f : figures) {
                sql.executeUpdate("INSERT INTO variant_day_figures VALUES (" + f[0] + ", DATE '2026-03-01', '" + f[1] + "', " + f[2]
                        + ", 0, " + f[3] + ", 0, " + f[4] + ", " + f[5] + ", 0)");
            }
            sql.executeUpdate("INSERT INTO branch_stock VALUES (10, 'TEE-A-M', 4, DATE '2026-03-01', TIMESTAMP '2026-03-02 08:00:00'),"
                    + " (11, 'TEE-B-M', 7, DATE '2026-03-01', TIMESTAMP '2026-03-02 08:00:00'),"
                    + " (10, 'TEE-D-M', 10, DATE '2026-03-01', TIMESTAMP '2026-03-02 08:00:00')");
        }
    }

    private static List<String> codes(List<RankedUnits> rows) {
        return rows.stream().map(RankedUnits::key).toList();
    }

    @Test
    void bestAndWorstSellersRankEveryStyleByNetUnitsWithSellThroughAndReturnRate() {
        List<RankedUnits> best = reports.ranking(ALL, Ranking.STYLE, null, true, 0, 10);
        assertEquals(List.of("PANT-C", "TEE-A", "TEE-B", "TEE-D"), codes(best));
        RankedUnits teeA = best.get(1);
        assertEquals(List.of(8L, 1L, 0L, 4L, 7L), List.of(teeA.sold(), teeA.returned(), teeA.lost(), teeA.onHand(), teeA.netSold()));
        assertEquals(new BigDecimal("63.6"), teeA.sellThrough(), "7 / (7 + 4)");
        assertEquals(new BigDecimal("12.5"), teeA.returnRate(), "1 of 8");
        assertEquals(new BigDecimal("100.0"), best.get(0).sellThrough(), "nothing left");
        assertEquals(new BigDecimal("0.0"), best.get(3).sellThrough(), "10 on hand, none sold");
        assertNull(best.get(3).returnRate(), "nothing sold, no rate");

        assertEquals(List.of("TEE-D", "TEE-B", "TEE-A", "PANT-C"), codes(reports.ranking(ALL, Ranking.STYLE, null, false, 0, 10)));
        assertEquals(List.of("TEE-B", "TEE-A"), codes(reports.ranking(ALL, Ranking.STYLE, null, false, 1, 2)), "a page");
        assertEquals(4, reports.countRanked(ALL, Ranking.STYLE, null));
    }

    @Test
    void aCategoryTakesItsSubCategoriesAndABranchOnlyItsOwnFiguresAndStock() {
        assertEquals(List.of("TEE-A", "TEE-B", "TEE-D"), codes(reports.ranking(ALL, Ranking.STYLE, "TOPS", true, 0, 10)));
        assertEquals(3, reports.countRanked(ALL, Ranking.STYLE, "TOPS"));
        assertEquals(List.of("PANT-C"), codes(reports.ranking(ALL, Ranking.STYLE, "BOTTOMS", true, 0, 10)));

        List<RankedUnits> x1 = reports.ranking(new RevenueFilter(DAY, DAY, "X1"), Ranking.STYLE, null, true, 0, 10);
        assertEquals(List.of("TEE-A", "TEE-B", "PANT-C", "TEE-D"), codes(x1));
        assertEquals(new BigDecimal("60.0"), x1.get(0).sellThrough(), "6 / (6 + 4)");
        assertEquals(new BigDecimal("100.0"), x1.get(1).sellThrough(), "TEE-B's 7 on hand are at X2");
        assertEquals(List.of(), reports.ranking(new RevenueFilter(DAY, DAY, "NOPE"), Ranking.STYLE, null, true, 0, 10));
        List<RankedUnits> quietDay = reports.ranking(new RevenueFilter(DAY.plusDays(1), DAY.plusDays(1), null), Ranking.STYLE, null,
                true, 0, 10);
        assertEquals(List.of("PANT-C", "TEE-A", "TEE-B", "TEE-D"), codes(quietDay), "nothing sold: every style, in code order");
        assertEquals(List.of(0L, 4L), List.of(quietDay.get(1).sold(), quietDay.get(1).onHand()), "stock as last reported");
        assertThrows(ProblemException.class, () -> reports.ranking(ALL, Ranking.STYLE, "NO-SUCH", true, 0, 10));
    }

    @Test
    void coloursSizesCategoriesAndBranchesRankTheirSummedUnits() {
        // X1 and X2 sold TEE-A S 2, M 5 (1 back), L 1; TEE-B M 3 (1 written off); PANT-C M 10 (2 back); TEE-D nothing.
        List<RankedUnits> sizes = reports.ranking(ALL, Ranking.SIZE, null, true, 0, 10);
        assertEquals(List.of("M", "S", "L"), codes(sizes));
        assertEquals(List.of(18L, 3L, 1L, 21L, 15L), List.of(sizes.get(0).sold(), sizes.get(0).returned(), sizes.get(0).lost(),
                sizes.get(0).onHand(), sizes.get(0).netSold()), "M: every style's M, and all M on hand");
        assertEquals(3, reports.countRanked(ALL, Ranking.SIZE, null));
        assertEquals(List.of("L", "S", "M"), codes(reports.ranking(ALL, Ranking.SIZE, null, false, 0, 10)));
        assertEquals(List.of("M", "S", "L"), codes(reports.ranking(ALL, Ranking.SIZE, "TOPS", true, 0, 10)));
        assertEquals(7, reports.ranking(ALL, Ranking.SIZE, "TOPS", true, 0, 1).get(0).netSold(), "TEE-A M 5 less 1 back, TEE-B M 3");

        List<RankedUnits> colours = reports.ranking(ALL, Ranking.COLOUR, null, true, 0, 10);
        assertEquals(List.of("navy"), codes(colours));
        assertEquals(21, colours.get(0).sold());

        List<RankedUnits> categories = reports.ranking(ALL, Ranking.CATEGORY, null, true, 0, 10);
        assertEquals(List.of("TEES", "BOTTOMS"), codes(categories), "a category with no style of its own is not ranked");
        assertEquals(List.of(11L, 1L, 1L, 21L), List.of(categories.get(0).sold(), categories.get(0).returned(),
                categories.get(0).lost(), categories.get(0).onHand()));
        assertEquals("Tees", categories.get(0).name());

        List<RankedUnits> branches = reports.ranking(ALL, Ranking.BRANCH, null, true, 0, 10);
        assertEquals(List.of("X1", "X2"), codes(branches));
        assertEquals(List.of(14L, 3L, 1L, 14L), List.of(branches.get(0).sold(), branches.get(0).returned(), branches.get(0).lost(),
                branches.get(0).onHand()));
        assertEquals(List.of("X2"), codes(reports.ranking(ALL, Ranking.BRANCH, "BOTTOMS", true, 0, 10).subList(0, 1)),
                "PANT-C: X2 6 net, X1 2");
        assertEquals(2, reports.countRanked(ALL, Ranking.BRANCH, null));
        List<RankedUnits> x2Tops = reports.ranking(new RevenueFilter(DAY, DAY, "X2"), Ranking.BRANCH, "TOPS", true, 0, 10);
        assertEquals(List.of(List.of(1L, 7L)), x2Tops.stream().map(r -> List.of(r.sold(), r.onHand())).toList(), "X2's tops only");
        assertEquals(List.of("X1"), codes(reports.ranking(ALL, Ranking.BRANCH, null, true, 0, 1)), "a page");
    }

    @Test
    void aRankingIsExportedWithItsRanksAsCsvAndAsAWorkbook() throws Exception {
        List<RankedUnits> styles = reports.ranking(ALL, Ranking.STYLE, null, true, 0, 10);
        var csv = new java.io.ByteArrayOutputStream();
        RankingFile.csv(styles, csv);
        String[] lines = csv.toString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        assertEquals(String.join(",", RankingFile.COLUMNS), lines[0]);
        assertEquals("2,TEE-A,Tee A,TEES,8,1,7,0,4,63.6,12.5", lines[2]);
        assertEquals("4,TEE-D,Tee D,TEES,0,0,0,0,10,0.0,", lines[4], "no return rate: an empty cell");

        var xlsx = new java.io.ByteArrayOutputStream();
        RankingFile.xlsx(Ranking.CATEGORY, reports.ranking(ALL, Ranking.CATEGORY, null, true, 0, 10), xlsx);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.getSheet("Categories");
            assertEquals(List.of("Category", "TEES", "BOTTOMS"), List.of(sheet.getRow(0).getCell(1).getStringCellValue(),
                    sheet.getRow(1).getCell(1).getStringCellValue(), sheet.getRow(2).getCell(1).getStringCellValue()));
            assertEquals(11.0, sheet.getRow(1).getCell(4).getNumericCellValue(), "sold, a number");
            assertEquals(20.0, sheet.getRow(2).getCell(10).getNumericCellValue(), 0.001, "BOTTOMS: 2 of 10 back");
        }
    }

    @Test
    void aSizeCurveFollowsTheScaleAndShrinkIsPerBranch() {
        assertEquals(List.of(new SizeShare("S", 2), new SizeShare("M", 8), new SizeShare("L", 1)), reports.sizeCurve(ALL, "TOPS"));
        assertEquals(List.of(new SizeShare("M", 10)), reports.sizeCurve(ALL, "BOTTOMS"));
        assertEquals(List.of(), reports.sizeCurve(ALL, null));

        List<BranchShrink> shrink = reports.branchShrink(ALL);
        assertEquals(List.of(new BranchShrink("X1", "EUR", 14, 3, 1, new BigDecimal("10.00")),
                new BranchShrink("X2", "USD", 7, 0, 0, new BigDecimal("0.00"))), shrink);
        assertEquals(new BigDecimal("21.4"), shrink.get(0).returnRate(), "3 of 14");
        assertEquals(new BigDecimal("7.1"), shrink.get(0).shrinkRate(), "1 of 14");
    }
}
