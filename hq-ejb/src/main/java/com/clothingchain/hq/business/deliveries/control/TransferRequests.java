package com.clothingchain.hq.business.deliveries.control;

import com.clothingchain.contract.DeliveryNote;
import com.clothingchain.contract.TransferRequestAnswer;
import com.clothingchain.contract.TransferRequestNote;
import com.clothingchain.contract.TransferRequestState;
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

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static com.clothingchain.shared.problem.Fields.matching;
import static com.clothingchain.shared.problem.Fields.optionalText;
import static com.clothingchain.shared.problem.Fields.required;
import static com.clothingchain.shared.problem.Fields.text;

/**
 * Requests for goods between branches, through HQ: a branch asks another for units of SKUs; the asked branch pulls the
 * request, and either sends a transfer that fulfils it ({@link Deliveries#transfer}) or declines it with a reason. HQ
 * only passes requests on; it neither reserves stock for them nor acts on them.
 */
@Stateless
public class TransferRequests {

    @PersistenceContext(unitName = "hq")
    EntityManager em;

    @Inject
    BranchRegistry registry;

    @Inject
    Catalogue catalogue;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** What a request's call did, and the request as HQ holds it. */
    public record Stored(TransferRequest request, Deliveries.Outcome outcome) {
    }

    /**
     * A request of branch {@code from} under its own {@code reference}, kept once: to another active branch, 1 to 500
     * lines of SKUs of HQ's catalogue, each once with 1 to 99,999 units, a note of at most 200 characters. The same
     * request again answers the one held ({@code UNCHANGED}); other content under its reference is a conflict naming
     * {@code reference}. All refusals at once, each naming its field.
     */
    public Stored request(Branch from, String reference, TransferRequestNote note) {
        required("body", note);
        String validReference = matching("reference", reference, DeliveryLines.REFERENCE, "the requesting branch's number of the request");
        FieldChecks checks = new FieldChecks();
        if (note.reference() != null && !note.reference().equals(validReference)) {
            checks.add(ProblemException.unprocessable("reference", "The body names another request than the address ("
                    + validReference + ")."));
        }
        if (note.from() != null && !note.from().equals(from.getCode())) {
            checks.add(ProblemException.unprocessable("from", "A branch requests goods for itself (" + from.getCode() + ") only."));
        }
        Branch to = checks.check(() -> DeliveryLines.activeBranch(registry, "to", note.to()));
        if (to != null && to.getId().equals(from.getId())) {
            checks.add(ProblemException.unprocessable("to", "A branch does not request goods from itself."));
        }
        String validNote = checks.check(() -> optionalText("note", note.note(), 200));
        Map<String, Integer> units = checks.check(() -> DeliveryLines.units(catalogue, DeliveryLines.inputs(note.lines()), checks, "request"));
        String requestedBy = checks.check(() -> text("requestedBy", note.requestedBy(), 64));
        Instant requestedAt = checks.check(() -> required("requestedAt", note.requestedAt()));
        checks.done();
        Optional<TransferRequest> held = em.createNamedQuery(TransferRequest.BY_REFERENCE, TransferRequest.class)
                .setParameter("branch", from).setParameter("reference", validReference).getResultStream().findFirst();
        if (held.isPresent()) {
            TransferRequest same = held.get();
            if (!same.getToBranch().getId().equals(to.getId()) || !same.units().equals(units) || !Objects.equals(same.getNote(), validNote)) {
                throw ProblemException.conflict("reference", "Request " + validReference + " of " + from.getCode()
                        + " is at HQ already with other goods, note or branch asked.");
            }
            return new Stored(same, Deliveries.Outcome.UNCHANGED);
        }
        TransferRequest request = new TransferRequest(from, validReference, to, validNote, units, requestedAt, requestedBy, clock.instant());
        em.persist(request);
        em.flush();
        audit.record(AuditType.TRANSFER_REQUESTED, "transfer request " + request.getId(), "request " + validReference + " of "
                + from.getCode() + " to " + to.getCode() + ": " + units.size() + " SKUs, " + request.getUnits() + " units");
        return new Stored(request, Deliveries.Outcome.RECEIVED);
    }

    /** The requests to branch {@code asked} numbered after {@code after}, oldest first: what it pulls and has not seen yet. */
    public List<TransferRequestState> statesFor(Branch asked, long after) {
        return em.createNamedQuery(TransferRequest.TO_BRANCH_AFTER, TransferRequest.class).setParameter("branch", asked)
                .setParameter("after", after).setMaxResults(Deliveries.MAX_PULL).getResultStream().map(TransferRequests::state).toList();
    }

