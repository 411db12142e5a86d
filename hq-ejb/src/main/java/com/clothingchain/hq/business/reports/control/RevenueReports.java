package com.clothingchain.hq.business.reports.control;

import com.clothingchain.hq.business.reports.entity.CashTotals;
import com.clothingchain.hq.business.reports.entity.DayStatus;
import com.clothingchain.hq.business.reports.entity.DayTotal;
import com.clothingchain.hq.business.reports.entity.MissingReports;
import com.clothingchain.hq.business.reports.entity.RevenueFilter;
import com.clothingchain.hq.business.reports.entity.RevenueRow;
import com.clothingchain.hq.business.reports.entity.RevenueSort;
import com.clothingchain.hq.business.reports.entity.Totals;
import com.clothingchain.shared.money.Money;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The managers' reports over the daily revenue, read with SQL so that every report pages, sums and groups
 * in the database and never loads all rows. Works on any data source (the tests give it their own).
 */
@Stateless
public class RevenueReports {

    /** How far back the dashboard looks for the latest complete business date. */
    static final int COMPLETE_DATE_WINDOW_DAYS = 400;
    private static final int CHUNK = 2_000;
    private static final int LATEST_MISSING_SHOWN = 10;

    @Resource(lookup = "java:app/jdbc/hq")
    DataSource dataSource;

    private Clock clock = Clock.systemUTC();

    public RevenueReports() {
    }

    /** Outside a container, over the given database. */
    public RevenueReports(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public long count(RevenueFilter filter) {
        return query(RevenueSql.count(filter), rs -> rs.getLong(1)).get(0);
    }

    /** The filter's sums, one line per currency present, in currency order; empty without reports. */
    public List<Totals> totals(RevenueFilter filter) {
        return query(RevenueSql.totals(filter), rs -> new Totals(rs.getString(1), rs.getLong(2), money(rs.getBigDecimal(3)),
                money(rs.getBigDecimal(4)), rs.getLong(5)));
    }

    /** One page of rows, each with its tender amounts (read for the whole page in one query). */
    public List<RevenueRow> page(RevenueFilter filter, int first, int size, RevenueSort sort, boolean ascending) {
        return withTenders(query(RevenueSql.page(filter, first, size, sort, ascending), RevenueReports::row));
    }

    /** The rows with their tender amounts: one query for all of them, only for the version 2 reports among them. */
    private List<RevenueRow> withTenders(List<RevenueRow> rows) {
        List<Long> ids = rows.stream().filter(row -> row.getReportVersion() >= 2).map(RevenueRow::getId).toList();
        if (ids.isEmpty()) {
            return rows;
        }
        Map<Long, Map<String, BigDecimal>> amounts = new HashMap<>();
        query(RevenueSql.tendersOf(ids), rs -> amounts.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>())
                .put(rs.getString(2), Money.of(rs.getBigDecimal(3))));
        return rows.stream().map(row -> amounts.containsKey(row.getId()) ? row.withTenders(amounts.get(row.getId())) : row).toList();
    }

    /**
     * The cash and tenders report's sums, one line per currency present, in currency order, each with the sum of every
     * tender taken in it.
     */
    public List<CashTotals> cashTotals(RevenueFilter filter) {
        Map<String, Map<String, BigDecimal>> tenders = new HashMap<>();
        query(RevenueSql.tenderTotals(filter), rs -> tenders.computeIfAbsent(rs.getString(1), c -> new TreeMap<>())
                .put(rs.getString(2), money(rs.getBigDecimal(3))));
        return query(RevenueSql.cashTotals(filter), rs -> new CashTotals(rs.getString(1), rs.getLong(2), rs.getLong(3),
                money(rs.getBigDecimal(4)), nullable(rs.getBigDecimal(5)), nullable(rs.getBigDecimal(6)),
                nullable(rs.getBigDecimal(7)), tenders.getOrDefault(rs.getString(1), Map.of())));
    }

