package com.clothingchain.hq.business.deliveries.control;

import com.clothingchain.contract.DeliveryNote;
import com.clothingchain.contract.DeliveryReceipt;
import com.clothingchain.contract.TransferNote;
import com.clothingchain.hq.business.branches.control.BranchRegistry;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.catalogue.control.Catalogue;
import com.clothingchain.hq.business.deliveries.entity.Delivery;
import com.clothingchain.hq.business.deliveries.entity.TransferRequest;
import com.clothingchain.shared.audit.control.AuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.problem.FieldChecks;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.clothingchain.shared.problem.Fields.matching;
import static com.clothingchain.shared.problem.Fields.optionalText;
import static com.clothingchain.shared.problem.Fields.required;
import static com.clothingchain.shared.problem.Fields.text;

/**
 * Deliveries from HQ's warehouse to branches: sending one, the branch's pull, and its receipt. Every rule of a
 * delivery is here, for the API and the pages alike.
 */
@Stateless
public class Deliveries {

    public static final int MAX_LINES = 500;
    public static final int MAX_UNITS = 99_999;
    public static final int MAX_PULL = 100;

    /** What a branch's call did: stored what it sent, or found the same already stored. */
    public enum Outcome { RECEIVED, UNCHANGED }

    /** One line of a delivery as a person or a file gives it. */
    public record LineInput(String sku, BigDecimal quantity) {
    }

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    @Inject
    BranchRegistry registry;

    @Inject
    Catalogue catalogue;

    @Inject
    AuditTrail audit;

    @Inject
    TransferRequests requests;

    private final Clock clock = Clock.systemUTC();

    /**
     * A new delivery to an active branch: 1 to {@value #MAX_LINES} lines, each a SKU of HQ's catalogue (once) with 1 to
     * {@value #MAX_UNITS} units; a note of at most 200 characters. All refusals at once, each naming its field.
     */
    public Delivery send(String branchCode, String note, List<LineInput> lines, String sentBy) {
        FieldChecks checks = new FieldChecks();
        Branch branch = checks.check(() -> DeliveryLines.activeBranch(registry, "branch", branchCode));
        String validNote = checks.check(() -> optionalText("note", note, 200));
        Map<String, Integer> units = checks.check(() -> DeliveryLines.units(catalogue, lines, checks, "delivery"));
        checks.done();
        Delivery delivery = new Delivery(branch, validNote, units, sentBy, clock.instant());
        em.persist(delivery);
        em.flush();
        audit.record(AuditType.DELIVERY_SENT, "delivery " + delivery.getId(), "to " + branch.getCode() + ": "
                + units.size() + " SKUs, " + delivery.getUnitsSent() + " units");
        return delivery;
    }

    /**
     * A transfer a branch sent another (its own number of it as {@code reference}): kept once as a delivery to {@code to}
     * from the sending branch, the goods in transit until the receiving branch receives it. The same transfer again
     * answers the delivery it made ({@code UNCHANGED}); another one under the same reference is a conflict naming
     * {@code reference}. Refusals as for {@link #send}, the destination named {@code to} (not the sender itself). A note
     * naming a {@code request} fulfils that open request of {@code to} to the sender (refused naming {@code request}
     * otherwise).
     */
    public Stored transfer(Branch from, String reference, TransferNote note) {
        required("body", note);
        String validReference = matching("reference", reference, DeliveryLines.REFERENCE, "the sending branch's number of the transfer");
        FieldChecks checks = new FieldChecks();
        Branch to = checks.check(() -> DeliveryLines.activeBranch(registry, "to", note.to()));
        if (to != null && to.getId().equals(from.getId())) {
            checks.add(ProblemException.unprocessable("to", "A branch does not transfer goods to itself."));
        }
        String validNote = checks.check(() -> optionalText("note", note.note(), 200));
        Map<String, Integer> units = checks.check(() -> DeliveryLines.units(catalogue, DeliveryLines.inputs(note.lines()), checks, "transfer"));
        String sentBy = checks.check(() -> text("sentBy", note.sentBy(), 64));
        Instant sentAt = checks.check(() -> required("sentAt", note.sentAt()));
        checks.done();
        if (note.request() != null && note.request() < 1) {
            throw ProblemException.badRequest("request", "request must be HQ's number of a request.");
        }
        Optional<Delivery> existing = em.createNamedQuery(Delivery.BY_SOURCE_REFERENCE, Delivery.class)
                .setParameter("source", from.getCode()).setParameter("reference", validReference).getResultStream().findFirst();
        if (existing.isPresent()) {
            Delivery held = existing.get();
            Map<String, Integer> heldUnits = new LinkedHashMap<>();
            held.getLines().stream().filter(l -> l.getSent() > 0).forEach(l -> heldUnits.put(l.getSku(), l.getSent()));
            if (!held.getBranch().getId().equals(to.getId()) || !heldUnits.equals(units)) {
                throw ProblemException.conflict("reference", "Transfer " + validReference + " of " + from.getCode()
                        + " is at HQ already with other goods or another destination.");
            }
            return new Stored(held, Outcome.UNCHANGED);
        }
        TransferRequest request = note.request() == null ? null : requests.openFor(from, to, note.request());
        Delivery delivery = new Delivery(to, from.getCode(), validReference, validNote, units, sentBy, sentAt);
        em.persist(delivery);
        em.flush();
        if (request != null) {
            requests.fulfil(request, delivery);
        }
        audit.record(AuditType.DELIVERY_SENT, "delivery " + delivery.getId(), "transfer " + validReference + " from "
                + from.getCode() + " to " + to.getCode() + ": " + units.size() + " SKUs, " + delivery.getUnitsSent() + " units"
                + (request == null ? "" : ", fulfilling request " + request.getId()));
        return new Stored(delivery, Outcome.RECEIVED);
    }

