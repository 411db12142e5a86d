package com.clothingchain.hq.business.deliveries.control;

import com.clothingchain.contract.DeliveryNote;
import com.clothingchain.contract.TransferNote;
import com.clothingchain.contract.TransferRequestAnswer;
import com.clothingchain.contract.TransferRequestNote;
import com.clothingchain.contract.TransferRequestState;
import com.clothingchain.hq.business.branches.control.HqTestDatabase;
import com.clothingchain.hq.business.branches.entity.Branch;
import com.clothingchain.hq.business.catalogue.control.Catalogue;
import com.clothingchain.hq.business.catalogue.entity.Variant;
import com.clothingchain.hq.business.deliveries.entity.Delivery;
import com.clothingchain.hq.business.deliveries.entity.TransferRequest;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests for goods between branches over HQ's real schema (H2): kept once, pulled by the asked branch, declined, fulfilled. */
class TransferRequestsTest {

    static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    static HqTestDatabase db;

    @BeforeAll
    static void migrate() {
        db = new HqTestDatabase("transferrequests", Delivery.class, TransferRequest.class);
        db.branch("RQ-A", "EUR", 1);
        db.branch("RQ-B", "EUR", 1);
        db.branch("RQ-C", "EUR", 1);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** HQ's catalogue holds every SKU but those starting with NO. */
    static Catalogue catalogue() {
        return new Catalogue() {
            @Override
            public Optional<Variant> findVariant(String sku) {
                return sku.startsWith("NO") ? Optional.empty() : Optional.of(new Variant(null, sku, "M", "red"));
            }
        };
    }

    static TransferRequests requests(EntityManager em) {
        var requests = new TransferRequests();
        requests.em = em;
        requests.registry = db.registry(em);
        requests.catalogue = catalogue();
        requests.audit = db.audit(em);
        return requests;
    }

    static Deliveries deliveries(EntityManager em) {
        var deliveries = new Deliveries();
        deliveries.em = em;
        deliveries.registry = db.registry(em);
        deliveries.catalogue = catalogue();
        deliveries.audit = db.audit(em);
        deliveries.requests = requests(em);
        return deliveries;
    }

    static <T> T requests(Function<TransferRequests, T> work) {
        return db.inTransaction(em -> work.apply(requests(em)));
    }

    static Branch branch(TransferRequests r, String code) {
        return r.registry.require(code);
    }

    static TransferRequestNote note(String to, String sku, int quantity) {
        return new TransferRequestNote(null, null, to, AT, "manager", "Size run", List.of(new DeliveryNote.Line(sku, quantity)));
    }

    static void refused(int status, String field, Function<TransferRequests, ?> work) {
        ProblemException e = assertThrows(ProblemException.class, () -> requests(work));
        assertEquals(status, e.problem().status(), e.getMessage());
        assertEquals(field, e.problem().field(), e.getMessage());
    }

    static long count() {
        return db.inTransaction(em -> em.createQuery("select count(r) from TransferRequest r", Long.class).getSingleResult());
    }

    @Test
    void aRequestIsKeptOnceAndBadOnesChangeNothing() {
        long before = count();
        refused(422, "to", r -> r.request(branch(r, "RQ-A"), "1", note("RQ-A", "TSH-RED-M", 3)));
        refused(422, "to", r -> r.request(branch(r, "RQ-A"), "1", note("RQ-ZZ", "TSH-RED-M", 3)));
        refused(400, "to", r -> r.request(branch(r, "RQ-A"), "1", note(" ", "TSH-RED-M", 3)));
        refused(422, "lines[0].sku", r -> r.request(branch(r, "RQ-A"), "1", note("RQ-B", "NO-SUCH-SKU", 3)));
        refused(400, "lines[0].quantity", r -> r.request(branch(r, "RQ-A"), "1", note("RQ-B", "TSH-RED-M", 0)));
        refused(400, "reference", r -> r.request(branch(r, "RQ-A"), "../x", note("RQ-B", "TSH-RED-M", 3)));
        refused(422, "from", r -> r.request(branch(r, "RQ-A"), "1", new TransferRequestNote("1", "RQ-C", "RQ-B", AT, "m", null,
                List.of(new DeliveryNote.Line("TSH-RED-M", 3)))));
        refused(400, "body", r -> r.request(branch(r, "RQ-A"), "1", null));
        assertEquals(before, count(), "nothing stored on a refusal");

        var first = requests(r -> r.request(branch(r, "RQ-A"), "1", note("RQ-B", "TSH-RED-M", 3)));
        assertEquals(Deliveries.Outcome.RECEIVED, first.outcome());
        var again = requests(r -> r.request(branch(r, "RQ-A"), "1", note("RQ-B", "tsh-red-m", 3)));
        assertEquals(Deliveries.Outcome.UNCHANGED, again.outcome(), "the same request resent");
        assertEquals(first.request().getId(), again.request().getId());
        refused(409, "reference", r -> r.request(branch(r, "RQ-A"), "1", note("RQ-B", "TSH-RED-M", 4)));
        refused(409, "reference", r -> r.request(branch(r, "RQ-A"), "1", note("RQ-C", "TSH-RED-M", 3)));
        assertEquals(before + 1, count(), "stored once");
        assertTrue(db.audited.stream().anyMatch(a -> a.startsWith("TRANSFER_REQUESTED transfer request " + first.request().getId())));
        assertEquals(Deliveries.Outcome.RECEIVED, requests(r -> r.request(branch(r, "RQ-C"), "1", note("RQ-B", "TSH-RED-M", 3))).outcome(),
                "references are the requesting branch's own");
    }

    @Test
    void theAskedBranchPullsItsRequestsAndDeclinesOnceWithAReason() {
        long number = requests(r -> r.request(branch(r, "RQ-B"), "7", note("RQ-C", "JNS-IND-32", 2))).request().getId();
        List<TransferRequestState> pulled = requests(r -> r.statesFor(branch(r, "RQ-C"), number - 1));
        assertEquals(1, pulled.size(), pulled.toString());
        TransferRequestState state = pulled.get(0);
        assertEquals(List.of("RQ-B", "RQ-C", "7", TransferRequestState.OPEN), List.of(state.from(), state.to(), state.reference(), state.status()));
        assertEquals(List.of(new DeliveryNote.Line("JNS-IND-32", 2)), state.lines());
        assertTrue(requests(r -> r.statesFor(branch(r, "RQ-C"), number)).isEmpty(), "nothing after the last held");
        assertTrue(requests(r -> r.statesFor(branch(r, "RQ-A"), 0)).stream().noneMatch(s -> s.number() == number), "only the asked branch's");

        TransferRequestAnswer no = new TransferRequestAnswer("None in stock", AT, "manager-c");
        refused(404, "number", r -> r.decline(branch(r, "RQ-B"), number, no));
        refused(400, "reason", r -> r.decline(branch(r, "RQ-C"), number, new TransferRequestAnswer(" ", AT, "m")));
        assertEquals(TransferRequestState.OPEN, requests(r -> r.own(branch(r, "RQ-B"), "7")).status(), "a refused decline changes nothing");
        assertEquals(Deliveries.Outcome.RECEIVED, requests(r -> r.decline(branch(r, "RQ-C"), number, no)));
        assertEquals(Deliveries.Outcome.UNCHANGED, requests(r -> r.decline(branch(r, "RQ-C"), number, no)));
        refused(409, "number", r -> r.decline(branch(r, "RQ-C"), number, new TransferRequestAnswer("Other", AT, "m")));
        TransferRequestState declined = requests(r -> r.own(branch(r, "RQ-B"), "7"));
        assertEquals(List.of(TransferRequestState.DECLINED, "None in stock"), List.of(declined.status(), declined.reason()));
        refused(404, "reference", r -> r.own(branch(r, "RQ-B"), "8"));
        assertTrue(db.audited.stream().anyMatch(a -> a.startsWith("TRANSFER_REQUEST_DECLINED transfer request " + number)));
    }

    @Test
    void aTransferNamingTheRequestFulfilsItAndOnlyAnOpenOneOfItsReceiver() {
        long number = requests(r -> r.request(branch(r, "RQ-A"), "20", note("RQ-B", "TSH-RED-M", 3))).request().getId();
        TransferNote wrongWay = new TransferNote("RQ-C", AT, "manager-b", null, List.of(new DeliveryNote.Line("TSH-RED-M", 3)), number);
        ProblemException e = assertThrows(ProblemException.class, () -> db.inTransaction(em ->
                deliveries(em).transfer(db.registry(em).require("RQ-B"), "T1", wrongWay)));
        assertEquals("request", e.problem().field(), "a transfer to another branch than the requester's");

        TransferNote fulfilling = new TransferNote("RQ-A", AT, "manager-b", null, List.of(new DeliveryNote.Line("TSH-RED-M", 3)), number);
        var stored = db.inTransaction(em -> deliveries(em).transfer(db.registry(em).require("RQ-B"), "T1", fulfilling));
        TransferRequestState done = requests(r -> r.own(branch(r, "RQ-A"), "20"));
        assertEquals(TransferRequestState.FULFILLED, done.status());
        assertEquals(stored.delivery().getId(), done.delivery());
        assertEquals(Deliveries.Outcome.UNCHANGED, db.inTransaction(em -> deliveries(em).transfer(db.registry(em).require("RQ-B"), "T1",
                fulfilling)).outcome(), "the transfer resent changes nothing");
        e = assertThrows(ProblemException.class, () -> db.inTransaction(em ->
                deliveries(em).transfer(db.registry(em).require("RQ-B"), "T2", fulfilling)));
        assertEquals(422, e.problem().status(), "fulfilled once");
        refused(409, "number", r -> r.decline(branch(r, "RQ-B"), number, new TransferRequestAnswer("Too late", AT, "m")));

        TransferNote old = new TransferNote("RQ-A", AT, "manager-b", null, List.of(new DeliveryNote.Line("TSH-RED-M", 1)), null);
        var plain = db.inTransaction(em -> deliveries(em).transfer(db.registry(em).require("RQ-B"), "T3", old));
        assertEquals(Deliveries.Outcome.RECEIVED, plain.outcome(), "a transfer without a request, as older branches send it");
        assertNull(requests(r -> r.latest(TransferRequest.Status.OPEN, 100)).stream()
                .filter(x -> x.getId() == number).findFirst().orElse(null));
    }
}
