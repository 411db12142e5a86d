package com.clothingchain.branch.web.returns;

import com.clothingchain.branch.sales.control.Tax;
import com.clothingchain.branch.sales.entity.ReceiptLine;
import com.clothingchain.shared.money.Money;

import java.io.Serializable;
import java.math.BigDecimal;

/** A line of the receipt on the return page, with how many of it the customer brings back now. */
public class ReturnRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String sku;
    private final String name;
    private final int sold;
    private final int returnable;
    private final BigDecimal unitPrice;
    private final BigDecimal discountPercent;
    /** What the whole line cost after its discount, tax included: a return refunds its share of this. */
    private final BigDecimal lineTotal;
    private Integer quantity = 0;

    ReturnRow(ReceiptLine line) {
        this.sku = line.getSku();
        this.name = line.getProduct().getName() + " (" + line.getProduct().getSize() + ", " + line.getProduct().getColour() + ")";
        this.sold = line.getQuantity();
        this.returnable = line.getReturnableQuantity();
        this.unitPrice = line.getUnitPrice();
        this.discountPercent = line.getDiscountPercent();
        this.lineTotal = line.getLineTotal();
    }

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public int getSold() {
        return sold;
    }

    public int getReturned() {
        return sold - returnable;
    }

    public int getReturnable() {
        return returnable;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    boolean isChosen() {
        return quantity != null && quantity > 0;
    }

    /** The refund for the quantity chosen, as far as it can be returned; the control decides in the end. */
    public BigDecimal getRefund() {
        return isChosen() && quantity <= returnable ? Tax.returnedShare(lineTotal, getReturned(), quantity, sold) : Money.ZERO;
    }
}
