package com.clothingchain.branch.sales.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A sale: what a customer bought at once, under one receipt number. Never changed after the sale. */
@Entity
@Table(name = "receipts")
@NamedQuery(name = Receipt.BY_NUMBER, query = "select distinct r from Receipt r join fetch r.lines l join fetch l.product where r.receiptNumber = :number")
@NamedQuery(name = Receipt.TOTALS_ON, query = "select count(r), coalesce(sum(r.total), 0) from Receipt r where r.businessDate = :date")
public class Receipt {

    public static final String BY_NUMBER = "Receipt.byNumber";
    public static final String TOTALS_ON = "Receipt.totalsOn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "receipt_number", nullable = false, unique = true, length = 32)
    private String receiptNumber;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(nullable = false, length = 64)
    private String clerk;

    @Column(name = "sold_at", nullable = false)
    private Instant soldAt;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal total;

    @OneToMany(mappedBy = "receipt", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<ReceiptLine> lines = new ArrayList<>();

    protected Receipt() {
    }

    public Receipt(String receiptNumber, LocalDate businessDate, String clerk, Instant soldAt) {
        this.receiptNumber = receiptNumber;
        this.businessDate = businessDate;
        this.clerk = clerk;
        this.soldAt = soldAt;
        this.total = BigDecimal.ZERO;
    }

    public void add(ReceiptLine line) {
        lines.add(line);
        total = total.add(line.getAmount());
    }

    public Long getId() {
        return id;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public String getClerk() {
        return clerk;
    }

    public Instant getSoldAt() {
        return soldAt;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public List<ReceiptLine> getLines() {
        return lines;
    }
}