    /** What a transfer's call did: the delivery it made, and whether this call made it. */
    public record Stored(Delivery delivery, Outcome outcome) {
    }

    /** The branch's deliveries numbered after {@code after}, oldest first: what it pulls and has not seen yet. */
    public List<DeliveryNote> notesFor(Branch branch, long after) {
        return em.createNamedQuery(Delivery.FOR_BRANCH_AFTER, Delivery.class).setParameter("branch", branch)
                .setParameter("after", after).setMaxResults(MAX_PULL).getResultStream()
                .map(Deliveries::note).toList();
    }

    /**
     * The branch's count of its delivery, kept once: every SKU of the delivery listed, with 0 to {@value #MAX_UNITS}
     * units (0 when none came), SKUs that came without being sent listed too; the same receipt again changes nothing,
     * another one after it is a conflict naming {@code lines}.
     */
    public Outcome receive(Branch branch, long number, DeliveryReceipt receipt) {
        required("body", receipt);
        Delivery delivery = Optional.ofNullable(em.find(Delivery.class, number, LockModeType.PESSIMISTIC_WRITE))
                .filter(d -> d.getBranch().getId().equals(branch.getId()))
                .orElseThrow(() -> ProblemException.notFound("number", "Branch " + branch.getCode() + " has no delivery " + number + "."));
        Map<String, Integer> counted = counted(receipt.lines(), delivery);
        if (delivery.getStatus() == Delivery.Status.RECEIVED) {
            if (sameAsStored(delivery, counted)) {
                return Outcome.UNCHANGED;
            }
            throw ProblemException.conflict("lines", "Delivery " + number + " was received on " + delivery.getReceivedAt()
                    + " with other counts; a receipt is kept once.");
        }
        String receivedBy = required("receivedBy", receipt.receivedBy());
        Instant receivedAt = required("receivedAt", receipt.receivedAt());
        delivery.received(counted, receivedBy.length() > 64 ? receivedBy.substring(0, 64) : receivedBy, receivedAt, clock.instant());
        audit.record(AuditType.DELIVERY_RECEIVED, "delivery " + number, branch.getCode() + ": " + delivery.getUnitsReceived()
                + " of " + delivery.getUnitsSent() + " units, " + delivery.getDiscrepancies() + " lines differ");
        return Outcome.RECEIVED;
    }

    /** The latest deliveries, newest first, of one branch and/or status when given. */
    public List<Delivery> latest(String branchCode, Delivery.Status status, int limit) {
        var query = branchCode != null
                ? em.createNamedQuery(Delivery.LATEST_OF_BRANCH, Delivery.class).setParameter("branch", registry.require(branchCode))
                        .setParameter("status", status)
                : status != null ? em.createNamedQuery(Delivery.LATEST_OF_STATUS, Delivery.class).setParameter("status", status)
                : em.createNamedQuery(Delivery.LATEST, Delivery.class);
        return query.setMaxResults(limit).getResultList();
    }

    public Delivery require(long number) {
        return Optional.ofNullable(em.find(Delivery.class, number))
                .orElseThrow(() -> ProblemException.notFound("number", "There is no delivery " + number + "."));
    }

    static DeliveryNote note(Delivery d) {
        return new DeliveryNote(d.getId(), d.getSource(), d.getSentAt(), d.getSentBy(), d.getNote(),
                d.getLines().stream().map(l -> new DeliveryNote.Line(l.getSku(), l.getSent())).toList());
    }

    private static Map<String, Integer> counted(List<DeliveryReceipt.Line> lines, Delivery delivery) {
        if (lines == null) {
            throw ProblemException.badRequest("lines", "lines is required.");
        }
        if (lines.size() > MAX_LINES * 2) {
            throw ProblemException.badRequest("lines", "A receipt has at most " + MAX_LINES * 2 + " lines.");
        }
        FieldChecks checks = new FieldChecks();
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String field = "lines[" + i + "]";
            DeliveryReceipt.Line line = lines.get(i);
            if (line == null || line.sku() == null || !Catalogue.SKU.matcher(line.sku()).matches()) {
                checks.add(ProblemException.badRequest(field + ".sku", field + ".sku must be a SKU such as JKT-NAV-M."));
            } else if (line.received() < 0 || line.received() > MAX_UNITS) {
                checks.add(ProblemException.badRequest(field + ".received", field + ".received must be 0 to " + MAX_UNITS + " units."));
            } else if (counted.putIfAbsent(line.sku(), line.received()) != null) {
                checks.add(ProblemException.unprocessable(field + ".sku", line.sku() + " is on the receipt twice."));
            }
        }
        checks.done();
        List<String> missing = delivery.getLines().stream().filter(l -> l.getSent() > 0).map(l -> l.getSku())
                .filter(sku -> !counted.containsKey(sku)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("lines", "The receipt must list every SKU of the delivery, 0 when none came;"
                    + " missing: " + String.join(", ", missing) + ".");
        }
        return counted;
    }

    private static boolean sameAsStored(Delivery delivery, Map<String, Integer> counted) {
        Map<String, Integer> stored = new LinkedHashMap<>();
        delivery.getLines().forEach(l -> stored.put(l.getSku(), l.getReceived()));
        return stored.equals(counted);
    }
}
