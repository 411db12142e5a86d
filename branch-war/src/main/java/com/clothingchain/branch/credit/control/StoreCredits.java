package com.clothingchain.branch.credit.control;

import com.clothingchain.branch.credit.entity.StoreCredit;
import com.clothingchain.branch.returns.entity.ProductReturn;
import com.clothingchain.branch.site.control.BranchSite;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Store credit, the STORE_CREDIT tender with a balance: a refund to it issues a credit note of this branch, and a sale
 * paid by it spends the note's balance, in the booking's own transaction. Called by the returns (issuing), the
 * checkout (spending) and the API (looking up).
 */
@Stateless
public class StoreCredits {

    /** The tender code HQ gives store credit. */
    public static final String TENDER = "STORE_CREDIT";

    /** RFC 4648's base32 letters: no 0, 1, 8 or 9, so nothing a clerk could mistake for O, I or B. */
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int RANDOM_CHARS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    BranchSite site;

    @Inject
    Clock clock;

    public static boolean isStoreCredit(String tender) {
        return TENDER.equals(tender);
    }

    /**
     * A new credit note for {@code amount} of a refund, numbered but not stored: the refund's payment carries its number,
     * and {@link #issue} stores it once the refund is. A refund to store credit names no reference (400): it gets a new note.
     */
    public StoreCredit open(ProductReturn refund, BigDecimal amount, String givenReference) {
        if (givenReference != null && !givenReference.isBlank()) {
            throw ProblemException.badRequest("refundReference", "A refund to store credit issues a new credit note:"
                    + " give no refundReference.");
        }
        return new StoreCredit(newNumber(), amount, refund, refund.getBusinessDate(), clock.instant(), refund.getClerk());
    }

    /** Stores a note {@link #open} numbered, after the refund it came from was stored. */
    public void issue(StoreCredit note) {
        em.persist(note);
    }

    /**
     * Takes {@code amount} off the balance of the note {@code number} for a sale's payment {@code field}, refused (422
     * naming {@code field.reference}) when there is no such note or it has less left. One conditional update: of two
     * tills spending a note at once, the second waits for the first and finds what it left. Returns the note's number
     * as it is written.
     */
    public String spend(String field, String number, BigDecimal amount) {
        String wanted = normalized(number);
        int updated = em.createQuery("update StoreCredit c set c.balance = c.balance - :amount"
                        + " where c.number = :number and c.balance >= :amount")
                .setParameter("amount", amount).setParameter("number", wanted).executeUpdate();
        if (updated == 0) {
            StoreCredit note = find(wanted).orElseThrow(() -> ProblemException.unprocessable(field + ".reference",
                    "There is no store credit " + wanted + "."));
            em.refresh(note);
            throw ProblemException.unprocessable(field + ".reference", "Store credit " + wanted + " has "
                    + note.getBalance().toPlainString() + " left, less than the " + amount.toPlainString() + " asked for.");
        }
        find(wanted).ifPresent(em::refresh);
        return wanted;
    }

    public Optional<StoreCredit> find(String number) {
        return number == null ? Optional.empty() : em.createNamedQuery(StoreCredit.BY_NUMBER, StoreCredit.class)
                .setParameter("number", normalized(number)).getResultStream().findFirst();
    }

    /** The note named in a request's path: 404 if there is none. */
    public StoreCredit require(String number) {
        return find(number).orElseThrow(() -> ProblemException.notFound("number", "There is no store credit " + number + "."));
    }

    /** The note a refund issued, if it was refunded to store credit. */
    public Optional<StoreCredit> issuedBy(ProductReturn refund) {
        return refund.getId() == null ? Optional.empty() : em.createNamedQuery(StoreCredit.BY_RETURN, StoreCredit.class)
                .setParameter("returnId", refund.getId()).getResultStream().findFirst();
    }

    /** The receipts the note paid, oldest first. */
    public List<String> spentOn(StoreCredit note) {
        return em.createQuery("select p.receipt.receiptNumber from Payment p where p.tender = :tender and p.reference = :number"
                        + " and p.receipt is not null order by p.id", String.class)
                .setParameter("tender", TENDER).setParameter("number", note.getNumber()).getResultList();
    }

    /** A number no note of this branch has yet. */
    String newNumber() {
        while (true) {
            String number = number(site.code());
            if (find(number).isEmpty()) {
                return number;
            }
        }
    }

    /**
     * {@code SC-}, the branch's code (its letters and digits, at most 16), {@code -} and 8 random base32 letters: some
     * 10^12 numbers per branch, at most 28 characters, never a run of digits a card number check would refuse.
     */
    static String number(Optional<String> branchCode) {
        String prefix = branchCode.map(code -> code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", ""))
                .filter(code -> !code.isEmpty()).map(code -> code.substring(0, Math.min(code.length(), 16)) + "-").orElse("");
        return "SC-" + prefix + randomChars();
    }

    static String randomChars() {
        char[] chars = new char[RANDOM_CHARS];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = BASE32[RANDOM.nextInt(BASE32.length)];
        }
        return new String(chars);
    }

    private static String normalized(String number) {
        return number.trim().toUpperCase(Locale.ROOT);
    }
}
