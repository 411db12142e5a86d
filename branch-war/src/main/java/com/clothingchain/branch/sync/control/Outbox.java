package com.clothingchain.branch.sync.control;

import com.clothingchain.branch.days.entity.DayTotals;
import com.clothingchain.branch.days.entity.TillFigures;
import com.clothingchain.branch.sync.entity.ServiceCall;
import com.clothingchain.branch.audit.control.BranchAuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The branch's {@code service_calls} table: what must reach HQ, and how far each call got. */
@Stateless
public class Outbox {

    /** How many calls wait, since which business date, and the latest error a person should see. */
    public record Backlog(long pending, LocalDate oldestPending, long rejected, String lastError) {
    }

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    BranchAuditTrail audit;

    @Inject
    Clock clock;

    /** Queues a closed day's calls (its report, its figures per variant); called inside the transaction that closes the day. */
    public void queueClosedDay(LocalDate businessDate, DayTotals totals) {
        em.persist(ServiceCall.dailyReport(businessDate, totals, clock.instant()));
        em.persist(ServiceCall.variantFigures(businessDate, totals, clock.instant()));
    }

    /** Queues a received delivery's receipt for HQ; called inside the transaction that books its stock. */
    public void queueGoodsReceived(LocalDate businessDate, long deliveryNumber) {
        em.persist(ServiceCall.about(ServiceCall.SEND_GOODS_RECEIVED, businessDate, deliveryNumber, clock.instant()));
    }

    /** Queues a transfer to another branch for HQ; called inside the transaction that books its goods out. */
    public void queueTransfer(LocalDate businessDate, long transferId) {
        em.persist(ServiceCall.about(ServiceCall.SEND_TRANSFER, businessDate, transferId, clock.instant()));
    }

    /** Queues a closed till session (its Z report) for HQ; called inside the transaction that gives it its Z number. */
    public void queueTillSession(LocalDate businessDate, int zNumber) {
        em.persist(ServiceCall.about(ServiceCall.SEND_TILL_SESSION, businessDate, zNumber, clock.instant()));
    }

    /** The calls of one kind about these subjects (deliveries' or transfers' numbers), by number. */
    public Map<Long, ServiceCall> subjectCalls(String callName, Collection<Long> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(ServiceCall.OF_SUBJECTS, ServiceCall.class).setParameter("name", callName)
                .setParameter("subjects", subjects.stream().map(String::valueOf).toList()).getResultStream()
                .collect(Collectors.toMap(call -> Long.valueOf(call.getSubject()), call -> call));
    }

    public List<ServiceCall> due(int limit) {
        return em.createNamedQuery(ServiceCall.DUE, ServiceCall.class).setParameter("now", clock.instant())
                .setMaxResults(limit).getResultList();
    }

    public List<ServiceCall> recent(int limit) {
        return em.createNamedQuery(ServiceCall.RECENT, ServiceCall.class).setMaxResults(limit).getResultList();
    }

    public Optional<ServiceCall> dailyReportOf(LocalDate businessDate) {
        return em.createNamedQuery(ServiceCall.OF_DATE, ServiceCall.class)
                .setParameter("name", ServiceCall.SEND_REVENUE_LOSS).setParameter("date", businessDate)
                .getResultStream().findFirst();
    }

    /** The calls of one kind of these dates, by date, in one query. */
    public Map<LocalDate, ServiceCall> callsOf(String callName, Collection<LocalDate> businessDates) {
        if (businessDates.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(ServiceCall.OF_DATES, ServiceCall.class)
                .setParameter("name", callName).setParameter("dates", businessDates)
                .getResultStream().collect(Collectors.toMap(ServiceCall::getBusinessDate, call -> call));
    }

    public Backlog backlog() {
        Object[] pending = em.createNamedQuery(ServiceCall.BACKLOG, Object[].class).getSingleResult();
        long rejected = em.createNamedQuery(ServiceCall.COUNT_REJECTED, Long.class).getSingleResult();
        String lastError = em.createNamedQuery(ServiceCall.LAST_ERROR, ServiceCall.class).setMaxResults(1)
                .getResultStream().findFirst().map(c -> c.getBusinessDate() + ": " + c.getLastError()).orElse(null);
        return new Backlog(((Number) pending[0]).longValue(), (LocalDate) pending[1], rejected, lastError);
    }

    /** HQ took this revision of the call; a call revised meanwhile stays pending, for its new revision to go out. */
    public void sent(long id, int revision, int httpStatus, Instant hqReceivedAt) {
        ServiceCall call = find(id);
        if (call.getRevision() == revision) {
            call.sent(httpStatus, hqReceivedAt, clock.instant());
        }
    }

    public void failed(long id, Integer httpStatus, String error, Duration retryIn) {
        find(id).failed(httpStatus, error, retryIn, clock.instant());
    }

    public void postponed(long id, String reason, Duration retryIn) {
        find(id).postponed(reason, retryIn, clock.instant());
    }

    public void rejected(long id, int revision, int httpStatus, String detail) {
        ServiceCall call = find(id);
        if (call.getRevision() == revision) {
            call.rejected(httpStatus, detail);
        }
    }

    /**
     * A closed day's till figures changed (a till of that date was counted after the close): its report goes to HQ
     * again as the next revision, with the new figures; revenue and loss stay as frozen.
     */
    public void revise(LocalDate businessDate, TillFigures till) {
        dailyReportOf(businessDate).ifPresent(call -> {
            call.revise(till, clock.instant());
            audit.record(AuditType.REPORT_REVISED, call.getCallName() + " " + businessDate, "revision " + call.getRevision()
                    + ": a till counted after the close");
        });
    }

    /** A manager sends a rejected or a still failing call again, now. */
    public ServiceCall requeue(long id) {
        ServiceCall call = em.find(ServiceCall.class, id);
        if (call == null) {
            throw ProblemException.notFound("id", "There is no service call " + id + ".");
        }
        if (call.getStatus() == ServiceCall.Status.SENT) {
            throw ProblemException.conflict("id", "HQ already has the report of " + call.getBusinessDate() + ".");
        }
        call.requeue(clock.instant());
        audit.record(AuditType.REPORT_REQUEUED, call.getCallName() + " " + call.getBusinessDate(), "revision " + call.getRevision());
        return call;
    }

    private ServiceCall find(long id) {
        return em.find(ServiceCall.class, id);
    }
}
