package com.clothingchain.branch.tills.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** What a blind count found for one tender of a session, frozen next to what was expected at that moment. */
@Entity
@Table(name = "till_counts")
@IdClass(TillCount.Key.class)
public class TillCount {

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long sessionId;
        String tender;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(tender, k.tender);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, tender);
        }
    }

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Id
    @Column(length = 16)
    private String tender;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal expected;

    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal counted;

    protected TillCount() {
    }

    public TillCount(long sessionId, String tender, BigDecimal expected, BigDecimal counted) {
        this.sessionId = sessionId;
        this.tender = tender;
        this.expected = expected;
        this.counted = counted;
    }

    public String getTender() {
        return tender;
    }

    public BigDecimal getExpected() {
        return expected;
    }

    public BigDecimal getCounted() {
        return counted;
    }

    public BigDecimal getVariance() {
        return counted.subtract(expected);
    }
}
