package com.clothingchain.hq.business.tills.control;

import com.clothingchain.contract.TillSettings;
import com.clothingchain.hq.business.branches.control.HqTestDatabase;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tills' rules over HQ's real schema (H2): tenders, effective-dated tax rates, a branch's till settings. */
class TillsTest {

    static HqTestDatabase db;
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    static void migrate() {
        db = new HqTestDatabase("tills");
        db.branch("T1", "USD", 0);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static <T> T tills(Function<Tills, T> work) {
        return db.inTransaction(em -> work.apply(tills(em)));
    }

    static Tills tills(EntityManager em) {
        var tills = new Tills();
        tills.em = em;
        tills.audit = db.audit(em);
        tills.registry = db.registry(em);
        return tills;
    }

    static ProblemException refused(int status, String field, Function<Tills, ?> work) {
        ProblemException e = assertThrows(ProblemException.class, () -> tills(work));
        assertEquals(status, e.problem().status(), e.getMessage());
        assertEquals(field, e.problem().field(), e.getMessage());
        return e;
    }

    @Test
    void theSchemaSeedsTheFourTendersAndCashAndCardStayActive() {
        assertEquals(List.of("CARD CARD", "CASH CASH", "GIFT_CARD VOUCHER", "STORE_CREDIT VOUCHER"),
                tills(t -> t.tenders().stream().map(x -> x.getCode() + " " + x.getKind()).toList().subList(0, 4)));
        refused(422, "active", t -> t.changeTender("CASH", null, false));
        refused(422, "active", t -> t.changeTender("CARD", "Cards", false));
        refused(404, "code", t -> t.changeTender("NOPE", "x", null));
        refused(409, "code", t -> t.defineTender("cash", "Cash", "CASH"));
        ProblemException all = refused(400, "code", t -> t.defineTender("no good", "", "CRYPTO"));
        assertEquals(3, all.problems().size(), "every field named at once");
        assertTrue((boolean) tills(t -> t.findTender("CASH").orElseThrow().isActive()));

        assertEquals("T_VOUCHER", tills(t -> t.defineTender("t_voucher", "Paper voucher", "voucher").getCode()));
        tills(t -> t.changeTender("T_VOUCHER", null, false));
        assertFalse((boolean) tills(t -> t.findTender("T_VOUCHER").orElseThrow().isActive()));
        assertTrue(db.audited.stream().anyMatch(a -> a.startsWith("TENDER_CHANGED tender T_VOUCHER: Paper voucher, VOUCHER, active -> ")));
    }

    @Test
    void ratesAreEffectiveDatedAndNeverChanged() {
        assertTrue((boolean) tills(t -> t.defineTaxRate("t-vat", "standard", LocalDate.of(2019, 1, 1), new BigDecimal("19")).created()));
        assertFalse((boolean) tills(t -> t.defineTaxRate("T-VAT", "STANDARD", LocalDate.of(2019, 1, 1), new BigDecimal("19.000")).created()),
                "the same rate again is no change");
        refused(409, "from", t -> t.defineTaxRate("T-VAT", "STANDARD", LocalDate.of(2019, 1, 1), new BigDecimal("20")));
        refused(422, "from", t -> t.defineTaxRate("T-VAT", "STANDARD", TODAY.minusDays(2), new BigDecimal("20")));
        assertTrue((boolean) tills(t -> t.defineTaxRate("T-VAT", "STANDARD", TODAY.minusDays(1), new BigDecimal("20")).created()),
                "yesterday in UTC is not over everywhere");
        assertTrue((boolean) tills(t -> t.defineTaxRate("T-VAT", "REDUCED", LocalDate.of(2000, 1, 1), new BigDecimal("7")).created()),
                "a category's first rate may start on any date");
        refused(400, "rate", t -> t.defineTaxRate("T-VAT", "ZERO", TODAY, new BigDecimal("100.5")));
        refused(400, "jurisdiction", t -> t.defineTaxRate(null, "ZERO", TODAY, BigDecimal.ONE));
        refused(400, "from", t -> t.defineTaxRate("T-VAT", "ZERO", null, BigDecimal.ONE));
        assertEquals(List.of("REDUCED 2000-01-01 7.00", "STANDARD 2019-01-01 19.00", "STANDARD " + TODAY.minusDays(1) + " 20.00"),
                tills(t -> t.taxRates("t-vat").stream().map(r -> r.getTaxCategory() + " " + r.getValidFrom() + " "
                        + r.getRate().toPlainString()).toList()));
    }

    @Test
    void aBranchsTillSettingsAndItsProfile() {
        tills(t -> t.defineTaxRate("T-SALES", "STANDARD", LocalDate.of(2020, 1, 1), new BigDecimal("8.875")));
        refused(422, "jurisdiction", t -> t.configure("T1", "T-NONE", "EXCLUSIVE", new BigDecimal("0.05")));
        refused(400, "cashRounding", t -> t.configure("T1", "T-SALES", "EXCLUSIVE", new BigDecimal("0.03")));
        refused(404, "code", t -> t.configure("NONE", "T-SALES", "EXCLUSIVE", new BigDecimal("0.05")));
        assertEquals("INCLUSIVE", tills(t -> t.settingsOf(t.registry.require("T1")).taxMode()), "the default");

        tills(t -> t.configure("T1", "t-sales", "exclusive", new BigDecimal("0.050")));
        TillSettings till = tills(t -> t.settingsOf(t.registry.require("T1")));
        assertEquals("T-SALES", till.jurisdiction());
        assertEquals(TillSettings.EXCLUSIVE, till.taxMode());
        assertEquals(new BigDecimal("0.05"), till.cashRounding());
        assertEquals(1, till.taxRates().size());
        assertEquals(new BigDecimal("8.875"), till.taxRates().get(0).rate());
        assertTrue(till.tenders().stream().allMatch(com.clothingchain.contract.Tender::active));
        assertTrue(till.tenders().stream().anyMatch(x -> x.code().equals("CASH")));
        assertTrue(db.audited.stream().anyMatch(a -> a.equals(
                "BRANCH_CHANGED T1: till settings no jurisdiction, INCLUSIVE, cash rounding 0.01 -> T-SALES, EXCLUSIVE, cash rounding 0.05")),
                db.audited.toString());

        tills(t -> t.configure("T1", " ", "INCLUSIVE", new BigDecimal("0.01")));
        assertTrue((boolean) tills(t -> t.settingsOf(t.registry.require("T1")).taxRates().isEmpty()), "no jurisdiction, no rates");
    }
}
