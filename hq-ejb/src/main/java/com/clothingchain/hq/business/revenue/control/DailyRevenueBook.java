package com.clothingchain.hq.business.revenue.control;

import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.revenue.entity.DailyRevenue;
import com.clothingchain.hq.business.revenue.entity.Figures;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;

/**
 * Stores the daily reports branches send. Storing is idempotent: the same revision with the same figures
 * changes nothing, a higher revision replaces, anything else is a conflict.
 */
@Stateless
public class DailyRevenueBook {

    public enum Outcome { CREATED, UNCHANGED, REPLACED }

    public record Stored(DailyRevenue report, Outcome outcome) {
    }

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    /** Whole seconds: MySQL drivers may drop fractions, and a resent report must read back the same. */
    private static Instant now() {
        return Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS);
    }

    public Stored record(Branch branch, LocalDate businessDate, Figures figures) {
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
            stored.replaceWith(figures, now());
            return new Stored(stored, Outcome.REPLACED);
        }
        throw ProblemException.conflict("revision", figures.revision() < stored.getRevision()
                ? "HQ already has revision " + stored.getRevision() + " of " + businessDate + "; send a higher revision to replace it."
                : "HQ already has revision " + stored.getRevision() + " of " + businessDate
                  + " with other figures; send a higher revision to replace it.");
    }
}
