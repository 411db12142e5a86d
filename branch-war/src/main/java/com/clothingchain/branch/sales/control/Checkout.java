package com.clothingchain.branch.sales.control;

import com.clothingchain.branch.credit.control.StoreCredits;
import com.clothingchain.branch.days.control.BusinessDays;
import com.clothingchain.branch.days.entity.BusinessDay;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.sales.entity.LineRequest;
import com.clothingchain.branch.sales.entity.Payment;
import com.clothingchain.branch.sales.entity.PaymentRequest;
import com.clothingchain.branch.tills.control.TillRules;
import com.clothingchain.branch.tills.control.Tills;
import com.clothingchain.branch.tills.entity.TillSession;
import com.clothingchain.branch.sales.entity.Receipt;
import com.clothingchain.branch.sales.entity.ReceiptLine;
import com.clothingchain.branch.audit.control.BranchAuditTrail;
import com.clothingchain.shared.audit.entity.AuditType;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import com.clothingchain.branch.stock.control.Stock;
import com.clothingchain.branch.stock.entity.StockMovement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import static com.clothingchain.shared.problem.Fields.text;

import com.clothingchain.shared.money.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sells: turns the lines a clerk scanned into a receipt on the open business date, at today's prices, less any line
 * discounts ({@link Discounts}). A payment by store credit spends its note's balance ({@link StoreCredits#spend}) in the
 * sale's transaction.
 */
@Stateless
public class Checkout {

    private static final DateTimeFormatter RECEIPT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @PersistenceContext(unitName = "branch")
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    BusinessDays days;

    @Inject
    Clock clock;

    @Inject
    Tills tills;

    @Inject
    TillRules rules;

    @Inject
    Stock stock;

    @Inject
    Discounts discounts;

    @Inject
    BranchAuditTrail audit;

    @Inject
    StoreCredits credits;

    /**
     * A sale of these lines on the open date to a till ({@code null}: the API till), booked only if the payments
     * cover its total (see {@link Payments}). Each line's tax is frozen at the rate of its tax category on that date,
     * worked out after its discount; a discount above the limit only {@code byManager}.
     */
    public Receipt sell(List<LineRequest> requested, List<PaymentRequest> payments, String till, LocalDate requestedDate, String clerk,
                        boolean byManager) {
        return sell(requested, payments, till, requestedDate, clerk, byManager, Money.ZERO);
    }

    /**
     * A sale paid first by {@code credit}, the refund of goods brought back in exchange (as far as it goes: the
     * payments pay the rest; a credit larger than the sale is left to the return to refund).
     */
    public Receipt sell(List<LineRequest> requested, List<PaymentRequest> payments, String till, LocalDate requestedDate, String clerk,
                        boolean byManager, BigDecimal credit) {
        List<LineRequest> lines = withSkus(requested);
        Map<String, Integer> quantities = RequestedLines.bySku(lines);
        Map<String, BigDecimal> percents = Discounts.bySku(lines);
        discounts.requireAllowed(lines, byManager);
        List<Product> products = products(lines, quantities);
        BusinessDay day = days.lockForBooking(requestedDate);
        TillSession session = tills.forBooking(till, day, clerk);
        Tax.Mode mode = rules.taxMode();
        Receipt receipt = new Receipt(null, day.getBusinessDate(), clerk, clock.instant(), session, mode);
        int lineNo = 0;
        for (Product product : products) {
            receipt.add(new ReceiptLine(receipt, ++lineNo, product, quantities.get(product.getSku()), percents.get(product.getSku()),
                    mode, rules.rate(product.getTaxCategory(), day.getBusinessDate())));
        }
        BigDecimal exchanged = credit.min(receipt.getTotal());
        Payments.Settled settled = Payments.settle(receipt.getTotal().subtract(exchanged), rules.cashStep(), payments, rules::tender);
        List<Payment> paid = new ArrayList<>();
        if (exchanged.signum() > 0) {
            paid.add(Payment.forReceipt(receipt, session, Payment.EXCHANGE, exchanged, null, null, null));
        }
        for (Payments.Paid p : settled.paid()) {
            String reference = StoreCredits.isStoreCredit(p.tender().getCode()) ? credits.spend(p.field(), p.reference(), p.amount())
                    : p.reference();
            paid.add(Payment.forReceipt(receipt, session, p.tender().getCode(), p.amount(), p.tendered(), reference, p.lastFour()));
        }
        receipt.paid(paid, settled.rounding(), settled.change());
        receipt.numbered(day.getBusinessDate().format(RECEIPT_DATE) + "-" + String.format("%04d", day.nextReceiptNo()));
        em.persist(receipt);
        receipt.getLines().forEach(line -> stock.move(line.getProduct(), day.getBusinessDate(), StockMovement.Kind.SALE,
                -line.getQuantity(), line.getLineTotal(), receipt.getReceiptNumber(), clerk));
        receipt.getLines().stream().filter(line -> discounts.aboveLimit(line.getDiscountPercent())).forEach(line ->
                audit.record(AuditType.DISCOUNT_APPROVED, receipt.getReceiptNumber(), "discount " + line.getDiscountPercent().toPlainString()
                        + " % on " + line.getSku() + " (" + line.getDiscount().toPlainString() + ") above the limit of "
                        + discounts.limit().toPlainString() + " %"));
        return receipt;
    }

