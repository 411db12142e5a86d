package com.clothingchain.branch.sales.control;

import com.clothingchain.branch.sales.entity.PaymentRequest;
import com.clothingchain.branch.tills.entity.TenderType;
import com.clothingchain.shared.money.Money;
import com.clothingchain.shared.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import static com.clothingchain.shared.problem.Fields.optionalText;
import static com.clothingchain.shared.problem.Fields.positiveMoney;
import static com.clothingchain.shared.problem.Fields.required;
import static com.clothingchain.shared.problem.Fields.text;

/**
 * How a sale is paid. A sale is booked only when fully paid: cards, vouchers and other tenders may pay at most what
 * is due (they give no change); cash pays the rest, rounded to the branch's cash step, and whatever cash was handed
 * over beyond that is the change. Several cash payments count as one. A card keeps an approval reference and at most
 * its last four digits: a reference that looks like a card number is refused, so no card number is ever stored.
 */
public final class Payments {

    public static final int MAX_PAYMENTS = 10;
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final Pattern LAST_FOUR = Pattern.compile("[0-9]{4}");
    /** Card numbers have 12 to 19 digits; a run of 12 or more digits, spaces and dashes ignored, is taken for one. */
    private static final Pattern CARD_NUMBER = Pattern.compile("[0-9]{12,}");

    /**
     * One tender as booked: {@code amount} is what it paid; for cash, {@code tendered} is what was handed over;
     * {@code field} is the payment it came from ({@code payments[i]}; null for cash, which may be several).
     */
    public record Paid(TenderType tender, BigDecimal amount, BigDecimal tendered, String reference, String lastFour, String field) {
    }

    /** How a total was settled: {@code rounding} is what cash rounding added to the total (may be negative). */
    public record Settled(List<Paid> paid, BigDecimal rounding, BigDecimal change) {
    }

    private Payments() {
    }

    public static Settled settle(BigDecimal total, BigDecimal cashStep, List<PaymentRequest> requests,
                                 Function<String, TenderType> tenders) {
        if ((requests == null || requests.isEmpty()) && total.signum() == 0) {
            return new Settled(List.of(), Money.ZERO, Money.ZERO); // an exchange whose returned goods paid it all
        }
        if (requests == null || requests.isEmpty()) {
            throw ProblemException.unprocessable("payments", "Say how the sale is paid: " + total.toPlainString() + " is due.");
        }
        if (requests.size() > MAX_PAYMENTS) {
            throw ProblemException.badRequest("payments", "At most " + MAX_PAYMENTS + " payments are allowed.");
        }
        List<Paid> paid = new ArrayList<>();
        BigDecimal cash = BigDecimal.ZERO;
        BigDecimal other = BigDecimal.ZERO;
        TenderType cashTender = null;
        for (int i = 0; i < requests.size(); i++) {
            String field = "payments[" + i + "]";
            PaymentRequest request = required(field, requests.get(i));
            String code = text(field + ".tender", request.tender(), 16).toUpperCase(Locale.ROOT);
            TenderType tender = tenders.apply(code);
            if (tender == null) {
                throw ProblemException.unprocessable(field + ".tender", "This branch takes no tender " + code + ".");
            }
            BigDecimal amount = positiveMoney(field + ".amount", request.amount(), MAX_AMOUNT);
            if (tender.isCash()) {
                cash = cash.add(amount);
                cashTender = tender;
            } else {
                other = other.add(amount);
                paid.add(new Paid(tender, amount, null, reference(field, tender, request.reference()),
                        lastFour(field, request.lastFour()), field));
            }
        }
        BigDecimal remaining = total.subtract(other);
        if (remaining.signum() < 0) {
            throw ProblemException.unprocessable("payments", "Card and other payments come to " + other.toPlainString()
                    + ", more than the " + total.toPlainString() + " due; only cash gives change.");
        }
        if (cashTender == null) {
            if (remaining.signum() > 0) {
                throw ProblemException.unprocessable("payments", "The payments come to " + other.toPlainString() + " of the "
                        + total.toPlainString() + " due: " + remaining.toPlainString() + " is still to pay.");
            }
            return new Settled(paid, Money.ZERO, Money.ZERO);
        }
        BigDecimal cashDue = Tax.cashRounded(remaining, cashStep);
        if (cashDue.signum() == 0) {
            throw ProblemException.unprocessable("payments", "Nothing is left to pay in cash.");
        }
        if (cash.compareTo(cashDue) < 0) {
            throw ProblemException.unprocessable("payments", "The payments come to " + other.add(cash).toPlainString()
                    + " of the " + other.add(cashDue).toPlainString() + " due: " + cashDue.subtract(cash).toPlainString()
                    + " is still to pay.");
        }
        paid.add(0, new Paid(cashTender, cashDue, Money.of(cash), null, null, null));
        return new Settled(paid, cashDue.subtract(remaining), Money.of(cash.subtract(cashDue)));
    }

    /** A card's or voucher's reference: required for them, never a card number. */
    static String reference(String field, TenderType tender, String given) {
        String reference = optionalText(field + ".reference", given, 32);
        if (reference == null) {
            if (tender.getKind() == TenderType.Kind.CARD || tender.getKind() == TenderType.Kind.VOUCHER) {
                throw ProblemException.unprocessable(field + ".reference", "A " + tender.getName().toLowerCase(Locale.ROOT)
                        + " payment needs its " + (tender.getKind() == TenderType.Kind.CARD ? "approval reference." : "number."));
            }
            return null;
        }
        if (CARD_NUMBER.matcher(reference.replaceAll("[ -]", "")).find()) {
            throw ProblemException.unprocessable(field + ".reference", "This looks like a card number. Never type the card"
                    + " number: enter the approval reference from the card terminal's slip.");
        }
        if (!REFERENCE.matcher(reference).matches()) {
            throw ProblemException.badRequest(field + ".reference", "The reference must be 1 to 32 letters, digits or dashes.");
        }
        return reference;
    }

    static String lastFour(String field, String given) {
        String lastFour = optionalText(field + ".lastFour", given, 4);
        if (lastFour != null && !LAST_FOUR.matcher(lastFour).matches()) {
            throw ProblemException.badRequest(field + ".lastFour", "lastFour must be the last four digits of the card.");
        }
        return lastFour;
    }
}
