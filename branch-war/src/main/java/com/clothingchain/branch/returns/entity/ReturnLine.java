package com.clothingchain.branch.returns.entity;

import com.clothingchain.branch.products.entity.Product;
import com.clothingchain.branch.sales.entity.ReceiptLine;
import com.clothingchain.branch.sales.control.Tax;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** How many of one receipt line came back, and what they were refunded. */
@Entity
@Table(name = "return_lines")
public class ReturnLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "return_id")
    private ProductReturn productReturn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "receipt_line_id")
    private ReceiptLine receiptLine;

    @Column(nullable = false)
    private int quantity;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    protected ReturnLine() {
    }

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxAmount;

    /**
     * {@code quantity} of a receipt line of which {@code returnedBefore} had come back already: refunded its share of
     * what the line cost, tax included, and of its tax. Shares are taken so that returning a line in parts refunds
     * exactly what it cost, to the cent.
     */
    public ReturnLine(ProductReturn productReturn, ReceiptLine receiptLine, int quantity, int returnedBefore) {
        this.productReturn = productReturn;
        this.receiptLine = receiptLine;
        this.quantity = quantity;
        this.amount = Tax.returnedShare(receiptLine.getLineTotal(), returnedBefore, quantity, receiptLine.getQuantity());
        this.taxAmount = Tax.returnedShare(receiptLine.getTaxAmount(), returnedBefore, quantity, receiptLine.getQuantity());
    }

    public BigDecimal getTaxAmount() {
        return taxAmount;
    }

    public ReceiptLine getReceiptLine() {
        return receiptLine;
    }

    public Product getProduct() {
        return receiptLine.getProduct();
    }

    public String getSku() {
        return receiptLine.getSku();
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return receiptLine.getUnitPrice();
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