    /** The tender codes taken in the filter's reports: CASH and CARD first, then the others in code order. */
    public static List<String> tenderColumns(List<CashTotals> totals) {
        Set<String> codes = new java.util.TreeSet<>();
        totals.forEach(line -> codes.addAll(line.getTenders().keySet()));
        List<String> columns = new ArrayList<>();
        for (String first : List.of("CASH", "CARD")) {
            if (codes.remove(first)) {
                columns.add(first);
            }
        }
        columns.addAll(codes);
        return columns;
    }

    /** Every row of the filter in date and branch order, read a chunk at a time. */
    public void forEachRow(RevenueFilter filter, Consumer<RevenueRow> consumer) {
        Date afterDate = Date.valueOf(filter.from().minusDays(1));
        long afterBranch = Long.MAX_VALUE;
        while (true) {
            List<Object[]> chunk = query(RevenueSql.chunkAfter(filter, afterDate, afterBranch, CHUNK),
                    rs -> new Object[]{row(rs), rs.getDate(3), rs.getLong(RevenueSql.CHUNK_BRANCH_COLUMN)});
            withTenders(chunk.stream().map(entry -> (RevenueRow) entry[0]).toList()).forEach(consumer);
            if (chunk.size() < CHUNK) {
                return;
            }
            Object[] last = chunk.get(chunk.size() - 1);
            afterDate = (Date) last[1];
            afterBranch = (Long) last[2];
        }
    }

    /**
     * Sums per business date and currency of the filter, in date and currency order; dates without reports in a
     * currency are left out.
     */
    public List<DayTotal> dailyTotals(RevenueFilter filter) {
        return query(RevenueSql.dailyTotals(filter), rs -> new DayTotal(rs.getDate(1).toLocalDate(), rs.getString(2),
                money(rs.getBigDecimal(3)), money(rs.getBigDecimal(4)), rs.getLong(5)));
    }

