package com.clothingchain.branch.returns.entity;

import com.clothingchain.branch.sales.entity.Receipt;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OrderBy;
import com.clothingchain.branch.sales.entity.Payment;
import com.clothingchain.branch.tills.entity.TillSession;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Goods brought back against a receipt, refunded at the price paid, booked to the day they came back. */
@Entity
@Table(name = "product_returns")
@NamedQuery(name = ProductReturn.BY_ID, query = "select distinct r from ProductReturn r join fetch r.lines where r.id = :id")
@NamedQuery(name = ProductReturn.TOTALS_ON, query = "select count(r), coalesce(sum(r.refund + r.rounding), 0), coalesce(sum(r.taxTotal), 0)"
        + " from ProductReturn r where r.businessDate = :date")
public class ProductReturn {

    public static final String TOTALS_ON = "ProductReturn.totalsOn";
    public static final String BY_ID = "ProductReturn.byId";

    /** Why goods came back. */
    public enum Reason {
        WRONG_SIZE("wrong size"), DEFECTIVE("faulty or damaged"), NOT_AS_EXPECTED("not as expected"),
        CHANGED_MIND("changed mind"), OTHER("other");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String getWords() {
            return words;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "receipt_id")
    private Receipt receipt;

    @Column(name = "business_date", nullable = false)
    private LocalDate businessDate;

    @Column(nullable = false, length = 64)
    private String clerk;

    @Column(name = "returned_at", nullable = false)
    private Instant returnedAt;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal refund;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Reason reason;

    @OneToMany(mappedBy = "productReturn", cascade = CascadeType.PERSIST)
    private List<ReturnLine> lines = new ArrayList<>();

    @ManyToOne
    @JoinColumn(name = "till_session_id")
    private TillSession tillSession;

    @Column(name = "tax_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal taxTotal = BigDecimal.ZERO;

    /** What cash rounding added to a cash refund (the customer got refund + rounding). */
    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal rounding = BigDecimal.ZERO;

    @OneToMany(mappedBy = "productReturn", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Payment> payments = new ArrayList<>();

    protected ProductReturn() {
    }

    public ProductReturn(Receipt receipt, LocalDate businessDate, String clerk, Instant returnedAt, Reason reason, TillSession tillSession) {
        this.tillSession = tillSession;
        this.reason = reason;
        this.receipt = receipt;
        this.businessDate = businessDate;
        this.clerk = clerk;
        this.returnedAt = returnedAt;
        this.refund = BigDecimal.ZERO;
    }

    public void add(ReturnLine line) {
        lines.add(line);
        refund = refund.add(line.getAmount());
        taxTotal = taxTotal.add(line.getTaxAmount());
    }

    /** {@code amount} of the refund given back in {@code tender}; {@code rounding} is what cash rounding added to it. */
    public void refundedIn(String tender, BigDecimal amount, BigDecimal rounding, String reference) {
        this.rounding = this.rounding.add(rounding);
        payments.add(Payment.forReturn(this, tillSession, tender, amount, reference));
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

    public List<Payment> getPayments() {
        return payments;
    }

    public Long getId() {
        return id;
    }

    public Receipt getReceipt() {
        return receipt;
    }

    public LocalDate getBusinessDate() {
        return businessDate;
    }

    public String getClerk() {
        return clerk;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public BigDecimal getRefund() {
        return refund;
    }

    /** Null for returns taken before reasons were recorded. */
    public Reason getReason() {
        return reason;
    }

    public List<ReturnLine> getLines() {
        return lines;
    }
}
