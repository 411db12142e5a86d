package com.clothingchain.branch.goods.control;

import com.clothingchain.branch.audit.control.BranchAuditTrail;
import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.goods.entity.TransferRequest;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.branch.sync.control.Outbox;
import com.clothingchain.branch.sync.entity.ServiceCall;
import com.clothingchain.contract.DeliveryNote;
import com.clothingchain.contract.TransferRequestAnswer;
import com.clothingchain.contract.TransferRequestNote;
import com.clothingchain.contract.TransferRequestState;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.problem.FieldChecks;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.clothingchain.shared.problem.Fields.optionalText;
import static com.clothingchain.shared.problem.Fields.text;

/**
 * Requests for goods between branches, through HQ. A manager asks another branch for goods: the request is stored and
 * queued for HQ ({@code send_transfer_request}) in one transaction. Requests made of this branch come from HQ in the
 * delivery pull; a manager declines one with a reason ({@code send_transfer_request_answer}) or fulfils it by sending a
 * transfer for it ({@link Transfers#send}). Nothing is reserved: a request books no stock.
 */
@Stateless
public class TransferRequests {

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Catalog catalog;

    @Inject
    BusinessDays days;

    @Inject
    Outbox outbox;

    @Inject
    BranchSite site;

    @Inject
    BranchAuditTrail audit;

    /**
     * Asks branch {@code to} (not this one) for goods: 1 to 500 lines, each a product of this branch's catalogue once,
     * 1 to 99,999 units; a note of at most 200 characters. All refusals at once, each naming its field; nothing is
     * stored on a refusal.
     */
    public TransferRequest request(String to, String note, List<Transfers.Line> lines, String manager) {
        FieldChecks checks = new FieldChecks();
        String asked = checks.check(() -> GoodsLines.otherBranch(site, to, "Goods are requested from"));
        String validNote = checks.check(() -> optionalText("note", note, 200));
        Map<Product, Integer> units = checks.check(() -> GoodsLines.units(catalog, lines, checks, "request"));
        checks.done();
        TransferRequest request = TransferRequest.outgoing(site.code().orElseThrow(), asked, validNote, GoodsLines.bySku(units), manager,
                clock.instant());
        em.persist(request);
        em.flush();
        request.referenced();
        outbox.queueAbout(ServiceCall.SEND_TRANSFER_REQUEST, days.open().getBusinessDate(), request.getId());
        audit.record(AuditType.TRANSFER_REQUESTED, "transfer request " + request.getId(), "of " + asked + ": " + units.size()
                + " SKUs, " + request.getUnits() + " units");
        return request;
    }

    /** An incoming open request declined with a reason (1 to 200 characters), queued for HQ. */
    public TransferRequest decline(long id, String reason, String manager) {
        String validReason = text("reason", reason, 200);
        TransferRequest request = lock(id);
        if (!request.isOpenIncoming()) {
            throw ProblemException.conflict("id", "Only an open request made of this branch is declined; request " + id + " is "
                    + (request.isIncoming() ? request.getStatus().name().toLowerCase() + " already." : "this branch's own."));
        }
        request.declined(validReason, manager, clock.instant());
        outbox.queueAbout(ServiceCall.SEND_TRANSFER_REQUEST_ANSWER, days.open().getBusinessDate(), id);
        audit.record(AuditType.TRANSFER_REQUEST_DECLINED, "transfer request " + id, "of " + request.getFromBranch() + ": " + validReason);
        return request;
    }

    /**
     * The open request made of this branch that a transfer fulfils, as {@code found} (locked by the caller, within its
     * transaction: a refusal thrown across an EJB call would doom that transaction); anything else is refused naming
     * {@code request}.
     */
    static TransferRequest openIncoming(TransferRequest found, long id) {
        if (found == null) {
            throw ProblemException.unprocessable("request", "There is no request " + id + ".");
        }
        if (!found.isOpenIncoming()) {
            throw ProblemException.unprocessable("request", "Request " + id + " is not an open request made of this branch.");
        }
        return found;
    }

    /** Keeps the requests made of this branch not held yet; answers how many were new. */
    public int store(List<TransferRequestState> states) {
        int stored = 0;
        for (TransferRequestState state : states) {
            if (em.createNamedQuery(TransferRequest.BY_HQ_NUMBER, TransferRequest.class).setParameter("number", state.number())
                    .getResultList().isEmpty()) {
                em.persist(TransferRequest.incoming(state));
                stored++;
            }
        }
        return stored;
    }

    /** HQ's highest number of a request made of this branch held here (0 for none): the pull asks for those after it. */
    public long lastNumber() {
        Long last = em.createNamedQuery(TransferRequest.LAST_HQ_NUMBER, Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    /** This branch's requests still waiting for an answer, oldest first, whose state it asks HQ for. */
    public List<TransferRequest> openOutgoing(int limit) {
        return em.createNamedQuery(TransferRequest.OPEN_OUTGOING, TransferRequest.class).setMaxResults(limit).getResultList();
    }

    /** How HQ says this branch's own request stands now. */
    public void answered(long id, TransferRequestState state) {
        TransferRequest request = require(id);
        TransferRequest.Status before = request.getStatus();
        request.answered(state);
        if (before == TransferRequest.Status.OPEN && request.getStatus() == TransferRequest.Status.DECLINED) {
            audit.record(AuditType.TRANSFER_REQUEST_DECLINED, "transfer request " + id, request.getToBranch() + " declined it: "
                    + request.getReason());
        }
    }

    /** The request a transfer fulfilled, if any. */
    public Optional<TransferRequest> fulfilledBy(long transferId) {
        return em.createNamedQuery(TransferRequest.BY_TRANSFER, TransferRequest.class).setParameter("transfer", transferId)
                .getResultStream().findFirst();
    }

    public List<TransferRequest> latest(int limit) {
        return em.createNamedQuery(TransferRequest.LATEST, TransferRequest.class).setMaxResults(limit).getResultList();
    }

    public TransferRequest require(long id) {
        return Optional.ofNullable(em.find(TransferRequest.class, id))
                .orElseThrow(() -> ProblemException.notFound("id", "There is no transfer request " + id + "."));
    }

    /** What HQ is told about this branch's own request. */
    public TransferRequestNote note(long id) {
        TransferRequest r = require(id);
        return new TransferRequestNote(r.getReference(), r.getFromBranch(), r.getToBranch(), r.getRequestedAt(), r.getRequestedBy(),
                r.getNote(), r.getLines().stream().map(l -> new DeliveryNote.Line(l.getSku(), l.getQuantity())).toList());
    }

    /** What HQ is told about a request this branch declined. */
    public TransferRequestAnswer answer(long id) {
        TransferRequest r = require(id);
        return new TransferRequestAnswer(r.getReason(), r.getAnsweredAt(), r.getAnsweredBy());
    }

    private TransferRequest lock(long id) {
        return Optional.ofNullable(em.find(TransferRequest.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> ProblemException.notFound("id", "There is no transfer request " + id + "."));
    }
}
