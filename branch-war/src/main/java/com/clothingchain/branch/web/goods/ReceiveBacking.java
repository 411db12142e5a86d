package com.clothingchain.branch.web.goods;

import com.clothingchain.branch.goods.control.GoodsIn;
import com.clothingchain.branch.goods.entity.Delivery;
import com.clothingchain.branch.goods.entity.DeliveryLine;
import com.clothingchain.branch.products.control.Catalog;
import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.web.Caller;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Receiving a delivery (/goods/receive.xhtml?number=...): the page counts each scan itself (goods.js), so a scanner
 * is never held up by the server; an item that is not on the delivery is looked up here and added as a line.
 * Receiving books what was counted and queues the receipt for HQ.
 */
@Named("receiving")
@ViewScoped
public class ReceiveBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern WHOLE = Pattern.compile("\\d{0,6}");
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(counted|sku)");

    /** A line on the page: what it is, how many were expected, and the count as typed. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String sku;
        private final String name;
        private final String size;
        private final String colour;
        private final String barcode;
        private final int expected;
        private String counted;

        Row(String sku, Product product, int expected, String counted) {
            this.sku = sku;
            this.name = product == null ? "(not in this branch's catalogue)" : product.getName();
            this.size = product == null ? null : product.getSize();
            this.colour = product == null ? null : product.getColour();
            this.barcode = product == null ? null : product.getBarcode();
            this.expected = expected;
            this.counted = counted;
        }

        public String getSku() { return sku; }
        public String getName() { return name; }
        public String getSize() { return size; }
        public String getColour() { return colour; }
        public String getBarcode() { return barcode; }
        public int getExpected() { return expected; }
        public String getCounted() { return counted; }
        public void setCounted(String counted) { this.counted = counted; }

        /** What the scan field matches: the SKU and the barcode, as goods.js compares them. */
        public String getCodes() {
            return (sku + " " + (barcode == null ? "" : barcode)).trim();
        }
    }

    @Inject
    GoodsIn goods;

    @Inject
    Catalog catalog;

    private Long number;
    private Delivery delivery;
    private final List<Row> rows = new ArrayList<>();

    public void load() {
        if (number == null) {
            FieldMessages.error(null, "Which delivery? Open it from Goods in.");
            return;
        }
        try {
            delivery = goods.require(number);
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> null);
            return;
        }
        rows.clear();
        for (DeliveryLine line : delivery.getLines()) {
            rows.add(new Row(line.getSku(), catalog.find(line.getSku()).orElse(null), line.getExpected(),
                    delivery.getStatus() == Delivery.Status.EXPECTED ? "0" : String.valueOf(line.getCounted())));
        }
    }

    /** A scan or a typed code that is on no line: the product it names becomes a line (expected 0) with 1 counted. */
    public void addExtra() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        String trimmed = code == null ? "" : code.trim();
        Optional<Product> product = trimmed.isEmpty() ? Optional.empty() : catalog.byCode(trimmed);
        if (product.isEmpty()) {
            FieldMessages.error("receive:code", "No product has the code " + trimmed + ".");
            return;
        }
        String sku = product.get().getSku();
        rows.stream().filter(r -> r.getSku().equals(sku)).findFirst().ifPresentOrElse(
                r -> r.setCounted(String.valueOf(parsed(r.getCounted()) + 1)),
                () -> rows.add(new Row(sku, product.get(), 0, "1")));
    }

    /** Books the counts; back to Goods in with what differs, or each refusal beside its line. */
    public String receive() {
        if (delivery == null || !wholeNumbersTyped()) {
            return null;
        }
        List<GoodsIn.Count> counts = rows.stream().map(r -> new GoodsIn.Count(r.getSku(), amount(r.getCounted()))).toList();
        try {
            Delivery received = goods.receive(number, counts, Caller.name(), null);
            FieldMessages.info("Delivery " + number + " received: " + received.getUnitsCounted() + " of "
                    + received.getUnitsExpected() + " units" + (received.getDiscrepancies() == 0 ? ", as sent."
                    : "; " + received.getDiscrepancies() + (received.getDiscrepancies() == 1 ? " line differs" : " lines differ")
                    + " from what HQ sent, and HQ will see it."));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/goods/index?faces-redirect=true";
        } catch (ProblemException e) {
            FieldMessages.show(e, ReceiveBacking::clientId);
            return null;
        }
    }

    static String clientId(String field) {
        Matcher line = field == null ? null : LINE_FIELD.matcher(field);
        return line != null && line.matches() ? "receive:rows:" + line.group(1) + ":counted" : null;
    }

    private boolean wholeNumbersTyped() {
        boolean all = true;
        for (int i = 0; i < rows.size(); i++) {
            String typed = rows.get(i).getCounted();
            if (typed != null && !WHOLE.matcher(typed.trim()).matches()) {
                FieldMessages.error("receive:rows:" + i + ":counted", "Enter the units counted: a whole number, 0 when none came.");
                all = false;
            }
        }
        return all;
    }

    /** Blank counts as 0: nothing of it came. */
    private static BigDecimal amount(String typed) {
        return typed == null || typed.isBlank() ? BigDecimal.ZERO : new BigDecimal(typed.trim());
    }

    private static int parsed(String typed) {
        return typed != null && WHOLE.matcher(typed.trim()).matches() ? amount(typed).intValue() : 0;
    }

    public boolean isExpected() {
        return delivery != null && delivery.getStatus() == Delivery.Status.EXPECTED;
    }

    public Long getNumber() {
        return number;
    }

    public void setNumber(Long number) {
        this.number = number;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public List<Row> getRows() {
        return rows;
    }
}
