package com.clothingchain.branch.days.control;

import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.days.entity.DayTotals;
import com.clothingchain.branch.losses.entity.LossWriteOff;
import com.clothingchain.branch.returns.entity.ProductReturn;
import com.clothingchain.branch.sales.entity.Receipt;
import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.branch.sync.control.Outbox;
import com.clothingchain.branch.audit.control.BranchAuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.money.Money;
import com.clothingchain.branch.stock.control.Stock;
import com.clothingchain.contract.VariantDayReport;
import com.clothingchain.shared.problem.ProblemException;
import com.clothingchain.branch.tills.control.Tills;
import jakarta.ejb.Stateless;
import com.clothingchain.branch.products.control.CatalogueReplica;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NoResultException;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The branch's business dates. There is always exactly one open date; every booking and every close locks
 * it first, so a sale can never slip into a day that is being closed.
 */
@Stateless
public class BusinessDays {

    @Inject
    CatalogueReplica replica;

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    BranchAuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    BranchSite site;

    @Inject
    Outbox outbox;

    @Inject
    Tills tills;

    @Inject
    Stock stock;

    /** Today's date in the branch's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(site.zone()));
    }

    /** Opens today, on the very first start of a branch. */
    public void openFirstDay() {
        if (em.createNamedQuery(BusinessDay.OPEN, BusinessDay.class).getResultList().isEmpty()) {
            em.persist(new BusinessDay(today(), clock.instant()));
            replica.reprice(today());
        }
    }

    public BusinessDay open() {
        return em.createNamedQuery(BusinessDay.OPEN, BusinessDay.class).getSingleResult();
    }

    public Optional<BusinessDay> find(LocalDate date) {
        return Optional.ofNullable(em.find(BusinessDay.class, date));
    }

    public List<BusinessDay> recent(int count) {
        return em.createNamedQuery(BusinessDay.RECENT, BusinessDay.class).setMaxResults(count).getResultList();
    }

    /**
     * The open day, locked until the transaction ends, for a booking. A client that says which date it means
     * is refused when that is not the open date.
     */
    public BusinessDay lockForBooking(LocalDate requested) {
        BusinessDay open = lockOpen();
        if (requested != null && !requested.equals(open.getBusinessDate())) {
            throw ProblemException.conflict("businessDate", find(requested).isPresent()
                    ? "Business date " + requested + " is closed; bookings go to the open date " + open.getBusinessDate() + "."
                    : "Business date " + requested + " is not open; bookings go to the open date " + open.getBusinessDate() + ".");
        }
        return open;
    }

    /**
     * Freezes the open date with its totals, opens the next one, and queues the day's report to HQ in the
     * outbox, all in one transaction: a closed day always has its report queued, and nothing is sent here.
     */
    public BusinessDay close(LocalDate date, String closedBy) {
        BusinessDay open = lockOpen();
        if (!open.getBusinessDate().equals(date)) {
            throw ProblemException.conflict("businessDate", find(date).isPresent()
                    ? "Business date " + date + " is already closed."
                    : "Only the open business date " + open.getBusinessDate() + " can be closed.");
        }
        LocalDate today = today();
        if (date.isAfter(today)) {
            throw ProblemException.conflict("businessDate",
                    "Business date " + date + " has not begun yet: today is " + today + " in " + site.zone() + ".");
        }
        tills.dayClosed(date);
        DayTotals totals = bookedTotals(date);
        open.close(totals, clock.instant(), closedBy);
        em.persist(new BusinessDay(date.plusDays(1), clock.instant()));
        replica.reprice(date.plusDays(1));
        outbox.queueClosedDay(date, totals);
        audit.record(AuditType.DAY_CLOSED, date.toString(), "revenue " + totals.revenue().toPlainString() + ", loss "
                + totals.loss().toPlainString() + ", " + totals.transactionCount() + " transactions; report queued for HQ");
        return open;
    }

    /**
     * A till of a closed date was counted: the day keeps its totals but for the cash variance, and its report goes to
     * HQ again with it. Called in the transaction of the count.
     */
    public void tillCounted(LocalDate date) {
        find(date).filter(day -> !day.isOpen()).ifPresent(day -> {
            day.tillCounted(tills.cashVarianceOn(date));
            DayTotals totals = day.closedTotals();
            if (totals.till() != null) {
                outbox.revise(date, totals.till());
            }
        });
    }

    /** The totals of a day: frozen when closed, counted from its bookings while open. */
    public DayTotals totals(BusinessDay day) {
        return day.isOpen() ? bookedTotals(day.getBusinessDate()) : day.closedTotals();
    }

    private DayTotals bookedTotals(LocalDate date) {
        Object[] sales = em.createNamedQuery(Receipt.TOTALS_ON, Object[].class).setParameter("date", date).getSingleResult();
        Object[] returns = em.createNamedQuery(ProductReturn.TOTALS_ON, Object[].class).setParameter("date", date).getSingleResult();
        Object loss = em.createNamedQuery(LossWriteOff.TOTAL_ON, Object.class).setParameter("date", date).getSingleResult();
        return DayTotals.of(decimal(sales[1]), decimal(returns[1]), decimal(loss), ((Number) sales[0]).longValue(),
                ((Number) returns[0]).longValue(), decimal(sales[2]).subtract(decimal(returns[2])), tills.tendersOn(date),
                tills.cashVarianceOn(date));
    }

    /**
     * A date's figures per variant, read from the stock ledger (a closed date's never change), with the day's totals they
     * add up to: what its call to HQ sends.
     */
    public VariantDayReport variantFigures(LocalDate date, int revision) {
        DayTotals totals = totals(find(date).orElseThrow());
        return new VariantDayReport(revision, totals.revenue(), totals.loss(), cashRounding(date), stock.dayFigures(date));
    }

    /** What cash rounding added to a date's receipts, less what it added to its refunds: revenue beyond the lines' totals. */
    private BigDecimal cashRounding(LocalDate date) {
        Object sales = em.createQuery("select coalesce(sum(r.rounding), 0) from Receipt r where r.businessDate = :date")
                .setParameter("date", date).getSingleResult();
        Object refunds = em.createQuery("select coalesce(sum(p.rounding), 0) from ProductReturn p where p.businessDate = :date")
                .setParameter("date", date).getSingleResult();
        return Money.of(decimal(sales).subtract(decimal(refunds)));
    }

    private static BigDecimal decimal(Object sum) {
        return sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString());
    }

    /**
     * The open day, locked. A booking that waited for this lock while the day closed finds no open row in that
     * statement (the next date's row is newer than it): it asks again and books to the next date.
     */
    private BusinessDay lockOpen() {
        for (int attempt = 1; ; attempt++) {
            try {
                return em.createNamedQuery(BusinessDay.OPEN, BusinessDay.class)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
            } catch (NoResultException closedWhileWaiting) {
                if (attempt == 3) {
                    throw closedWhileWaiting;
                }
            }
        }
    }
}