    /** The requesting branch's own request by its reference, as it stands. */
    public TransferRequestState own(Branch from, String reference) {
        String valid = matching("reference", reference, DeliveryLines.REFERENCE, "the requesting branch's number of the request");
        return em.createNamedQuery(TransferRequest.BY_REFERENCE, TransferRequest.class).setParameter("branch", from)
                .setParameter("reference", valid).getResultStream().findFirst().map(TransferRequests::state)
                .orElseThrow(() -> ProblemException.notFound("reference", "Branch " + from.getCode() + " has no request " + valid + " at HQ."));
    }

    /**
     * The asked branch declines its open request {@code number} with a reason (1 to 200 characters), kept once: the same
     * decline again changes nothing ({@code UNCHANGED}); another reason, or a request fulfilled already, is a conflict.
     */
    public Deliveries.Outcome decline(Branch asked, long number, TransferRequestAnswer answer) {
        required("body", answer);
        TransferRequest request = Optional.ofNullable(em.find(TransferRequest.class, number, LockModeType.PESSIMISTIC_WRITE))
                .filter(r -> r.getToBranch().getId().equals(asked.getId()))
                .orElseThrow(() -> ProblemException.notFound("number", "Branch " + asked.getCode() + " was asked for no request " + number + "."));
        FieldChecks checks = new FieldChecks();
        String reason = checks.check(() -> text("reason", answer.reason(), 200));
        String answeredBy = checks.check(() -> text("answeredBy", answer.answeredBy(), 64));
        Instant answeredAt = checks.check(() -> required("answeredAt", answer.answeredAt()));
        checks.done();
        if (request.getStatus() == TransferRequest.Status.DECLINED && request.getReason().equals(reason)) {
            return Deliveries.Outcome.UNCHANGED;
        }
        if (request.getStatus() != TransferRequest.Status.OPEN) {
            throw ProblemException.conflict("number", "Request " + number + " is " + request.getStatus().name().toLowerCase() + " already.");
        }
        request.declined(reason, answeredAt, answeredBy);
        audit.record(AuditType.TRANSFER_REQUEST_DECLINED, "transfer request " + number, asked.getCode() + " declined the request of "
                + request.getFromBranch().getCode() + ": " + reason);
        return Deliveries.Outcome.RECEIVED;
    }

    /**
     * The open request {@code number} a transfer from {@code sender} to {@code requester} fulfils: one that
     * {@code requester} made of {@code sender} and nobody answered yet; anything else is refused naming {@code request}.
     */
    public TransferRequest openFor(Branch sender, Branch requester, long number) {
        TransferRequest request = Optional.ofNullable(em.find(TransferRequest.class, number, LockModeType.PESSIMISTIC_WRITE))
                .filter(r -> r.getToBranch().getId().equals(sender.getId()) && r.getFromBranch().getId().equals(requester.getId()))
                .orElseThrow(() -> ProblemException.unprocessable("request", "There is no request " + number + " of "
                        + requester.getCode() + " to " + sender.getCode() + "."));
        if (request.getStatus() != TransferRequest.Status.OPEN) {
            throw ProblemException.unprocessable("request", "Request " + number + " is " + request.getStatus().name().toLowerCase() + " already.");
        }
        return request;
    }

    /** The transfer that became {@code delivery} fulfils the request. */
    public void fulfil(TransferRequest request, Delivery delivery) {
        request.fulfilled(delivery.getId(), delivery.getSentAt(), delivery.getSentBy());
    }

    /** The latest requests, newest first, of one status when given. */
    public List<TransferRequest> latest(TransferRequest.Status status, int limit) {
        return em.createNamedQuery(TransferRequest.LATEST, TransferRequest.class).setParameter("status", status)
                .setMaxResults(limit).getResultList();
    }

    static TransferRequestState state(TransferRequest r) {
        return new TransferRequestState(r.getId(), r.getReference(), r.getFromBranch().getCode(), r.getToBranch().getCode(),
                r.getRequestedAt(), r.getRequestedBy(), r.getNote(),
                r.getLines().stream().map(l -> new DeliveryNote.Line(l.getSku(), l.getQuantity())).toList(),
                r.getStatus().name(), r.getReason(), r.getAnsweredAt(), r.getDeliveryId());
    }
}
