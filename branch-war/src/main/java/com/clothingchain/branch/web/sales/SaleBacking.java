package com.clothingchain.branch.web.sales;

import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.sales.control.Checkout;
import com.clothingchain.branch.sales.control.RequestedLines;
import com.clothingchain.branch.sales.entity.LineRequest;
import com.clothingchain.branch.sales.entity.Receipt;
import com.clothingchain.branch.web.Caller;
import com.clothingchain.branch.web.products.ProductPicker;
import com.clothingchain.shared.faces.FieldMessages;
import com.clothingchain.shared.money.Money;
import com.clothingchain.shared.problem.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sale being entered at the till (/sales/new.xhtml): lines, running total, complete. */
@Named("sale")
@ViewScoped
public class SaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\..*");

    @Inject
    ProductPicker picker;

    @Inject
    Checkout checkout;

    private String product;
    private Integer quantity = 1;
    private final List<SaleLine> lines = new ArrayList<>();

    /** Adds the product typed or picked; the same product again adds to its line. */
    public void add() {
        try {
            Product picked = picker.pick(product, true);
            int count = quantity == null ? 1 : quantity;
            if (count < 1 || count > RequestedLines.MAX_QUANTITY) {
                FieldMessages.error("sale:quantity", "Quantity must be from 1 to " + RequestedLines.MAX_QUANTITY + ".");
                return;
            }
            lines.stream().filter(line -> line.getSku().equals(picked.getSku())).findFirst().ifPresentOrElse(
                    line -> line.setQuantity(line.getQuantity() + count),
                    () -> lines.add(new SaleLine(picked, count)));
            product = null;
            quantity = 1;
        } catch (ProblemException e) {
            FieldMessages.show(e, field -> ProductPicker.FIELD.equals(field) ? "sale:product" : null);
        }
    }

    public void remove(SaleLine line) {
        lines.remove(line);
    }

    /** Sells the lines and shows the receipt. */
    public String complete() {
        List<LineRequest> requests = lines.stream().map(line -> new LineRequest(line.getSku(), line.getQuantity())).toList();
        try {
            Receipt receipt = checkout.sell(requests, null, Caller.name());
            lines.clear(); // the browser's Back button must not bring back a sale that can be completed twice
            return "/sales/receipt?faces-redirect=true&number="
                    + URLEncoder.encode(receipt.getReceiptNumber(), StandardCharsets.UTF_8);
        } catch (ProblemException e) {
            FieldMessages.show(e, SaleBacking::quantityOfLine);
            return null;
        }
    }

    /** A problem with lines[2].sku or lines[2].quantity is shown beside the quantity of the third line. */
    private static String quantityOfLine(String field) {
        Matcher line = LINE_FIELD.matcher(field);
        return line.matches() ? "sale:lines:" + line.group(1) + ":lineQuantity" : null;
    }

    public BigDecimal getTotal() {
        return lines.stream().map(SaleLine::getAmount).reduce(Money.ZERO, BigDecimal::add);
    }

    public int getItemCount() {
        return lines.stream().mapToInt(line -> line.getQuantity() == null ? 0 : line.getQuantity()).sum();
    }

    public List<SaleLine> getLines() {
        return lines;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }
}
