package com.clothingchain.branch.web.sales;

import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.sales.control.Discounts;
import com.clothingchain.branch.sales.control.Tax;
import com.clothingchain.shared.money.Money;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A line of the sale being entered, at the price the product has now, with the discount the clerk gave it (if any);
 * the receipt uses the price at the sale.
 */
public class SaleLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String sku;
    private final String name;
    private final BigDecimal unitPrice;
    private int quantity;
    private BigDecimal discountPercent;

    SaleLine(Product product, int quantity) {
        this.sku = product.getSku();
        this.name = product.getName() + " (" + product.getSize() + ", " + product.getColour() + ")";
        this.unitPrice = product.getPrice();
        this.quantity = quantity;
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public int getQuantity() {
        return quantity;
    }

    /** Set only with a valid quantity: the page validates 1 to 999 first, so the total is never false. */
    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getAmount() {
        return Money.times(unitPrice, quantity);
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    /** The percent as the page shows it in the line's field: "15", "12.5", or empty when none. */
    public String getDiscountText() {
        return discountPercent == null ? "" : discountPercent.stripTrailingZeros().toPlainString();
    }

    /** Set only with a percent the page checked first ({@code SaleBacking#checkDiscount}); empty takes the discount off. */
    public void setDiscountText(String text) {
        this.discountPercent = Discounts.percent("discountPercent", text);
    }

    void setDiscountPercent(BigDecimal discountPercent) {
        this.discountPercent = discountPercent;
    }

    /** What the discount takes off the amount (as the receipt will: {@link Tax#discount}). */
    public BigDecimal getDiscount() {
        return Tax.discount(getAmount(), discountPercent);
    }

    /** The amount less the discount: what the line comes to before any tax added at the till. */
    public BigDecimal getNetAmount() {
        return getAmount().subtract(getDiscount());
    }
}
