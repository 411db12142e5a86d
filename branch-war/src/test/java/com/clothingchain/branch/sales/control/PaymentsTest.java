package com.clothingchain.branch.sales.control;

import com.clothingchain.branch.sales.entity.PaymentRequest;
import com.clothingchain.branch.tills.entity.TenderType;
import com.clothingchain.shared.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PaymentsTest {

    private static final Map<String, TenderType> TENDERS = Map.of(
            "CASH", new TenderType("CASH", "Cash", TenderType.Kind.CASH, true),
            "CARD", new TenderType("CARD", "Card", TenderType.Kind.CARD, true),
            "GIFT_CARD", new TenderType("GIFT_CARD", "Gift card", TenderType.Kind.VOUCHER, true));
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal NICKEL = new BigDecimal("0.05");

    private static Payments.Settled settle(String total, BigDecimal step, PaymentRequest... payments) {
        return Payments.settle(new BigDecimal(total), step, List.of(payments), TENDERS::get);
    }

    private static PaymentRequest cash(String amount) {
        return new PaymentRequest("cash", new BigDecimal(amount), null, null);
    }

    private static PaymentRequest card(String amount, String reference) {
        return new PaymentRequest("CARD", new BigDecimal(amount), reference, "1234");
    }

    private static ProblemException refused(String total, PaymentRequest... payments) {
        return assertThrows(ProblemException.class, () -> settle(total, CENT, payments));
    }

    @Test
    void splitTenderGivesChangeFromTheCashOnly() {
        Payments.Settled settled = settle("67.50", CENT, cash("50.00"), card("20.00", "A1B2C3"));
        assertEquals(new BigDecimal("2.50"), settled.change());
        assertEquals(new BigDecimal("47.50"), settled.paid().get(0).amount());
        assertEquals(new BigDecimal("50.00"), settled.paid().get(0).tendered());
        assertEquals("A1B2C3", settled.paid().get(1).reference());
        assertEquals(new BigDecimal("0.00"), settled.rounding());
    }

    @Test
    void cashIsRoundedToTheStepAndTheCardIsNot() {
        Payments.Settled cashOnly = settle("10.02", NICKEL, cash("20.00"));
        assertEquals(new BigDecimal("-0.02"), cashOnly.rounding());
        assertEquals(new BigDecimal("10.00"), cashOnly.change());
        Payments.Settled split = settle("10.03", NICKEL, card("5.00", "R1"), cash("5.05"));
        assertEquals(new BigDecimal("0.02"), split.rounding());
        assertEquals(new BigDecimal("0.00"), split.change());
        assertEquals(new BigDecimal("0.00"), settle("10.03", NICKEL, card("10.03", "R1")).rounding());
    }

    @Test
    void whatIsNotPaidInFullIsRefused() {
        assertEquals("payments", refused("70.00", cash("50.00"), card("19.99", "R1")).problem().field());
        assertEquals(422, refused("70.00", card("69.99", "R1")).problem().status());
        assertEquals("payments", refused("70.00").problem().field());
        assertEquals("payments", refused("10.00", card("10.01", "R1")).problem().field());
    }

    @Test
    void badTendersAreRefusedNamingTheirField() {
        assertEquals("payments[0].amount", refused("10.00", cash("-10.00")).problem().field());
        assertEquals("payments[0].amount", refused("10.00", cash("10.001")).problem().field());
        assertEquals("payments[1].tender", refused("10.00", cash("5.00"),
                new PaymentRequest("BITCOIN", BigDecimal.TEN, null, null)).problem().field());
        assertEquals("payments[0].reference", refused("10.00", card("10.00", null)).problem().field());
        assertEquals("payments[0].reference", refused("10.00", new PaymentRequest("GIFT_CARD", BigDecimal.TEN, " ", null)).problem().field());
    }

    @Test
    void aCardNumberIsNeverTakenForAReference() {
        for (String number : List.of("4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "ref5500000000000004")) {
            ProblemException refusal = refused("10.00", card("10.00", number));
            assertEquals("payments[0].reference", refusal.problem().field(), number);
            assertEquals(422, refusal.problem().status(), number);
        }
        assertEquals("payments[0].lastFour", refused("10.00",
                new PaymentRequest("CARD", BigDecimal.TEN, "R1", "4111111111111111")).problem().field());
        assertEquals("123456", settle("10.00", CENT, card("10.00", "123456")).paid().get(0).reference());
    }
}
