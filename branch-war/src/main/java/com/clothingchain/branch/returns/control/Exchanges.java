package com.clothingchain.branch.returns.control;

import com.clothingchain.branch.returns.entity.ProductReturn;
import com.clothingchain.branch.returns.entity.Refund;
import com.clothingchain.branch.sales.control.Checkout;
import com.clothingchain.branch.sales.entity.LineRequest;
import com.clothingchain.branch.sales.entity.PaymentRequest;
import com.clothingchain.branch.sales.entity.Receipt;
import com.clothingchain.shared.problem.Problem;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Exchanges, the commonest clothing return (a size swap): goods come back against their receipt and others go out,
 * in one transaction. The refund of what came back pays the new sale first; a difference is paid by the payments
 * given, or refunded in the refund's tender (by the rules of any refund). Either both happen, or neither.
 */
@Stateless
public class Exchanges {

    /** What came back, what went out, and the difference: positive when the customer paid it, negative when refunded. */
    public record Exchange(ProductReturn returned, Receipt sold) {

        public BigDecimal difference() {
            return sold.getTotal().subtract(returned.getRefund());
        }
    }

    @Inject
    Returns returns;

    @Inject
    Checkout checkout;

    public Exchange exchange(String receiptNumber, List<LineRequest> back, String reason, List<LineRequest> taken,
                             List<PaymentRequest> payments, Refund refund, LocalDate requestedDate, String clerk) {
        Refund given = refund == null ? new Refund(null, null, null, false) : refund;
        ProductReturn returned;
        try {
            returned = returns.takeBack(receiptNumber, back, requestedDate, clerk, reason, given.till());
        } catch (ProblemException refusal) {
            throw onReturnLines(refusal);
        }
        Receipt sold = checkout.sell(taken, payments, given.till(), requestedDate, clerk, given.byManager(), returned.getRefund());
        returns.refund(returned, given, returned.getRefund().min(sold.getTotal()));
        return new Exchange(returned, sold);
    }

    /** A refusal of the goods coming back names them {@code returnLines}, as the exchange calls them. */
    private static ProblemException onReturnLines(ProblemException refusal) {
        Problem problem = refusal.problem();
        if (problem.field() == null || !problem.field().startsWith("lines")) {
            return refusal;
        }
        return new ProblemException(problem.status(), problem.title(), problem.detail(), "returnLines" + problem.field().substring(5));
    }
}
