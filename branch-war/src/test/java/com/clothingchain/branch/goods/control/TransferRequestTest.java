package com.clothingchain.branch.goods.control;

import com.clothingchain.branch.goods.entity.TransferRequest;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.products.entity.ProductDetails;
import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.contract.DeliveryNote;
import com.clothingchain.contract.TransferRequestState;
import com.clothingchain.shared.problem.Problem;
import com.clothingchain.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A branch's requests for goods: what a manager's request must hold, refused before anything is stored (the control
 * has no database here, so a refusal that reached it would fail otherwise), and how a request's state follows HQ.
 */
class TransferRequestTest {

    static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    static final Product SHIRT = new Product("TSH-RED-M", new ProductDetails("T-shirt", "TOPS", "M", "red", new BigDecimal("19.99")), AT);

    static TransferRequests requests() {
        TransferRequests requests = new TransferRequests();
        requests.site = new BranchSite() {
            @Override
            public Optional<String> code() {
                return Optional.of("B001");
            }
        };
        requests.catalog = new Catalog() {
            @Override
            public Optional<Product> byCode(String code) {
                return code.equals("TSH-RED-M") ? Optional.of(SHIRT) : Optional.empty();
            }
        };
        return requests;
    }

    static List<String> refusedFields(String to, List<Transfers.Line> lines, String note) {
        ProblemException e = assertThrows(ProblemException.class, () -> requests().request(to, note, lines, "manager"));
        return e.problems().stream().map(p -> p.status() + " " + p.field()).toList();
    }

    static Transfers.Line line(String sku, String quantity) {
        return new Transfers.Line(sku, quantity == null ? null : new BigDecimal(quantity));
    }

    @Test
    void aRequestGoesToAnotherKnownBranchForKnownSkusEachOnceInWholeUnits() {
        assertEquals(List.of("422 to"), refusedFields(" b001 ", List.of(line("TSH-RED-M", "3")), null), "trimmed: this branch itself");
        assertEquals(List.of("400 to"), refusedFields("", List.of(line("TSH-RED-M", "3")), null));
        assertEquals(List.of("400 to"), refusedFields("B 002", List.of(line("TSH-RED-M", "3")), null));
        assertEquals(List.of("422 lines[0].sku"), refusedFields("B002", List.of(line("NO-SUCH", "3")), null));
        assertEquals(List.of("400 lines[0].quantity"), refusedFields("B002", List.of(line("TSH-RED-M", "0")), null));
        assertEquals(List.of("400 lines[0].quantity"), refusedFields("B002", List.of(line("TSH-RED-M", "1.5")), null));
        assertEquals(List.of("400 lines[0].quantity"), refusedFields("B002", List.of(line("TSH-RED-M", null)), null));
        assertEquals(List.of("422 lines[1].sku"), refusedFields("B002", List.of(line("TSH-RED-M", "1"), line("TSH-RED-M", "2")), null));
        assertEquals(List.of("400 lines"), refusedFields("B002", List.of(), null));
        assertEquals(List.of("400 lines"), refusedFields("B002", null, null));
        assertEquals(List.of("400 note"), refusedFields("B002", List.of(line("TSH-RED-M", "3")), "x".repeat(201)));
        assertEquals(List.of("422 to", "400 note", "422 lines[0].sku"), refusedFields("B001", List.of(line("X", "1")), "x".repeat(201)),
                "every refusal at once, each naming its field");
    }

    @Test
    void aDeclineNeedsAReason() {
        ProblemException e = assertThrows(ProblemException.class, () -> requests().decline(1, "  ", "manager"));
        Problem problem = e.problem();
        assertEquals(List.of(400, "reason"), List.of(problem.status(), problem.field()));
    }

    static TransferRequestState state(long number, String status, String reason) {
        return new TransferRequestState(number, "5", "B001", "B002", AT, "manager", "Size run",
                List.of(new DeliveryNote.Line("TSH-RED-M", 3)), status, reason, reason == null ? null : AT, null);
    }

    @Test
    void anOwnRequestTakesHqsAnswerOnce() {
        TransferRequest own = TransferRequest.outgoing("B001", "B002", null, Map.of("TSH-RED-M", 3), "manager", AT);
        assertFalse(own.isOpenIncoming(), "a manager answers only requests made of this branch");
        own.answered(state(41, TransferRequestState.OPEN, null));
        assertEquals(List.of(TransferRequest.Status.OPEN, 41L), List.of(own.getStatus(), own.getHqNumber()));
        own.answered(state(41, TransferRequestState.DECLINED, "None left"));
        assertEquals(List.of(TransferRequest.Status.DECLINED, "None left"), List.of(own.getStatus(), own.getReason()));
        own.answered(state(41, TransferRequestState.FULFILLED, null));
        assertEquals(TransferRequest.Status.DECLINED, own.getStatus(), "an answer is final");
    }

    @Test
    void aRequestMadeOfThisBranchIsAnsweredHereOnly() {
        TransferRequest incoming = TransferRequest.incoming(state(42, TransferRequestState.OPEN, null));
        assertTrue(incoming.isOpenIncoming());
        assertEquals(List.of("B001", 3, 42L), List.of(incoming.getOtherBranch(), incoming.getUnits(), incoming.getHqNumber()));
        assertEquals(incoming, TransferRequests.openIncoming(incoming, 9), "a transfer may fulfil it");
        incoming.declined("None left", "manager-b", AT);
        assertFalse(incoming.isOpenIncoming());
        for (TransferRequest notOpen : java.util.Arrays.asList(null, incoming,
                TransferRequest.outgoing("B001", "B002", null, Map.of("TSH-RED-M", 3), "manager", AT))) {
            ProblemException e = assertThrows(ProblemException.class, () -> TransferRequests.openIncoming(notOpen, 9));
            assertEquals(List.of(422, "request"), List.of(e.problem().status(), e.problem().field()));
        }
        incoming.answered(state(42, TransferRequestState.OPEN, null));
        assertEquals(TransferRequest.Status.DECLINED, incoming.getStatus(), "HQ's older state does not undo a decline made here");
    }
}
