package com.clothingchain.branch.sales.entity;

import com.clothingchain.branch.products.entity.Product;
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

    /** Changed only by an atomic, conditional update (see Returns), so concurrent returns can never exceed the quantity. */
    @Column(name = "returned_quantity", nullable = false)
    private int returnedQuantity;

    protected ReceiptLine() {
    }

    public ReceiptLine(Receipt receipt, int lineNo, Product product, int quantity) {
        this.receipt = receipt;
        this.lineNo = lineNo;
        this.product = product;
        this.quantity = quantity;
        this.unitPrice = product.getPrice();
        this.amount = Money.times(unitPrice, quantity);
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

    public int getReturnedQuantity() {
        return returnedQuantity;
    }

    public int getReturnableQuantity() {
        return quantity - returnedQuantity;
    }
}
