package com.clothingchain.hq.business.tills.control;

import com.clothingchain.contract.TillSessionReport;
import com.clothingchain.contract.TillSessionReport.Approval;
import com.clothingchain.contract.TillSessionReport.TenderCount;
import com.clothingchain.hq.business.branches.control.HqTestDatabase;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.reports.control.SessionsCsv;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.revenue.control.DailyRevenueBook;
import com.clothingchain.hq.business.tills.entity.ClerkVariance;
import com.clothingchain.hq.business.tills.entity.SessionFilter;
import com.clothingchain.hq.business.tills.entity.SessionRow;
import com.clothingchain.shared.problem.ProblemException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Closed till sessions over HQ's real schema (H2): stored once per branch and Z number, a resend changing nothing,
 * other content under the number a conflict, every malformed field refused (and nothing stored), and the variances per
 * clerk grouped and added up in the database.
 */
class TillSessionsTest {

    static HqTestDatabase db;
    static Branch usd;
    static Branch eur;
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final Instant OPENED = Instant.parse("2026-03-01T08:00:00.123456Z");

    @BeforeAll
    static void migrate() {
        db = new HqTestDatabase("till-sessions");
        usd = db.branch("S1", "USD", 400);
        eur = db.branch("S2", "EUR", 400);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static <T> T sessions(Function<TillSessions, T> work) {
        return db.inTransaction(em -> {
            var book = new DailyRevenueBook();
            var sessions = new TillSessions();
            sessions.em = em;
            sessions.dailyReports = book;
            return work.apply(sessions);
        });
    }

    static TillSessions.Outcome record(Branch branch, int z, TillSessionReport report) {
        return sessions(s -> s.record(branch, z, report).outcome());
    }

    static TillSessionReport session(int z, LocalDate date, String clerk, String cashVariance) {
        BigDecimal variance = new BigDecimal(cashVariance);
        BigDecimal expected = new BigDecimal("150.00");
        return new TillSessionReport("T1", z, date, clerk, "mgr", OPENED, OPENED.plusSeconds(8 * 3600), new BigDecimal("100"),
                List.of(new TenderCount("CASH", expected, expected.add(variance), variance),
                        new TenderCount("CARD", new BigDecimal("40.00"), new BigDecimal("40.00"), new BigDecimal("0.00"))),
                new BigDecimal("10.00"), BigDecimal.ZERO, null);
    }

    static List<SessionRow> all(SessionFilter filter) {
        return sessions(s -> s.sessions(filter, 0, TillSessions.MAX_LIMIT));
    }

    static SessionFilter period(LocalDate from, LocalDate to, String branch, String clerk) {
        return new SessionFilter(new RevenueFilter(from, to, branch), clerk);
    }

    @Test
    void aSessionIsKeptOnceAndAResendChangesNothing() {
        LocalDate date = TODAY.minusDays(40);
        TillSessionReport sent = session(1, date, "ann", "-0.05");
        assertEquals(TillSessions.Outcome.CREATED, record(usd, 1, sent));
        assertEquals(TillSessions.Outcome.UNCHANGED, record(usd, 1, sent), "the same again");
        // the same session, written differently: amounts with another scale, a time's fraction, tenders in another order
        var rewritten = new TillSessionReport("T1", null, date, "ann", "mgr", OPENED.plusNanos(500), sent.closedAt(),
                new BigDecimal("100.00"), List.of(sent.tenders().get(1), sent.tenders().get(0)), new BigDecimal("10"),
                new BigDecimal("0.00"), null);
        assertEquals(TillSessions.Outcome.UNCHANGED, record(usd, 1, rewritten));
        assertEquals(TillSessions.Outcome.CREATED, record(eur, 1, sent), "Z numbers are per branch");

        var conflict = assertThrows(ProblemException.class, () -> record(usd, 1, session(1, date, "ann", "-0.10")));
        assertEquals(409, conflict.problem().status());
        assertEquals("zNumber", conflict.problem().field());

        var stored = all(period(date, date, "S1", null));
        assertEquals(1, stored.size());
        SessionRow row = stored.get(0);
        assertEquals(new BigDecimal("-0.05"), row.cashVariance());
        assertEquals("ann", row.session().clerk());
        assertEquals("USD", row.currency());
        assertEquals(List.of("CARD", "CASH"), row.session().tenders().stream().map(TenderCount::tender).toList());
        assertEquals(Instant.parse("2026-03-01T08:00:00Z"), row.session().openedAt(), "whole seconds");
        assertNull(row.session().approval());
    }

    @Test
    void everyMalformedFieldIsRefusedAndNothingIsStored() {
        LocalDate date = TODAY.minusDays(50);
        TillSessionReport good = session(7, date, "bob", "1.00");
        List<UnaryOperator<TillSessionReport>> breaks = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        add(breaks, fields, "zNumber", r -> with(r, 8, r.till(), r.businessDate(), r.clerk(), r.tenders(), r.openingFloat(), r.approval()));
        add(breaks, fields, "till", r -> with(r, 7, "t 1", r.businessDate(), r.clerk(), r.tenders(), r.openingFloat(), r.approval()));
        add(breaks, fields, "till", r -> with(r, 7, null, r.businessDate(), r.clerk(), r.tenders(), r.openingFloat(), r.approval()));
        add(breaks, fields, "businessDate", r -> with(r, 7, r.till(), null, r.clerk(), r.tenders(), r.openingFloat(), r.approval()));
        add(breaks, fields, "businessDate", r -> with(r, 7, r.till(), TODAY.plusDays(2), r.clerk(), r.tenders(), r.openingFloat(), r.approval()));
        add(breaks, fields, "clerk", r -> with(r, 7, r.till(), r.businessDate(), " ", r.tenders(), r.openingFloat(), r.approval()));
        add(breaks, fields, "clerk", r -> with(r, 7, r.till(), r.businessDate(), "x".repeat(65), r.tenders(), r.openingFloat(), r.approval()));
        add(breaks, fields, "openingFloat", r -> with(r, 7, r.till(), r.businessDate(), r.clerk(), r.tenders(), new BigDecimal("-1"), r.approval()));
        add(breaks, fields, "openingFloat", r -> with(r, 7, r.till(), r.businessDate(), r.clerk(), r.tenders(), new BigDecimal("1.001"), r.approval()));
        add(breaks, fields, "tenders", r -> with(r, 7, r.till(), r.businessDate(), r.clerk(), List.of(), r.openingFloat(), r.approval()));
        add(breaks, fields, "tenders[1].tender", r -> with(r, 7, r.till(), r.businessDate(), r.clerk(),
                List.of(r.tenders().get(0), r.tenders().get(0)), r.openingFloat(), r.approval()));
        add(breaks, fields, "tenders[0].tender", r -> with(r, 7, r.till(), r.businessDate(), r.clerk(),
                List.of(new TenderCount("cash!", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO)), r.openingFloat(), r.approval()));
        add(breaks, fields, "tenders[0].variance", r -> with(r, 7, r.till(), r.businessDate(), r.clerk(),
                List.of(new TenderCount("CASH", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO)), r.openingFloat(), r.approval()));
        add(breaks, fields, "tenders[0].counted", r -> with(r, 7, r.till(), r.businessDate(), r.clerk(),
                List.of(new TenderCount("CASH", BigDecimal.ONE, null, BigDecimal.ZERO)), r.openingFloat(), r.approval()));
        add(breaks, fields, "approval.reason", r -> with(r, 7, r.till(), r.businessDate(), r.clerk(), r.tenders(), r.openingFloat(),
                new Approval("mgr", " ")));
        add(breaks, fields, "closedAt", r -> new TillSessionReport(r.till(), 7, r.businessDate(), r.clerk(), r.closedBy(), r.openedAt(),
                r.openedAt().minusSeconds(60), r.openingFloat(), r.tenders(), r.paidIn(), r.paidOut(), r.approval()));
        for (int i = 0; i < breaks.size(); i++) {
            TillSessionReport bad = breaks.get(i).apply(good);
            var refused = assertThrows(ProblemException.class, () -> record(usd, 7, bad), fields.get(i));
            assertEquals(422, refused.problem().status(), fields.get(i));
            assertEquals(fields.get(i), refused.problem().field());
        }
        assertEquals(422, assertThrows(ProblemException.class, () -> record(usd, 7, null)).problem().status());
        assertEquals(0, all(period(date, date, null, null)).size(), "nothing stored");
        assertEquals(TillSessions.Outcome.CREATED, record(usd, 7, with(good, 7, good.till(), TODAY.plusDays(1), good.clerk(),
                good.tenders(), good.openingFloat(), new Approval("mgr", "short change given"))),
                "tomorrow in the branch's zone: the date a branch opens after closing today early");
    }

    @Test
    void variancesAddUpPerBranchAndClerk() {
        LocalDate first = TODAY.minusDays(70);
        LocalDate second = first.plusDays(1);
        record(usd, 21, session(21, first, "cat", "-2.00"));
        record(usd, 22, session(22, second, "cat", "0.50"));
        record(usd, 23, session(23, second, "dan", "0.00"));
        record(eur, 21, session(21, first, "cat", "3.00"));
        record(usd, 24, session(24, second.plusDays(5), "cat", "-9.00"));

        SessionFilter period = period(first, second, null, null);
        List<ClerkVariance> clerks = sessions(s -> s.perClerk(period, 0, 10));
        assertEquals(List.of(
                new ClerkVariance("S1", "USD", "cat", 2, new BigDecimal("-1.50"), new BigDecimal("-2.00")),
                new ClerkVariance("S1", "USD", "dan", 1, new BigDecimal("0.00"), new BigDecimal("0.00")),
                new ClerkVariance("S2", "EUR", "cat", 1, new BigDecimal("3.00"), new BigDecimal("3.00"))), clerks);
        assertEquals(Long.valueOf(3), sessions(s -> s.clerkCount(period)));
        assertEquals(List.of(clerks.get(1)), sessions(s -> s.perClerk(period, 1, 1)), "paged in the database");
        assertEquals(Long.valueOf(1), sessions(s -> s.clerkCount(period(first, second, "S2", null))));

        SessionFilter cat = period(first, second, "S1", "cat");
        assertEquals(Long.valueOf(2), sessions(s -> s.sessionCount(cat)));
        List<SessionRow> rows = all(cat);
        assertEquals(List.of(21, 22), rows.stream().map(r -> r.session().zNumber()).toList());
        assertEquals(clerks.get(0).totalVariance(), rows.stream().map(SessionRow::cashVariance).reduce(BigDecimal::add).orElseThrow(),
                "the clerk's total is the sum of the sessions behind it");

        var csv = new StringWriter();
        var writer = new SessionsCsv(csv);
        sessions(s -> {
            s.forEachSession(cat, writer::write);
            return null;
        });
        String[] lines = csv.toString().split("\r\n");
        assertEquals(3, lines.length, csv.toString());
        assertTrue(lines[0].startsWith("branchCode,currency,businessDate,zNumber,till,clerk"), lines[0]);
        assertTrue(lines[1].startsWith("S1,USD," + first + ",21,T1,cat,mgr,") && lines[1].contains(",-2.00,CARD 0.00; CASH -2.00,,"),
                lines[1]);
    }

    private static void add(List<UnaryOperator<TillSessionReport>> breaks, List<String> fields, String field,
                            UnaryOperator<TillSessionReport> change) {
        breaks.add(change);
        fields.add(field);
    }

    private static TillSessionReport with(TillSessionReport r, Integer z, String till, LocalDate date, String clerk,
                                          List<TenderCount> tenders, BigDecimal openingFloat, Approval approval) {
        return new TillSessionReport(till, z, date, clerk, r.closedBy(), r.openedAt(), r.closedAt(), openingFloat, tenders,
                r.paidIn(), r.paidOut(), approval);
    }
}
