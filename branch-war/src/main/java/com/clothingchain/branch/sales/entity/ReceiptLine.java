package com.clothingchain.branch.sales.entity;

import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.sales.control.Tax;
import com.clothingchain.shared.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One product on a receipt, at the price it had when it was sold. Tracks how much of it came back. */
@Entity
@Table(name = "receipt_lines")
public class ReceiptLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "receipt_id")
    private Receipt receipt;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    /** The line discount in percent, or null when there is none. */
    @Column(name = "discount_percent", precision = 5, scale = 2)
    private BigDecimal discountPercent;

    /** Taken off the amount before tax: {@code amount × discountPercent / 100}, half up to the cent (0.00 when none). */
    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal discount;

    @Column(name = "tax_rate", nullable = false, precision = 6, scale = 3)
    private BigDecimal taxRate;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxAmount;

    /** What the customer paid for the line: the amount less the discount, plus the tax where tax is added at the till. */
    @Column(name = "line_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal lineTotal;

    /** Changed only by an atomic, conditional update (see Returns), so concurrent returns can never exceed the quantity. */
    @Column(name = "returned_quantity", nullable = false)
    private int returnedQuantity;

    protected ReceiptLine() {
    }

    /**
     * The product at its price today, less a discount of {@code discountPercent} ({@code null}: none), taxed at
     * {@code rate} (percent) the branch's way.
     */
    public ReceiptLine(Receipt receipt, int lineNo, Product product, int quantity, BigDecimal discountPercent, Tax.Mode mode,
                       BigDecimal rate) {
        this.receipt = receipt;
        this.lineNo = lineNo;
        this.product = product;
        this.quantity = quantity;
        this.unitPrice = product.getPrice();
        this.amount = Money.times(unitPrice, quantity);
        Tax.LineTax tax = Tax.line(mode, amount, discountPercent, rate);
        this.discountPercent = discountPercent;
        this.discount = tax.discount();
        this.taxRate = tax.rate();
        this.taxAmount = tax.tax();
        this.lineTotal = tax.total();
    }

    public Long getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Product getProduct() {
        return product;
    }

    public String getReceiptNumber() {
        return receipt.getReceiptNumber();
    }

    public String getSku() {
        return product.getSku();
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    /** The amount the tax was worked out on: as priced, less the discount. */
    public BigDecimal getNetAmount() {
        return amount.subtract(discount);
    }

    public BigDecimal getTaxRate() {
        return Tax.shown(taxRate);
    }

    public BigDecimal getTaxAmount() {
        return taxAmount;
    }

    public BigDecimal getLineTotal() {
        return lineTotal;
    }

    public Tax.LineTax tax() {
        return new Tax.LineTax(amount, discount, getTaxRate(), taxAmount, lineTotal);
    }

    public int getReturnedQuantity() {
        return returnedQuantity;
    }

    public int getReturnableQuantity() {
        return quantity - returnedQuantity;
    }
}