    /**
     * The latest complete business date: the latest date that at least one active branch reported and that
     * every active branch registered on or before it reported. (A branch registered later is not expected
     * to report that date, though it may have sent its history.) Looks back {@value #COMPLETE_DATE_WINDOW_DAYS} days.
     */
    public Optional<LocalDate> latestCompleteDate() {
        LocalDate until = LocalDate.now(clock).plusDays(1);
        LocalDate since = until.minusDays(COMPLETE_DATE_WINDOW_DAYS);
        List<LocalDate> registrations = query(new RevenueSql.Statement(
                "SELECT registered_on FROM branches WHERE active = TRUE", List.of()), rs -> rs.getDate(1).toLocalDate());
        List<Object[]> perDate = query(new RevenueSql.Statement(
                "SELECT d.business_date, SUM(CASE WHEN b.registered_on <= d.business_date THEN 1 ELSE 0 END)"
                        + " FROM daily_revenue d JOIN branches b ON b.id = d.branch_id"
                        + " WHERE d.business_date BETWEEN ? AND ? AND b.active = TRUE"
                        + " GROUP BY d.business_date ORDER BY d.business_date DESC",
                List.of(Date.valueOf(since), Date.valueOf(until))),
                rs -> new Object[]{rs.getDate(1).toLocalDate(), rs.getLong(2)});
        for (Object[] day : perDate) {
            LocalDate date = (LocalDate) day[0];
            long expected = registrations.stream().filter(registered -> !registered.isAfter(date)).count();
            if ((Long) day[1] == expected) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /** The chain's totals per currency for a date and which active branches have (not) reported it. */
    public DayStatus dayStatus(LocalDate date) {
        List<Totals> totals = totals(new RevenueFilter(date, date, null));
        List<String> active = query(new RevenueSql.Statement(
                "SELECT code FROM branches WHERE active = TRUE ORDER BY code", List.of()), rs -> rs.getString(1));
        Set<String> reported = new HashSet<>(query(new RevenueSql.Statement(
                "SELECT b.code FROM daily_revenue d JOIN branches b ON b.id = d.branch_id"
                        + " WHERE d.business_date = ? AND b.active = TRUE", List.of(Date.valueOf(date))), rs -> rs.getString(1)));
        List<String> missing = active.stream().filter(code -> !reported.contains(code)).toList();
        return new DayStatus(date, totals, active.size(), reported.size(), missing);
    }

    /**
     * For each active branch: its business dates from registration to yesterday in its own time zone
     * without a report. Only branches with at least one such date, the latest first.
     */
    public List<MissingReports> missingReports() {
        record Active(long id, String code, String name, LocalDate registeredOn, ZoneId zone) {
        }
        List<Active> branches = query(new RevenueSql.Statement(
                "SELECT id, code, name, registered_on, time_zone FROM branches WHERE active = TRUE ORDER BY code", List.of()),
                rs -> new Active(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        ZoneId.of(rs.getString(5))));
        TreeMap<Long, Long> reportedSinceRegistration = new TreeMap<>();
        TreeMap<Long, LocalDate> lastReported = new TreeMap<>();
        query(new RevenueSql.Statement("SELECT d.branch_id, SUM(CASE WHEN d.business_date >= b.registered_on THEN 1 ELSE 0 END),"
                + " MAX(d.business_date) FROM daily_revenue d JOIN branches b ON b.id = d.branch_id WHERE b.active = TRUE"
                + " GROUP BY d.branch_id", List.of()), rs -> {
            reportedSinceRegistration.put(rs.getLong(1), rs.getLong(2));
            lastReported.put(rs.getLong(1), rs.getDate(3).toLocalDate());
            return null;
        });
        List<MissingReports> result = new ArrayList<>();
        for (Active branch : branches) {
            LocalDate yesterday = LocalDate.now(clock.withZone(branch.zone())).minusDays(1);
            if (yesterday.isBefore(branch.registeredOn())) {
                continue;
            }
            long expected = RevenueFilter.days(branch.registeredOn(), yesterday);
            // Dates after the branch's yesterday cannot be reported, so "reported" never exceeds "expected".
            long missing = expected - reportedSinceRegistration.getOrDefault(branch.id(), 0L);
            if (missing > 0) {
                result.add(new MissingReports(branch.code(), branch.name(), branch.registeredOn(),
                        lastReported.get(branch.id()), missing, latestMissing(branch.id(), branch.registeredOn(), yesterday)));
            }
        }
        return result;
    }

    private List<LocalDate> latestMissing(long branchId, LocalDate registeredOn, LocalDate yesterday) {
        LocalDate from = registeredOn.isAfter(yesterday.minusDays(RevenueFilter.MAX_DAYS))
                ? registeredOn : yesterday.minusDays(RevenueFilter.MAX_DAYS);
        Set<LocalDate> reported = new HashSet<>(query(new RevenueSql.Statement(
                "SELECT business_date FROM daily_revenue WHERE branch_id = ? AND business_date BETWEEN ? AND ?",
                List.of(branchId, Date.valueOf(from), Date.valueOf(yesterday))), rs -> rs.getDate(1).toLocalDate()));
        List<LocalDate> missing = new ArrayList<>();
        for (LocalDate date = yesterday; !date.isBefore(from) && missing.size() < LATEST_MISSING_SHOWN; date = date.minusDays(1)) {
            if (!reported.contains(date)) {
                missing.add(date);
            }
        }
        return missing;
    }

    private static RevenueRow row(ResultSet rs) throws SQLException {
        int version = rs.getInt(11);
        version = rs.wasNull() ? 1 : version;
        return new RevenueRow(rs.getLong(10), rs.getString(1), rs.getString(2), rs.getString(9), rs.getDate(3).toLocalDate(),
                Money.of(rs.getBigDecimal(4)), Money.of(rs.getBigDecimal(5)), rs.getInt(6), rs.getInt(7),
                rs.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC), version, Map.of(),
                nullable(rs.getBigDecimal(12)), nullable(rs.getBigDecimal(13)), nullable(rs.getBigDecimal(14)));
    }

    private static BigDecimal nullable(BigDecimal amount) {
        return amount == null ? null : Money.of(amount);
    }

    private static BigDecimal money(BigDecimal sum) {
        return sum == null ? Money.ZERO : Money.of(sum);
    }

    private <T> List<T> query(RevenueSql.Statement statement, RevenueSql.RowReader<T> reader) {
        return statement.rows(dataSource, reader);
    }
}
