package com.clothingchain.branch.web.sales;

import com.clothingchain.branch.credit.control.StoreCredits;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.sales.control.Checkout;
import com.clothingchain.branch.sales.control.Discounts;
import com.clothingchain.branch.sales.control.RequestedLines;
import com.clothingchain.branch.sales.entity.LineRequest;
import com.clothingchain.branch.sales.entity.PaymentRequest;
import com.clothingchain.contract.Tender;
import com.clothingchain.branch.sales.entity.Receipt;
import com.clothingchain.branch.tills.control.TillRules;
import com.clothingchain.branch.web.Caller;
import com.clothingchain.branch.web.tills.CounterTill;
import com.clothingchain.branch.web.products.ProductPicker;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.money.Money;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sale being entered at the till (/sales/new.xhtml). Scanner first: the page sends each code the moment Enter
 * is pressed (and has already cleared the field for the next one), an exact SKU always wins over a name, and
 * suggestions are only ever picked by a click or by moving to them. Lines can be changed (1 to 999), given a
 * discount in percent (by the rules of {@link Discounts}: above the limit only by a manager) or removed; the basket survives a sign-in that interrupted it (the page keeps it in the tab, {@link #restore}).
 */
@Named("sale")
@ViewScoped
public class SaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(.*)");
    private static final int SUGGESTED_STYLES = 4;

    @Inject
    ProductPicker picker;

    @Inject
    Checkout checkout;

    @Inject
    CounterTill counter;

    @Inject
    TillRules tillRules;

    @Inject
    Discounts discounts;

    private final List<SaleLine> lines = new ArrayList<>();
    /** Which of the payments being completed is the store credit (-1: none), so its refusal shows beside its number. */
    private int creditAt = -1;
    private List<StyleChoice> suggestions = List.of();
    private String suggestedFor = "";

    /** Enter in the entry field: {@code code} (maybe {@code 2*CODE}) and the quantity field's {@code quantity}. */
    public void addCode() {
        suggestions = List.of();
        try {
            EntryText entry = EntryText.parse(param("code"), quantityParam());
            add(picker.pick(entry.code(), true), entry.quantity());
        } catch (ProblemException e) {
            if (!"quantity".equals(e.problem().field())) {
                suggest(param("code")); // several names match, or none: offer what is like it
            }
            FieldMessages.show(e, field -> field.equals("quantity") ? "sale:quantity" : "sale:code");
        }
    }

    /** Suggestions for what is being typed; the page shows them only while the field still says {@code text}. */
    public void suggest() {
        suggest(param("text"));
    }

    private void suggest(String text) {
        suggestedFor = text == null ? "" : EntryText.withoutQuantity(text);
        suggestions = suggestedFor.length() < 2 || suggestedFor.length() > RequestedLines.MAX_CODE_LENGTH ? List.of()
                : StyleChoice.of(picker.soldStyles(suggestedFor, SUGGESTED_STYLES));
    }

    private SaleLine line(String sku) {
        return lines.stream().filter(l -> l.getSku().equals(sku)).findFirst().orElse(null);
    }

    private void add(Product product, int quantity) {
        SaleLine line = line(product.getSku());
        if (line == null) {
            lines.add(new SaleLine(product, quantity));
        } else if (line.getQuantity() + quantity > RequestedLines.MAX_QUANTITY) {
            throw ProblemException.badRequest("quantity", "At most " + RequestedLines.MAX_QUANTITY + " of " + product.getSku() + " at once.");
        } else {
            line.setQuantity(line.getQuantity() + quantity);
        }
    }

    /** The page's Remove of a line: {@code sku}. */
    public void remove() {
        String sku = param("sku");
        lines.removeIf(line -> line.getSku().equals(sku));
    }

    /**
     * A line's discount field, checked as it is left by the rules of any sale (a percent more than 0 and at most 100,
     * two decimals at most; above the limit only a manager's): refused beside the field, the line keeping its discount.
     */
    public void checkDiscount(FacesContext context, UIComponent field, Object value) {
        try {
            discounts.allowed("discountPercent", value, Caller.isManager());
        } catch (ProblemException e) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, e.problem().detail(), e.problem().detail()));
        }
    }

    /** The page found a basket of this tab that an expired session interrupted: {@code SKU:quantity[:discount],...}. */
    public void restore() {
        if (!lines.isEmpty()) {
            return;
        }
        for (String item : param("lines").split(",")) {
            String[] parts = item.split(":");
            try {
                Product product = picker.pick(parts[0], true);
                add(product, EntryText.validQuantity(Integer.parseInt(parts[1])));
                if (parts.length > 2) {
                    line(product.getSku()).setDiscountPercent(discounts.allowed("discountPercent", parts[2], Caller.isManager()));
                }
            } catch (RuntimeException skipped) {
                // no longer sold, not a line at all, or a discount no longer allowed: the clerk sees what is back
            }
        }
        if (!lines.isEmpty()) {
            FieldMessages.info("The sale you were entering is back. Check it, then complete it.");
        }
    }

    /**
     * Sells the lines, paid as the payment step says ({@code cash} handed over, {@code card} amount and its
     * {@code reference}, {@code credit} amount of store credit and its note's {@code creditNumber}), on the till chosen
     * on the page, and shows the receipt with the change.
     */
    public String complete() {
        List<LineRequest> requests = requests();
        try {
            List<PaymentRequest> payments = new ArrayList<>();
            amountParam("cash", "payments[0].amount").ifPresent(cash -> payments.add(new PaymentRequest(Tender.CASH, cash, null, null)));
            amountParam("card", "payments[" + payments.size() + "].amount").ifPresent(card -> payments.add(
                    new PaymentRequest(Tender.CARD, card, param("reference"), null)));
            creditAt = -1;
            amountParam("credit", "payments[" + payments.size() + "].amount").ifPresent(credit -> {
                creditAt = payments.size();
                payments.add(new PaymentRequest(StoreCredits.TENDER, credit, param("creditNumber"), null));
            });
            Receipt receipt = checkout.sell(requests, payments, counter.getCode(), null, Caller.name(), Caller.isManager());
            lines.clear(); // the browser's Back button must not bring back a sale that can be completed twice
            return "/sales/receipt?faces-redirect=true&sold=true&number="
                    + URLEncoder.encode(receipt.getReceiptNumber(), StandardCharsets.UTF_8);
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> field.equals("payments[" + creditAt + "].reference") ? "sale:creditNumber" : fieldOnPage(field));
            return null;
        }
    }

    /** What the customer pays for the lines, discounts taken off and tax included: the payment step's amount due. */
    public BigDecimal getDue() {
        return lines.isEmpty() ? Money.ZERO : checkout.quote(requests());
    }

    private List<LineRequest> requests() {
        return lines.stream().map(line -> new LineRequest(line.getSku(), null, line.getQuantity(), line.getDiscountPercent())).toList();
    }

    /**
     * A problem with lines[2].sku or lines[2].quantity is shown beside the quantity of the third line, one with
     * lines[2].discountPercent beside its discount; one with the payments beside the payment step's field it is about.
     */
    private static String fieldOnPage(String field) {
        Matcher line = LINE_FIELD.matcher(field);
        if (line.matches()) {
            return "sale:lines:" + line.group(1) + (line.group(2).equals("discountPercent") ? ":lineDiscount" : ":lineQuantity");
        }
        if (field.endsWith(".reference")) {
            return "sale:reference";
        }
        return field.startsWith("payments") ? "sale:payment" : field.equals("till") ? "sale:till" : null;
    }

    private static java.util.Optional<BigDecimal> amountParam(String name, String field) {
        String amount = param(name).trim().replace(',', '.');
        if (amount.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new BigDecimal(amount));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(field, "Enter an amount such as 20 or 12.50.");
        }
    }

    /** Whether the branch takes store credit (HQ's STORE_CREDIT tender is active): the payment step then offers it. */
    public boolean isStoreCreditTaken() {
        return tillRules.tender(StoreCredits.TENDER) != null;
    }

    /** The step cash is rounded to, for the page's change shown while typing (the receipt has the booked one). */
    public BigDecimal getCashStep() {
        return tillRules.cashStep();
    }

    private static String param(String name) {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return params.getOrDefault(name, "");
    }

    private static int quantityParam() {
        String quantity = param("quantity").trim();
        if (quantity.isEmpty()) {
            return 1;
        }
        try {
            return Integer.parseInt(quantity);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("quantity", "A quantity is a whole number from 1 to " + RequestedLines.MAX_QUANTITY + ".");
        }
    }

    /** What the page keeps in the tab, so a sign-in in between does not lose the basket: {@code SKU:quantity[:discount],...}. */
    public String getBasketState() {
        return lines.stream().map(l -> l.getSku() + ":" + l.getQuantity() + (l.getDiscountPercent() == null ? "" : ":" + l.getDiscountText()))
                .collect(Collectors.joining(","));
    }

    /** What the lines' discounts take off, for the basket's total line. */
    public BigDecimal getDiscountTotal() {
        return lines.stream().map(SaleLine::getDiscount).reduce(Money.ZERO, BigDecimal::add);
    }

    public int getItemCount() {
        return lines.stream().mapToInt(SaleLine::getQuantity).sum();
    }

    public List<SaleLine> getLines() {
        return lines;
    }

    public List<StyleChoice> getSuggestions() {
        return suggestions;
    }

    public String getSuggestedFor() {
        return suggestedFor;
    }
}
