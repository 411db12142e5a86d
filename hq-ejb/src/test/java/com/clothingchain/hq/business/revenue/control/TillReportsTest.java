package com.clothingchain.hq.business.revenue.control;

import com.clothingchain.contract.DailyRevenueReport;
import com.clothingchain.hq.business.branches.control.HqTestDatabase;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.reports.control.RevenueReports;
import com.clothingchain.hq.business.reports.entity.CashTotals;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.reports.entity.RevenueRow;
import com.clothingchain.hq.business.reports.entity.RevenueSort;
import com.clothingchain.hq.business.revenue.entity.Figures;
import com.clothingchain.shared.problem.ProblemException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Version 2 daily reports over HQ's real schema (H2): stored with their tender amounts, a resend changing nothing, a
 * higher revision keeping the replaced one's amounts, and the reports reading them back a page or a chunk at a time.
 */
class TillReportsTest {

    static HqTestDatabase db;
    static Branch usd;
    static Branch eur;
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    static void migrate() {
        db = new HqTestDatabase("till-reports");
        usd = db.branch("R1", "USD", 30);
        eur = db.branch("R2", "EUR", 30);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static DailyRevenueBook.Stored record(Branch branch, LocalDate date, DailyRevenueReport report) {
        Figures figures = ReportFigures.of(report);
        return db.inTransaction(em -> {
            var book = new DailyRevenueBook();
            book.em = em;
            book.audit = db.audit(em);
            book.backfillDays = 400;
            return book.record(branch, date, figures);
        });
    }

    static DailyRevenueReport v2(int revision, Map<String, BigDecimal> tenders, String revenue, String tax, String variance) {
        return new DailyRevenueReport(new BigDecimal(revenue), BigDecimal.ZERO, 3, revision, 2, tenders, new BigDecimal(tax),
                new BigDecimal("1.00"), variance == null ? null : new BigDecimal(variance));
    }

    static Map<String, BigDecimal> tenders(String... codesAndAmounts) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndAmounts.length; i += 2) {
            map.put(codesAndAmounts[i], new BigDecimal(codesAndAmounts[i + 1]));
        }
        return map;
    }

    static long count(String sql) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aVersionTwoReportIsStoredOnceAndARevisionKeepsTheReplacedAmounts() {
        LocalDate date = TODAY.minusDays(3);
        var first = record(usd, date, v2(1, tenders("CASH", "30", "CARD", "70.50"), "100.50", "16.75", "-0.05"));
        assertEquals(DailyRevenueBook.Outcome.CREATED, first.outcome());
        assertEquals(Map.of("CASH", new BigDecimal("30.00"), "CARD", new BigDecimal("70.50")), first.report().getTenders());
        var again = record(usd, date, v2(1, tenders("CARD", "70.5", "CASH", "30.00"), "100.5", "16.750", "-0.050"));
        assertEquals(DailyRevenueBook.Outcome.UNCHANGED, again.outcome());
        assertEquals(first.report().getReceivedAt(), again.report().getReceivedAt());
        assertEquals(2, count("select count(*) from daily_revenue_tenders"));

        ProblemException other = assertThrows(ProblemException.class,
                () -> record(usd, date, v2(1, tenders("CASH", "30", "CARD", "70.50"), "100.50", "16.75", null)));
        assertEquals(409, other.problem().status());

        var revised = record(usd, date, v2(2, tenders("CASH", "35", "CARD", "70.50", "GIFT_CARD", "5"), "110.50", "18.42", "0"));
        assertEquals(DailyRevenueBook.Outcome.REPLACED, revised.outcome());
        assertEquals(3, revised.report().getTenders().size());
        assertEquals(5, count("select count(*) from daily_revenue_tenders"), "revision 1's amounts are kept");
        assertEquals(1, count("select count(*) from daily_revenue_revisions where tax_total = 16.75 and report_version = 2"));
        assertTrue(db.audited.stream().anyMatch(a -> a.startsWith("REPORT_REVISED R1 " + date)), db.audited.toString());
    }

    @Test
    void theReportsReadTheTenderAmountsOfTheCurrentRevisionAPageAtATime() {
        LocalDate from = TODAY.minusDays(20);
        record(usd, from, DailyRevenueReport.withoutTills(new BigDecimal("10"), BigDecimal.ZERO, 1, null));
        record(usd, from.plusDays(1), v2(1, tenders("CASH", "12.00", "STORE_CREDIT", "-2.00"), "10.00", "1.67", "0.10"));
        record(usd, from.plusDays(2), v2(1, tenders("CASH", "1"), "1", "0.17", null));
        record(usd, from.plusDays(2), v2(2, tenders("CARD", "2"), "2", "0.33", null));
        record(eur, from.plusDays(1), v2(1, tenders("CARD", "50", "MOBILE", "8"), "58", "9.67", "-1.00"));
        var reports = new RevenueReports(db.dataSource(), Clock.systemUTC());
        var filter = new RevenueFilter(from, from.plusDays(2), null);

        List<RevenueRow> page = reports.page(filter, 0, 10, RevenueSort.DATE, true);
        assertEquals(4, page.size());
        assertEquals(Map.of(), page.get(0).getTenders(), "a version 1 report");
        assertNull(page.get(0).getTaxTotal());
        assertEquals(1, page.get(0).getReportVersion());
        RevenueRow usdDay2 = page.stream().filter(r -> r.getBranchCode().equals("R1") && r.getBusinessDate().equals(from.plusDays(1)))
                .findFirst().orElseThrow();
        assertEquals(new BigDecimal("-2.00"), usdDay2.tender("STORE_CREDIT"));
        assertEquals(new BigDecimal("0.10"), usdDay2.getCashVariance());
        assertTrue(usdDay2.isVariance());
        RevenueRow revised = page.get(3);
        assertEquals(Map.of("CARD", new BigDecimal("2.00")), revised.getTenders(), "only the current revision's amounts");

        List<RevenueRow> streamed = new ArrayList<>();
        reports.forEachRow(filter, streamed::add);
        assertEquals(page.stream().map(RevenueRow::getTenders).toList(), streamed.stream().map(RevenueRow::getTenders).toList());

        List<CashTotals> totals = reports.cashTotals(filter);
        assertEquals(List.of("EUR", "USD"), totals.stream().map(CashTotals::getCurrency).toList());
        CashTotals dollars = totals.get(1);
        assertEquals(3, dollars.getReports());
        assertEquals(2, dollars.getWithTills());
        assertEquals(new BigDecimal("14.00"), dollars.tender("CASH").add(dollars.tender("CARD")));
        assertEquals(new BigDecimal("2.00"), dollars.tender("CARD"));
        assertEquals(new BigDecimal("2.00"), dollars.getTaxTotal());
        assertEquals(new BigDecimal("0.10"), dollars.getCashVariance());
        assertEquals(List.of("CASH", "CARD", "MOBILE", "STORE_CREDIT"), RevenueReports.tenderColumns(totals));
    }
}
