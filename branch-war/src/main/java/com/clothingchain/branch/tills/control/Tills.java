package com.clothingchain.branch.tills.control;

import com.clothingchain.branch.audit.control.BranchAuditTrail;
import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.sales.entity.Payment;
import com.clothingchain.branch.sync.control.Outbox;
import com.clothingchain.branch.sync.entity.ServiceCall;
import com.clothingchain.branch.tills.entity.TenderType;
import com.clothingchain.branch.tills.entity.TillCount;
import com.clothingchain.branch.tills.entity.TillMovement;
import com.clothingchain.branch.tills.entity.TillReport;
import com.clothingchain.branch.tills.entity.TillSession;
import com.clothingchain.contract.Tender;
import com.clothingchain.contract.TillSessionReport;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.money.Money;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static com.clothingchain.shared.problem.Fields.matching;
import static com.clothingchain.shared.problem.Fields.positiveMoney;
import static com.clothingchain.shared.problem.Fields.required;
import static com.clothingchain.shared.problem.Fields.text;

/**
 * Till sessions: opened with a counted float on the open business date, they take that date's sales and refunds;
 * paid-in and paid-out move cash with a reason; the count is blind (what was expected is shown only after it), and
 * a variance above the threshold in any tender waits for a manager's approval. A counted session gets the next Z
 * number. When its date closes a session still open is flagged AWAITING_COUNT and counted afterwards, against its
 * own date; a named till then takes no sales until it is counted, while the API till opens a new session itself.
 */
@Stateless
public class Tills {

    public static final BigDecimal MAX_CASH = new BigDecimal("1000000");
    private static final Pattern TILL_CODE = Pattern.compile("[A-Z0-9-]{1,16}");

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    BusinessDays days;

    @Inject
    TillRules rules;

    @Inject
    BranchAuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Opens a till on the open business date with the float counted into it (0 for none, but always said). */
    public TillSession open(String till, BigDecimal openingFloat, String user) {
        String code = code(till);
        if (TillSession.API_TILL.equals(code)) {
            throw ProblemException.unprocessable("till", "The API till opens itself on its first sale.");
        }
        BigDecimal cash = nonNegative("openingFloat", openingFloat);
        BusinessDay day = days.lockForBooking(null);
        uncounted(code).ifPresent(session -> {
            throw ProblemException.conflict("till", session.getStatus() == TillSession.Status.OPEN
                    ? "Till " + code + " is already open since " + session.getOpenedAt() + "."
                    : "Till " + code + " of " + session.getBusinessDate() + " has not been counted yet; count it first.");
        });
        TillSession session = new TillSession(code, day.getBusinessDate(), cash, user, clock.instant());
        em.persist(session);
        return session;
    }

