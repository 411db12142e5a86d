package com.clothingchain.hq.business.revenue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** The amount one tender took in one revision of a daily report (refunds deducted); the code as the branch sent it. */
@Entity
@Table(name = "daily_revenue_tenders")
public class DailyRevenueTender {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "daily_revenue_id")
    private DailyRevenue report;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 16)
    private String tender;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;

    protected DailyRevenueTender() {
    }

    DailyRevenueTender(DailyRevenue report, int revision, String tender, BigDecimal amount) {
        this.report = report;
        this.revision = revision;
        this.tender = tender;
        this.amount = amount;
    }

    public int getRevision() {
        return revision;
    }

    public String getTender() {
        return tender;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
