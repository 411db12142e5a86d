package com.clothingchain.hq.business.revenue.control;

import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.revenue.entity.DailyRevenue;
import com.clothingchain.hq.business.revenue.entity.DailyRevenueRevision;
import com.clothingchain.hq.business.revenue.entity.Figures;
import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;

/**
 * Stores the daily reports branches send. Storing is idempotent: the same revision with the same figures (the till
 * figures of a version 2 report included) changes nothing, a higher revision replaces (the replaced one is kept with
 * its tender amounts, and the change audited), anything else is a conflict.
 */
@Stateless
public class DailyRevenueBook {

    public enum Outcome { CREATED, UNCHANGED, REPLACED }

    /** The stored report (its tender amounts read, so they can be shown after the transaction) and what happened. */
    public record Stored(DailyRevenue report, Outcome outcome) {
        public Stored {
            report.getTenders();
        }
    }

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "chain.reports.backfill-days", defaultValue = "400")
    int backfillDays;

    /**
     * A report's date must have begun in the branch's time zone, and lie at most {@code chain.reports.backfill-days}
     * (400) days before the branch was registered (its history from before it joined the chain).
     */
    public void checkDate(Branch branch, LocalDate date) {
        checkDate(branch, date, LocalDate.now(branch.getTimeZone()), "has not begun yet");
    }

    /**
     * The date of something done on a branch's open business date (a till session): as {@link #checkDate}, but it may
     * be the day after the branch's calendar date, since a branch that closed today early has tomorrow open already.
     */
    public void checkOpenDate(Branch branch, LocalDate date) {
        checkDate(branch, date, LocalDate.now(branch.getTimeZone()).plusDays(1), "is after tomorrow");
    }

    private void checkDate(Branch branch, LocalDate date, LocalDate latest, String tooLate) {
        if (date.isAfter(latest)) {
            throw ProblemException.unprocessable("businessDate",
                    "businessDate " + date + " " + tooLate + " in the branch's time zone " + branch.getTimeZone() + ".");
        }
        LocalDate earliest = branch.getRegisteredOn().minusDays(backfillDays);
        if (date.isBefore(earliest)) {
            throw ProblemException.unprocessable("businessDate", "businessDate " + date + " is more than " + backfillDays
                    + " days before the branch was registered (" + branch.getRegisteredOn() + "); HQ takes reports from "
                    + earliest + " on.");
        }
    }

    /** Whole seconds: MySQL drivers may drop fractions, and a resent report must read back the same. */
    private static Instant now() {
        return Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS);
    }

    public Stored record(Branch branch, LocalDate businessDate, Figures figures) {
        checkDate(branch, businessDate);
        Branch managed = em.merge(branch);
        var existing = em.createNamedQuery(DailyRevenue.OF_BRANCH_ON, DailyRevenue.class)
                .setParameter("branch", managed).setParameter("date", businessDate)
                .getResultStream().findFirst();
        if (existing.isEmpty()) {
            var report = new DailyRevenue(managed, businessDate, figures, now());
            em.persist(report);
            em.flush();
            return new Stored(report, Outcome.CREATED);
        }
        DailyRevenue stored = existing.get();
        if (stored.figures().sameAs(figures)) {
            return new Stored(stored, Outcome.UNCHANGED);
        }
        if (figures.revision() > stored.getRevision()) {
            Instant now = now();
            em.persist(new DailyRevenueRevision(stored, now));
            audit.record(AuditType.REPORT_REVISED, managed.getCode() + " " + businessDate, "revision " + stored.getRevision()
                    + " (revenue " + stored.getRevenue() + ", loss " + stored.getLoss() + ") replaced by revision "
                    + figures.revision() + " (revenue " + figures.revenue() + ", loss " + figures.loss() + ")");
            stored.replaceWith(figures, now).forEach(em::persist);
            return new Stored(stored, Outcome.REPLACED);
        }
        throw ProblemException.conflict("revision", figures.revision() < stored.getRevision()
                ? "HQ already has revision " + stored.getRevision() + " of " + businessDate + "; send a higher revision to replace it."
                : "HQ already has revision " + stored.getRevision() + " of " + businessDate
                  + " with other figures; send a higher revision to replace it.");
    }
}