    /**
     * The session a booking on the locked open day goes to, locked until the booking commits (so a count can not
     * interleave with it): the named till's open session, or the API till's, opened here with a zero float.
     */
    public TillSession forBooking(String till, BusinessDay day, String user) {
        String code = till == null || till.isBlank() ? TillSession.API_TILL : code(till);
        Optional<TillSession> open = em.createNamedQuery(TillSession.UNCOUNTED_OF, TillSession.class).setParameter("till", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .filter(s -> s.getStatus() == TillSession.Status.OPEN && s.getBusinessDate().equals(day.getBusinessDate()))
                .findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        if (!TillSession.API_TILL.equals(code)) {
            throw ProblemException.conflict("till", uncounted(code).map(s -> "Till " + code + " of " + s.getBusinessDate()
                    + " has not been counted yet; count it, then open it for today.")
                    .orElse("Till " + code + " is not open; open it with its float first."));
        }
        TillSession session = new TillSession(code, day.getBusinessDate(), Money.ZERO, user, clock.instant());
        em.persist(session);
        em.flush();
        return session;
    }

    /** Cash put into (PAID_IN) or taken out of (PAID_OUT) an open till, with its reason; a manager's operation. */
    public TillMovement move(String till, TillMovement.Kind kind, BigDecimal amount, String reason, String manager) {
        String code = code(till);
        BigDecimal cash = positiveMoney("amount", amount, MAX_CASH);
        String why = text("reason", reason, 200);
        days.lockForBooking(null);
        TillSession session = uncounted(code).filter(s -> s.getStatus() == TillSession.Status.OPEN)
                .orElseThrow(() -> ProblemException.conflict("till", "Till " + code + " is not open."));
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        TillMovement movement = new TillMovement(session, required("kind", kind), cash, why, manager, clock.instant());
        em.persist(movement);
        audit.record(AuditType.TILL_CASH_MOVED, code, kind + " " + cash.toPlainString() + ": " + why);
        return movement;
    }

    /**
     * The blind count of a till's oldest uncounted session: {@code counted} per tender code (a tender not given
     * counts as 0); cash may instead be given by denomination (value → number of notes or coins).
     */
    public TillReport count(String till, Map<String, BigDecimal> counted, Map<BigDecimal, Integer> denominations, String user) {
        String code = code(till);
        Map<String, BigDecimal> counts = counts(counted, denominations);
        days.lockForBooking(null);
        TillSession session = uncounted(code).orElseThrow(() -> ProblemException.conflict("till",
                "Till " + code + " has no session waiting to be counted."));
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        TillReport report = report(session);
        boolean needsApproval = false;
        BigDecimal cashVariance = Money.ZERO;
        Set<String> tenders = new TreeSet<>(report.expected().keySet());
        tenders.addAll(counts.keySet());
        for (String tender : tenders) {
            BigDecimal expected = report.expected().getOrDefault(tender, Money.ZERO);
            BigDecimal found = counts.getOrDefault(tender, Money.ZERO);
            em.persist(new TillCount(session.getId(), tender, expected, found));
            BigDecimal variance = found.subtract(expected);
            needsApproval |= variance.abs().compareTo(rules.varianceThreshold()) > 0;
            if (Tender.CASH.equals(tender)) {
                cashVariance = variance;
            }
        }
        session.counted(user, clock.instant(), cashVariance, needsApproval);
        if (!needsApproval) {
            number(session);
        }
        em.flush();
        days.tillCounted(session.getBusinessDate());
        return report(session);
    }

    /** A manager accepts a count whose variance needed approval, with the reason; the session closes. */
    public TillReport approve(long sessionId, String reason, String manager) {
        String why = text("reason", reason, 500);
        days.lockForBooking(null);
        TillSession session = find(sessionId);
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        if (session.getStatus() != TillSession.Status.AWAITING_APPROVAL) {
            throw ProblemException.conflict("id", "Till session " + sessionId + " is " + session.getStatus() + ", not awaiting approval.");
        }
        session.approved(manager, why);
        number(session);
        audit.record(AuditType.TILL_VARIANCE_APPROVED, session.getTillCode() + " " + session.getBusinessDate(),
                "cash variance " + session.getCashVariance().toPlainString() + ": " + why);
        return report(session);
    }

    /** The X report of a till's session that is open or waiting for its count. */
    public TillReport xReport(String till) {
        String code = code(till);
        return report(uncounted(code).orElseThrow(() -> ProblemException.notFound("till", "Till " + code + " is not open.")));
    }

    /** Called inside the transaction that closes a date: its sessions still open wait for their count. */
    public void dayClosed(LocalDate date) {
        em.createNamedQuery(TillSession.OPEN_ON, TillSession.class).setParameter("date", date)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().forEach(TillSession::dayClosed);
    }

    public TillReport report(TillSession session) {
        Map<String, BigDecimal> expected = new TreeMap<>();
        BigDecimal cashTaken = Money.ZERO;
        BigDecimal cashRefunded = Money.ZERO;
        for (Object[] row : em.createQuery("select p.tender, sum(case when p.amount > 0 then p.amount else 0 end),"
                        + " sum(case when p.amount < 0 then -p.amount else 0 end) from Payment p where p.session = :session"
                        + " and p.tender <> 'EXCHANGE' group by p.tender", Object[].class).setParameter("session", session).getResultList()) {
            String tender = (String) row[0];
            BigDecimal in = Money.of((BigDecimal) row[1]);
            BigDecimal out = Money.of((BigDecimal) row[2]);
            expected.put(tender, in.subtract(out));
            if (Tender.CASH.equals(tender)) {
                cashTaken = in;
                cashRefunded = out;
            }
        }
        List<TillMovement> movements = em.createQuery("select m from TillMovement m where m.session = :session order by m.id",
                TillMovement.class).setParameter("session", session).getResultList();
        BigDecimal paidIn = sum(movements, TillMovement.Kind.PAID_IN);
        BigDecimal paidOut = sum(movements, TillMovement.Kind.PAID_OUT);
        expected.put(Tender.CASH, session.getOpeningFloat().add(cashTaken).subtract(cashRefunded).add(paidIn).subtract(paidOut));
        List<TillCount> counts = em.createQuery("select c from TillCount c where c.sessionId = :id order by c.tender", TillCount.class)
                .setParameter("id", session.getId()).getResultList();
        return new TillReport(session, cashTaken, cashRefunded, paidIn, paidOut, expected, movements, counts);
    }

    /** The closed session numbered {@code zNumber} with its Z report, as HQ gets it. */
    public TillSessionReport sessionReport(int zNumber) {
        TillSession session = em.createQuery("select s from TillSession s where s.zNumber = :z", TillSession.class)
                .setParameter("z", zNumber).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("zNumber", "There is no Z report " + zNumber + "."));
        TillReport report = report(session);
        var tenders = report.counts().stream().map(c -> new TillSessionReport.TenderCount(c.getTender(), c.getExpected(),
                c.getCounted(), c.getVariance())).toList();
        var approval = session.getApprovedBy() == null ? null
                : new TillSessionReport.Approval(session.getApprovedBy(), session.getApprovalReason());
        return new TillSessionReport(session.getTillCode(), zNumber, session.getBusinessDate(), session.getOpenedBy(),
                session.getCountedBy(), session.getOpenedAt(), session.getCountedAt(), session.getOpeningFloat(), tenders,
                report.paidIn(), report.paidOut(), approval);
    }

