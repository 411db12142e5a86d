package com.clothingchain.branch.goods.control;

import com.clothingchain.branch.audit.control.BranchAuditTrail;
import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.goods.entity.Transfer;
import com.clothingchain.branch.goods.entity.TransferLine;
import com.clothingchain.branch.goods.entity.TransferRequest;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.branch.stock.control.Stock;
import com.clothingchain.branch.stock.entity.StockMovement.Kind;
import com.clothingchain.branch.sync.control.Outbox;
import com.clothingchain.branch.sync.entity.ServiceCall;
import com.clothingchain.contract.DeliveryNote;
import com.clothingchain.contract.TransferNote;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.money.Money;
import com.clothingchain.shared.problem.FieldChecks;
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
import java.util.Map;
import java.util.Optional;

import static com.clothingchain.shared.problem.Fields.optionalText;

/**
 * Goods this branch sends another branch through HQ. Sending books each line out of stock ({@code TRANSFER_OUT}) and
 * queues the transfer for HQ ({@code send_transfer}), in one transaction under the open day's lock; HQ makes it a
 * delivery to the other branch, which receives it as goods in. Were HQ to refuse it (no such branch, a SKU HQ does not
 * know), a manager cancels it and its goods are booked back in ({@code TRANSFER_IN}).
 */
@Stateless
public class Transfers {

    /** A line as a manager or a terminal gives it: a SKU or barcode, and the units sent. */
    public record Line(String sku, BigDecimal quantity) {
    }

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Catalog catalog;

    @Inject
    Stock stock;

    @Inject
    BusinessDays days;

    @Inject
    Outbox outbox;

    @Inject
    BranchSite site;

    @Inject
    BranchAuditTrail audit;

    @Inject
    TransferRequests requests;

    /**
     * Sends goods to branch {@code to} (not this one): 1 to 500 lines, each a product of this branch's catalogue once,
     * 1 to 99,999 units; a note of at most 200 characters. All refusals at once, each naming its field. With
     * {@code request} (an open request made of this branch) the goods go to the branch that asked ({@code to} may be
     * left out), and the request is fulfilled by this transfer.
     */
    public Transfer send(String to, String note, List<Line> lines, String manager, LocalDate requestedDate, Long request) {
        FieldChecks checks = new FieldChecks();
        TransferRequest fulfilled = request == null ? null : checks.check(() -> TransferRequests.openIncoming(
                em.find(TransferRequest.class, request, LockModeType.PESSIMISTIC_WRITE), request));
        String target = to == null && fulfilled != null ? fulfilled.getFromBranch() : to;
        // A refused request leaves no destination to check when none was given: the refusal of the request says it all.
        String destination = request != null && fulfilled == null && to == null ? null
                : checks.check(() -> GoodsLines.otherBranch(site, target, "Goods go to"));
        if (fulfilled != null && destination != null && !destination.equals(fulfilled.getFromBranch())) {
            checks.add(ProblemException.unprocessable("to", "Request " + request + " is " + fulfilled.getFromBranch()
                    + "'s: the goods go there."));
        }
        String validNote = checks.check(() -> optionalText("note", note, 200));
        Map<Product, Integer> units = checks.check(() -> GoodsLines.units(catalog, lines, checks, "transfer"));
        checks.done();
        BusinessDay day = days.lockForBooking(requestedDate);
        Map<String, Integer> bySku = GoodsLines.bySku(units);
        Transfer transfer = new Transfer(destination, validNote, bySku, day.getBusinessDate(), manager, clock.instant());
        em.persist(transfer);
        em.flush();
        units.forEach((product, quantity) -> stock.move(product, day.getBusinessDate(), Kind.TRANSFER_OUT, -quantity, Money.ZERO,
                "transfer " + transfer.getId() + " to " + destination, manager));
        if (fulfilled != null) {
            fulfilled.fulfilled(transfer.getId(), manager, clock.instant());
        }
        outbox.queueTransfer(day.getBusinessDate(), transfer.getId());
        audit.record(AuditType.TRANSFER_SENT, "transfer " + transfer.getId(), "to " + destination + ": " + bySku.size() + " SKUs, "
                + transfer.getUnits() + " units" + (fulfilled == null ? "" : ", fulfilling request " + fulfilled.getId()));
        return transfer;
    }

    /** A transfer HQ refused, cancelled by a manager: its goods are booked back in on the open date. */
    public Transfer cancel(long id, String manager) {
        BusinessDay day = days.lockForBooking(null);
        Transfer transfer = Optional.ofNullable(em.find(Transfer.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> ProblemException.notFound("id", "There is no transfer " + id + "."));
        ServiceCall call = outbox.subjectCalls(ServiceCall.SEND_TRANSFER, List.of(id)).get(id);
        if (transfer.getStatus() != Transfer.Status.SENT || call == null || call.getStatus() != ServiceCall.Status.REJECTED) {
            throw ProblemException.conflict("id", "Only a transfer HQ refused is cancelled; transfer " + id + " is "
                    + (transfer.getStatus() == Transfer.Status.CANCELLED ? "cancelled already." : "on its way or at HQ."));
        }
        for (TransferLine line : transfer.getLines()) {
            stock.move(catalog.require(line.getSku()), day.getBusinessDate(), Kind.TRANSFER_IN, line.getQuantity(), Money.ZERO,
                    "transfer " + id + " cancelled", manager);
        }
        transfer.cancelled(manager, clock.instant());
        audit.record(AuditType.TRANSFER_CANCELLED, "transfer " + id, "HQ refused it; " + transfer.getUnits() + " units booked back in");
        return transfer;
    }

    public List<Transfer> latest(int limit) {
        return em.createNamedQuery(Transfer.LATEST, Transfer.class).setMaxResults(limit).getResultList();
    }

    /** What HQ is told about a transfer. */
    public TransferNote note(long id) {
        Transfer t = Optional.ofNullable(em.find(Transfer.class, id))
                .orElseThrow(() -> ProblemException.notFound("id", "There is no transfer " + id + "."));
        Long request = requests.fulfilledBy(id).map(TransferRequest::getHqNumber).orElse(null);
        return new TransferNote(t.getToBranch(), t.getSentAt(), t.getSentBy(), t.getNote(),
                t.getLines().stream().map(l -> new DeliveryNote.Line(l.getSku(), l.getQuantity())).toList(), request);
    }
}
