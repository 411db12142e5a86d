package com.clothingchain.hq.business.merchandise.control;

import com.clothingchain.contract.VariantDayFigures;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.merchandise.entity.CheckStatus;
import com.clothingchain.hq.business.merchandise.entity.VariantDay;
import com.clothingchain.hq.business.revenue.control.DailyRevenueBook;
import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.annotation.Resource;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores the per-variant figures branches send for each closed business date, and the branch stock they carry, in one
 * transaction. Idempotent as the daily reports ({@link DailyRevenueBook}): the same revision with the same figures
 * changes nothing; a higher revision replaces the date's rows (audited); a lower revision, or the same with other
 * figures, is a conflict naming {@code revision}. The date's row in {@code variant_days} is locked while it is compared
 * and replaced, so two sendings of one date take turns; two first sendings at once meet at its unique key, and the
 * loser's transaction rolls back (the boundary tries it again, then finds the winner's figures). A variant's stock is
 * set from {@code onHand} only when the date is not before the date HQ holds it for (an older resend never rolls it back).
 * <p>
 * Plain JDBC on the application's data source, in the container's transaction (the audit entry shares it): many rows a
 * day, no entities needed; a database failure is an {@link IllegalStateException}, so the transaction rolls back.
 */
@Stateless
public class VariantFiguresBook {

    public enum Outcome { CREATED, UNCHANGED, REPLACED }

    /** What HQ holds for the date after the call, and what the call did. */
    public record Stored(String branchCode, LocalDate businessDate, int revision, int variants, Instant receivedAt,
                         Outcome outcome, CheckStatus check) {
    }

    /** Rows per multi-row INSERT. */
    private static final int INSERT_ROWS = 100;

    @Resource(lookup = "java:app/jdbc/hq")
    DataSource dataSource;

    @Inject
    DailyRevenueBook dailyReports;

    @Inject
    AuditTrail audit;

