package com.clothingchain.hq.business.tills.control;

import com.clothingchain.contract.TillSessionReport;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.revenue.control.DailyRevenueBook;
import com.clothingchain.hq.business.tills.entity.ClerkVariance;
import com.clothingchain.hq.business.tills.entity.SessionFilter;
import com.clothingchain.hq.business.tills.entity.SessionRow;
import com.clothingchain.hq.business.tills.entity.TillSessionEntry;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

/**
 * The branches' closed till sessions at HQ: stored once per branch and Z number (the same again changes nothing, other
 * content under the number is a conflict), and read for the cash report: the sessions of a period, branch and clerk a
 * page at a time, and the variances per branch and clerk, grouped and added up in the database.
 */
@Stateless
public class TillSessions {

    public enum Outcome { CREATED, UNCHANGED }

    public record Stored(TillSessionEntry session, Outcome outcome) {
    }

    public static final int MAX_LIMIT = 500;

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    @Inject
    DailyRevenueBook dailyReports;

    /**
     * A branch's closed session; its business date by the day report's rule, up to the day after the branch's calendar
     * date ({@link DailyRevenueBook#checkOpenDate}: a session of the date opened after an early close).
     */
    public Stored record(Branch branch, int zNumber, TillSessionReport sent) {
        TillSessionReport report = TillSessionFigures.of(zNumber, sent);
        dailyReports.checkOpenDate(branch, report.businessDate());
        var existing = em.createQuery("select s from TillSessionEntry s where s.branch.id = :branch and s.zNumber = :z",
                TillSessionEntry.class).setParameter("branch", branch.getId()).setParameter("z", zNumber).getResultStream().findFirst();
        if (existing.isPresent()) {
            if (existing.get().report().equals(report)) {
                return new Stored(existing.get(), Outcome.UNCHANGED);
            }
            throw ProblemException.conflict("zNumber", "HQ already has Z report " + zNumber + " of branch " + branch.getCode()
                    + " with other content; a Z number is never reused.");
        }
        var session = new TillSessionEntry(em.getReference(Branch.class, branch.getId()), report,
                Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS));
        em.persist(session);
        em.flush();
        return new Stored(session, Outcome.CREATED);
    }

    /** How many (branch, clerk) rows {@link #perClerk} has for the filter. */
    public long clerkCount(SessionFilter filter) {
        return query("select count(distinct concat(b.code, '/', s.clerk))", filter, Long.class).getSingleResult();
    }

    /** The variances per branch and clerk, in branch and clerk order, {@code limit} rows from {@code offset}. */
    public List<ClerkVariance> perClerk(SessionFilter filter, int offset, int limit) {
        return query("select new " + ClerkVariance.class.getName() + "(b.code, b.currency, s.clerk, count(s), sum(s.cashVariance),"
                + " max(s.cashVariance), min(s.cashVariance))", filter, " group by b.code, b.currency, s.clerk order by b.code, s.clerk",
                ClerkVariance.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long sessionCount(SessionFilter filter) {
        return query("select count(s)", filter, Long.class).getSingleResult();
    }

    /** The sessions in date, branch and Z number order, {@code limit} from {@code offset}, each with its tenders. */
    public List<SessionRow> sessions(SessionFilter filter, int offset, int limit) {
        List<TillSessionEntry> page = query("select s", filter, " order by s.businessDate, b.code, s.zNumber", TillSessionEntry.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        if (!page.isEmpty()) {
            em.createQuery("select distinct s from TillSessionEntry s join fetch s.branch left join fetch s.tenders where s in :page",
                    TillSessionEntry.class).setParameter("page", page).getResultList();
        }
        return page.stream().map(s -> new SessionRow(s.getBranch().getCode(), s.getBranch().getCurrency(), s.report(),
                s.getCashVariance(), s.getReceivedAt())).toList();
    }

    /** Every session of the filter, in the order of {@link #sessions}, read a page at a time (for the export). */
    public void forEachSession(SessionFilter filter, Consumer<SessionRow> consumer) {
        for (int offset = 0; ; offset += MAX_LIMIT) {
            List<SessionRow> page = sessions(filter, offset, MAX_LIMIT);
            page.forEach(consumer);
            em.clear();
            if (page.size() < MAX_LIMIT) {
                return;
            }
        }
    }

    private <T> TypedQuery<T> query(String select, SessionFilter filter, Class<T> type) {
        return query(select, filter, "", type);
    }

    private <T> TypedQuery<T> query(String select, SessionFilter filter, String tail, Class<T> type) {
        var period = filter.period();
        String where = " from TillSessionEntry s join s.branch b where s.businessDate between :from and :to"
                + (period.branch().isPresent() ? " and b.code = :branch" : "")
                + (filter.clerkName().isPresent() ? " and s.clerk = :clerk" : "");
        TypedQuery<T> query = em.createQuery(select + where + tail, type)
                .setParameter("from", period.from()).setParameter("to", period.to());
        period.branch().ifPresent(code -> query.setParameter("branch", code));
        filter.clerkName().ifPresent(clerk -> query.setParameter("clerk", clerk));
        return query;
    }
}