    /**
     * What these lines would cost, discounts taken off and tax included, if sold now: the amount a payment step asks
     * for (whether a discount needs a manager is checked when the line is given it, and again by {@link #sell}).
     */
    public BigDecimal quote(List<LineRequest> requested) {
        List<LineRequest> lines = withSkus(requested);
        Map<String, Integer> quantities = RequestedLines.bySku(lines);
        Map<String, BigDecimal> percents = Discounts.bySku(lines);
        LocalDate date = days.open().getBusinessDate();
        Tax.Mode mode = rules.taxMode();
        return products(lines, quantities).stream().map(p -> Tax.line(mode, Money.times(p.getPrice(), quantities.get(p.getSku())),
                percents.get(p.getSku()), rules.rate(p.getTaxCategory(), date)).total()).reduce(Money.ZERO, BigDecimal::add);
    }

    private List<Product> products(List<LineRequest> lines, Map<String, Integer> quantities) {
        List<Product> products = new ArrayList<>();
        for (String sku : quantities.keySet()) {
            Product product = catalog.find(sku).orElseThrow(() -> ProblemException.unprocessable(
                    RequestedLines.fieldOf(lines, sku, "sku"), "There is no product with SKU " + sku + "."));
            if (!product.isActive()) {
                throw ProblemException.unprocessable(RequestedLines.fieldOf(lines, sku, "sku"),
                        "Product " + sku + " is no longer sold.");
            }
            products.add(product);
        }
        return products;
    }

    /** The lines with a barcode in place of a SKU given the SKU of that barcode's product (422 if there is none). */
    public List<LineRequest> withSkus(List<LineRequest> lines) {
        if (lines == null) {
            return null;
        }
        List<LineRequest> resolved = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineRequest line = lines.get(i);
            if (line != null && (line.sku() == null || line.sku().isBlank()) && line.barcode() != null && !line.barcode().isBlank()) {
                String field = "lines[" + i + "].barcode";
                String barcode = text(field, line.barcode(), RequestedLines.MAX_CODE_LENGTH);
                Product product = catalog.byBarcode(barcode).orElseThrow(() -> ProblemException.unprocessable(field,
                        "There is no product with barcode " + barcode + "."));
                line = new LineRequest(product.getSku(), barcode, line.quantity(), line.discountPercent());
            }
            resolved.add(line);
        }
        return resolved;
    }

    /** The receipt with its lines and payments. */
    public Optional<Receipt> find(String receiptNumber) {
        Optional<Receipt> receipt = receiptNumber == null ? Optional.empty() : em.createNamedQuery(Receipt.BY_NUMBER, Receipt.class)
                .setParameter("number", receiptNumber.trim()).getResultStream().findFirst();
        receipt.ifPresent(r -> r.getPayments().size());
        return receipt;
    }

    /** The receipt named in the path of a request: 404 if there is none. */
    public Receipt require(String receiptNumber) {
        return find(receiptNumber).orElseThrow(() -> ProblemException.notFound("receiptNumber",
                "There is no receipt " + receiptNumber + "."));
    }
}