    /** Whole seconds, as daily reports: a resend must read back the same. */
    private static Instant now() {
        return Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS);
    }

    public Stored record(Branch branch, LocalDate date, VariantDay day) {
        dailyReports.checkDate(branch, date);
        try (Connection c = dataSource.getConnection()) {
            return record(c, branch, date, day);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing variant figures failed: " + e.getMessage(), e);
        }
    }

    private Stored record(Connection c, Branch branch, LocalDate date, VariantDay day) throws SQLException {
        long branchId = branch.getId();
        Instant now = now();
        int heldRevision;
        int heldCount;
        Instant heldAt;
        BigDecimal heldRevenue;
        BigDecimal heldLoss;
        BigDecimal heldRounding;
        try (PreparedStatement held = c.prepareStatement("SELECT revision, revenue, loss, rounding, received_at, variant_count"
                + " FROM variant_days WHERE branch_id = ? AND business_date = ? FOR UPDATE")) {
            held.setLong(1, branchId);
            held.setObject(2, date);
            try (ResultSet rs = held.executeQuery()) {
                if (!rs.next()) {
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO variant_days (branch_id, business_date, revision,"
                            + " revenue, loss, rounding, variant_count, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                        insert.setLong(1, branchId);
                        insert.setObject(2, date);
                        insert.setInt(3, day.revision());
                        insert.setBigDecimal(4, day.revenue());
                        insert.setBigDecimal(5, day.loss());
                        insert.setBigDecimal(6, day.rounding());
                        insert.setInt(7, day.variants().size());
                        insert.setObject(8, utc(now));
                        insert.executeUpdate();
                    }
                    insertRows(c, branchId, date, day.variants());
                    updateStock(c, branchId, date, day.variants(), now);
                    return stored(c, branch, date, day.revision(), day.variants().size(), now, Outcome.CREATED, day);
                }
                heldRevision = rs.getInt(1);
                heldRevenue = rs.getBigDecimal(2);
                heldLoss = rs.getBigDecimal(3);
                heldRounding = rs.getBigDecimal(4);
                heldAt = rs.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                heldCount = rs.getInt(6);
            }
        }
        if (day.revision() == heldRevision) {
            VariantDay stored = new VariantDay(heldRevision, heldRevenue, heldLoss, heldRounding, rows(c, branchId, date));
            if (stored.sameFiguresAs(day)) {
                return stored(c, branch, date, heldRevision, heldCount, heldAt, Outcome.UNCHANGED, stored);
            }
            throw ProblemException.conflict("revision", "HQ already has revision " + heldRevision + " of the variant figures of "
                    + date + " with other figures; send a higher revision to replace them.");
        }
        if (day.revision() < heldRevision) {
            throw ProblemException.conflict("revision", "HQ already has revision " + heldRevision + " of the variant figures of "
                    + date + "; send a higher revision to replace them.");
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM variant_day_figures WHERE branch_id = ? AND business_date = ?")) {
            delete.setLong(1, branchId);
            delete.setObject(2, date);
            delete.executeUpdate();
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE variant_days SET revision = ?, revenue = ?, loss = ?, rounding = ?,"
                + " variant_count = ?, received_at = ? WHERE branch_id = ? AND business_date = ?")) {
            update.setInt(1, day.revision());
            update.setBigDecimal(2, day.revenue());
            update.setBigDecimal(3, day.loss());
            update.setBigDecimal(4, day.rounding());
            update.setInt(5, day.variants().size());
            update.setObject(6, utc(now));
            update.setLong(7, branchId);
            update.setObject(8, date);
            update.executeUpdate();
        }
        insertRows(c, branchId, date, day.variants());
        updateStock(c, branchId, date, day.variants(), now);
        audit.record(AuditType.REPORT_REVISED, branch.getCode() + " " + date + " variant figures", "revision " + heldRevision
                + " (" + heldCount + " variants, revenue " + heldRevenue + ", loss " + heldLoss + ") replaced by revision "
                + day.revision() + " (" + day.variants().size() + " variants, revenue " + day.revenue() + ", loss " + day.loss() + ")");
        return stored(c, branch, date, day.revision(), day.variants().size(), now, Outcome.REPLACED, day);
    }

    /** The outcome, with how the figures held (their revenue and loss) compare with the date's daily report. */
    private static Stored stored(Connection c, Branch branch, LocalDate date, int revision, int variants, Instant receivedAt,
                                 Outcome outcome, VariantDay held) throws SQLException {
        try (PreparedStatement report = c.prepareStatement("SELECT revenue, loss FROM daily_revenue WHERE branch_id = ? AND business_date = ?")) {
            report.setLong(1, branch.getId());
            report.setObject(2, date);
            try (ResultSet rs = report.executeQuery()) {
                CheckStatus check = !rs.next() ? CheckStatus.DAY_REPORT_MISSING
                        : rs.getBigDecimal(1).compareTo(held.revenue()) == 0 && rs.getBigDecimal(2).compareTo(held.loss()) == 0
                        ? CheckStatus.MATCHES : CheckStatus.DIFFERS;
                return new Stored(branch.getCode(), date, revision, variants, receivedAt, outcome, check);
            }
        }
    }

    private static List<VariantDayFigures> rows(Connection c, long branchId, LocalDate date) throws SQLException {
        List<VariantDayFigures> figures = new ArrayList<>();
        try (PreparedStatement rows = c.prepareStatement("SELECT sku, sold, sold_amount, returned, returned_amount, lost, loss_value,"
                + " on_hand FROM variant_day_figures WHERE branch_id = ? AND business_date = ?")) {
            rows.setLong(1, branchId);
            rows.setObject(2, date);
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    figures.add(new VariantDayFigures(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getInt(4),
                            rs.getBigDecimal(5), rs.getInt(6), rs.getBigDecimal(7), rs.getInt(8)));
                }
            }
        }
        // Java's order, as VariantFigureRules sorts what is sent (the database's collation may order otherwise).
        figures.sort(Comparator.comparing(VariantDayFigures::sku));
        return figures;
    }

    private static void insertRows(Connection c, long branchId, LocalDate date, List<VariantDayFigures> variants) throws SQLException {
        for (int from = 0; from < variants.size(); from += INSERT_ROWS) {
            List<VariantDayFigures> part = variants.subList(from, Math.min(variants.size(), from + INSERT_ROWS));
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO variant_day_figures (branch_id, business_date, sku, sold,"
                    + " sold_amount, returned, returned_amount, lost, loss_value, on_hand) VALUES "
                    + String.join(", ", Collections.nCopies(part.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))) {
                int p = 1;
                for (VariantDayFigures v : part) {
                    insert.setLong(p++, branchId);
                    insert.setObject(p++, date);
                    insert.setString(p++, v.sku());
                    insert.setInt(p++, v.sold());
                    insert.setBigDecimal(p++, v.soldAmount());
                    insert.setInt(p++, v.returned());
                    insert.setBigDecimal(p++, v.returnedAmount());
                    insert.setInt(p++, v.lost());
                    insert.setBigDecimal(p++, v.lossValue());
                    insert.setInt(p++, v.onHand());
                }
                insert.executeUpdate();
            }
        }
    }

    /** Sets each variant's stock from the date's onHand, unless HQ holds it for a later date. */
    private static void updateStock(Connection c, long branchId, LocalDate date, List<VariantDayFigures> variants, Instant now)
            throws SQLException {
        for (int from = 0; from < variants.size(); from += INSERT_ROWS) {
            List<VariantDayFigures> part = variants.subList(from, Math.min(variants.size(), from + INSERT_ROWS));
            Map<String, LocalDate> asOf = new HashMap<>();
            try (PreparedStatement held = c.prepareStatement("SELECT sku, as_of FROM branch_stock WHERE branch_id = ? AND sku IN ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ")")) {
                held.setLong(1, branchId);
                for (int i = 0; i < part.size(); i++) {
                    held.setString(i + 2, part.get(i).sku());
                }
                try (ResultSet rs = held.executeQuery()) {
                    while (rs.next()) {
                        asOf.put(rs.getString(1), rs.getDate(2).toLocalDate());
                    }
                }
            }
            List<VariantDayFigures> fresh = new ArrayList<>();
            try (PreparedStatement update = c.prepareStatement("UPDATE branch_stock SET on_hand = ?, as_of = ?, reported_at = ?"
                    + " WHERE branch_id = ? AND sku = ? AND as_of <= ?")) {
                boolean any = false;
                for (VariantDayFigures v : part) {
                    LocalDate heldFor = asOf.get(v.sku());
                    if (heldFor == null) {
                        fresh.add(v);
                    } else if (!date.isBefore(heldFor)) {
                        update.setInt(1, v.onHand());
                        update.setObject(2, date);
                        update.setObject(3, utc(now));
                        update.setLong(4, branchId);
                        update.setString(5, v.sku());
                        update.setObject(6, date);
                        update.addBatch();
                        any = true;
                    }
                }
                if (any) {
                    update.executeBatch();
                }
            }
            if (!fresh.isEmpty()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO branch_stock (branch_id, sku, on_hand, as_of, reported_at)"
                        + " VALUES " + String.join(", ", Collections.nCopies(fresh.size(), "(?, ?, ?, ?, ?)")))) {
                    int p = 1;
                    for (VariantDayFigures v : fresh) {
                        insert.setLong(p++, branchId);
                        insert.setString(p++, v.sku());
                        insert.setInt(p++, v.onHand());
                        insert.setObject(p++, date);
                        insert.setObject(p++, utc(now));
                    }
                    insert.executeUpdate();
                }
            }
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
