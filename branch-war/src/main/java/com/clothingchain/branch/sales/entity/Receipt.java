package com.clothingchain.branch.sales.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import com.clothingchain.branch.sales.control.Tax;
import com.clothingchain.branch.tills.entity.TillSession;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import com.clothingchain.shared.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A sale: what a customer bought at once, under one receipt number. Never changed after the sale. */
@Entity
@Table(name = "receipts")
@NamedQuery(name = Receipt.BY_NUMBER, query = "select distinct r from Receipt r join fetch r.lines l join fetch l.product where r.receiptNumber = :number")
@NamedQuery(name = Receipt.TOTALS_ON, query = "select count(r), coalesce(sum(r.total + r.rounding), 0), coalesce(sum(r.taxTotal), 0)"
        + " from Receipt r where r.businessDate = :date")
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

    @ManyToOne
    @JoinColumn(name = "till_session_id")
    private TillSession tillSession;

    @Column(name = "tax_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxTotal;

    /** What cash rounding added to the total (negative when it took off); the customer paid total + rounding. */
    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal rounding;

    @Column(name = "change_given", nullable = false, precision = 19, scale = 2)
    private BigDecimal changeGiven;

    @Enumerated(EnumType.STRING)
    @Column(name = "tax_mode", nullable = false, length = 9)
    private Tax.Mode taxMode;

    @OneToMany(mappedBy = "receipt", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<ReceiptLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "receipt", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Payment> payments = new ArrayList<>();

    protected Receipt() {
    }

    public Receipt(String receiptNumber, LocalDate businessDate, String clerk, Instant soldAt, TillSession tillSession, Tax.Mode taxMode) {
        this.receiptNumber = receiptNumber;
        this.businessDate = businessDate;
        this.clerk = clerk;
        this.soldAt = soldAt;
        this.tillSession = tillSession;
        this.taxMode = taxMode;
        this.total = BigDecimal.ZERO;
        this.taxTotal = BigDecimal.ZERO;
        this.rounding = BigDecimal.ZERO;
        this.changeGiven = BigDecimal.ZERO;
    }

    public void add(ReceiptLine line) {
        lines.add(line);
        total = total.add(line.getLineTotal());
        taxTotal = taxTotal.add(line.getTaxAmount());
    }

    public void paid(List<Payment> paid, BigDecimal rounding, BigDecimal change) {
        payments.addAll(paid);
        this.rounding = rounding;
        this.changeGiven = change;
    }

    /** What line discounts took off the receipt (before tax). */
    public BigDecimal getDiscountTotal() {
        return lines.stream().map(ReceiptLine::getDiscount).reduce(Money.ZERO, BigDecimal::add);
    }

    public List<Tax.RateTotal> taxes() {
        return Tax.byRate(lines.stream().map(ReceiptLine::tax).toList());
    }

    /** The receipt number, given once the sale is paid (so a refused sale uses none). */
    public void numbered(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }

    public TillSession getTillSession() {
        return tillSession;
    }

    public BigDecimal getTaxTotal() {
        return taxTotal;
    }

    public BigDecimal getRounding() {
        return rounding;
    }

    /** What the customer paid: the total after cash rounding. */
    public BigDecimal getAmountPaid() {
        return total.add(rounding);
    }

    public BigDecimal getChangeGiven() {
        return changeGiven;
    }

    public Tax.Mode getTaxMode() {
        return taxMode;
    }

    public List<Payment> getPayments() {
        return payments;
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
