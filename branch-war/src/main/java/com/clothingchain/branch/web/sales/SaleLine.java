package com.clothingchain.branch.web.sales;

import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.shared.money.Money;

import java.io.Serializable;
import java.math.BigDecimal;

/** A line of the sale being entered, at the price the product has now; the receipt uses the price at the sale. */
public class SaleLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String sku;
    private final String name;
    private final BigDecimal unitPrice;
    private int quantity;

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
}
