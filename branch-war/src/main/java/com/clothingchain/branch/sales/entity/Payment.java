package com.clothingchain.branch.sales.entity;

import com.clothingchain.branch.returns.entity.ProductReturn;
import com.clothingchain.branch.tills.entity.TillSession;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * Money that changed hands at a till in one tender: paid for a receipt (positive) or given back for a return
 * (negative). For cash, {@code tendered} is what the customer handed over. A card keeps its approval reference and
 * at most its last four digits, never its number.
 */
@Entity
@Table(name = "payments")
@NamedQuery(name = Payment.BY_TENDER_ON, query = "select p.tender, sum(p.amount) from Payment p"
        + " where p.session.businessDate = :date and p.tender <> 'EXCHANGE' group by p.tender")
public class Payment {

    /**
     * The refund of goods brought back in an exchange, paying for the goods taken instead: never in a drawer, and
     * always even within the exchange (plus on the sale, minus on the return).
     */
    public static final String EXCHANGE = "EXCHANGE";
    public static final String BY_TENDER_ON = "Payment.byTenderOn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "receipt_id")
    private Receipt receipt;

    @ManyToOne
    @JoinColumn(name = "return_id")
    private ProductReturn productReturn;

    @ManyToOne
    @JoinColumn(name = "session_id")
    private TillSession session;

    @Column(nullable = false, length = 16)
    private String tender;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(precision = 19, scale = 2)
    private BigDecimal tendered;

    @Column(length = 32)
    private String reference;

    @Column(name = "last_four", length = 4)
    private String lastFour;

    protected Payment() {
    }

    private Payment(TillSession session, String tender, BigDecimal amount, BigDecimal tendered, String reference, String lastFour) {
        this.session = session;
        this.tender = tender;
        this.amount = amount;
        this.tendered = tendered;
        this.reference = reference;
        this.lastFour = lastFour;
    }

    public static Payment forReceipt(Receipt receipt, TillSession session, String tender, BigDecimal amount, BigDecimal tendered,
                                     String reference, String lastFour) {
        Payment payment = new Payment(session, tender, amount, tendered, reference, lastFour);
        payment.receipt = receipt;
        return payment;
    }

    public static Payment forReturn(ProductReturn productReturn, TillSession session, String tender, BigDecimal refunded,
                                    String reference) {
        Payment payment = new Payment(session, tender, refunded.negate(), null, reference, null);
        payment.productReturn = productReturn;
        return payment;
    }

    public String getTender() {
        return tender;
    }

    /** Positive when paid in, negative when given back. */
    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getTendered() {
        return tendered;
    }

    public String getReference() {
        return reference;
    }

    public String getLastFour() {
        return lastFour;
    }
}