    public TillSession find(long id) {
        TillSession session = em.find(TillSession.class, id);
        if (session == null) {
            throw ProblemException.notFound("id", "There is no till session " + id + ".");
        }
        return session;
    }

    /** The sessions of the last {@code dates} business dates, and every one not yet closed, newest first. */
    public List<TillSession> recent(int dates) {
        return em.createNamedQuery(TillSession.RECENT, TillSession.class).setParameter("since", days.today().minusDays(dates))
                .getResultList();
    }

    /** What a date's tills took per tender (refunds deducted), in tender order. */
    public Map<String, BigDecimal> tendersOn(LocalDate date) {
        Map<String, BigDecimal> tenders = new TreeMap<>();
        em.createNamedQuery(Payment.BY_TENDER_ON, Object[].class).setParameter("date", date).getResultList()
                .forEach(row -> tenders.put((String) row[0], Money.of((BigDecimal) row[1])));
        return tenders;
    }

    /** The cash variance of a date's sessions counted so far. */
    public BigDecimal cashVarianceOn(LocalDate date) {
        BigDecimal variance = em.createQuery("select sum(s.cashVariance) from TillSession s where s.businessDate = :date",
                BigDecimal.class).setParameter("date", date).getSingleResult();
        return variance == null ? Money.ZERO : Money.of(variance);
    }

    private Optional<TillSession> uncounted(String code) {
        return em.createNamedQuery(TillSession.UNCOUNTED_OF, TillSession.class).setParameter("till", code)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * The next Z number; the caller holds the open day's lock, so no two counts take the same one. The closed session
     * goes to HQ through the outbox, in this transaction, under its own date.
     */
    private void number(TillSession session) {
        int last = ((Number) em.createNamedQuery(TillSession.LAST_Z).getSingleResult()).intValue();
        session.numbered(last + 1);
        outbox.queueAbout(ServiceCall.SEND_TILL_SESSION, session.getBusinessDate(), last + 1);
    }

    private static Map<String, BigDecimal> counts(Map<String, BigDecimal> counted, Map<BigDecimal, Integer> denominations) {
        Map<String, BigDecimal> counts = new TreeMap<>();
        if (counted != null) {
            counted.forEach((tender, amount) -> {
                String code = text("counted", tender, 16).toUpperCase(Locale.ROOT);
                counts.put(code, nonNegative("counted." + code, amount));
            });
        }
        if (denominations != null && !denominations.isEmpty()) {
            BigDecimal cash = Money.ZERO;
            for (Map.Entry<BigDecimal, Integer> entry : denominations.entrySet()) {
                String field = "denominations." + (entry.getKey() == null ? "" : entry.getKey().toPlainString());
                BigDecimal value = positiveMoney(field, entry.getKey(), new BigDecimal("10000"));
                Integer pieces = required(field, entry.getValue());
                if (pieces < 0 || pieces > 100_000) {
                    throw ProblemException.badRequest(field, "The number of notes or coins must be from 0 to 100000.");
                }
                cash = cash.add(value.multiply(BigDecimal.valueOf(pieces)));
            }
            BigDecimal typed = counts.get(Tender.CASH);
            if (typed != null && typed.compareTo(cash) != 0) {
                throw ProblemException.unprocessable("denominations", "The notes and coins add up to " + cash.toPlainString()
                        + ", not the " + typed.toPlainString() + " counted as cash.");
            }
            counts.put(Tender.CASH, Money.of(cash));
        }
        if (counts.isEmpty()) {
            throw ProblemException.badRequest("counted", "Give what was counted, at least the cash.");
        }
        return counts;
    }

    private static BigDecimal nonNegative(String field, BigDecimal amount) {
        required(field, amount);
        if (!Money.hasAtMostTwoDecimals(amount) || amount.signum() < 0 || amount.compareTo(MAX_CASH) > 0) {
            throw ProblemException.badRequest(field, field + " must be from 0 to " + MAX_CASH.toPlainString() + ", with at most two decimals.");
        }
        return Money.of(amount);
    }

    private static BigDecimal sum(List<TillMovement> movements, TillMovement.Kind kind) {
        return movements.stream().filter(m -> m.getKind() == kind).map(TillMovement::getAmount).reduce(Money.ZERO, BigDecimal::add);
    }

    static String code(String till) {
        return matching("till", till == null ? null : till.trim().toUpperCase(Locale.ROOT), TILL_CODE,
                "1 to 16 letters, digits or dashes");
    }
}
