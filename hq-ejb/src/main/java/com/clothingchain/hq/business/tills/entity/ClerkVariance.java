package com.clothingchain.hq.business.tills.entity;

import java.io.Serializable;
import com.clothingchain.shared.money.Money;

import java.math.BigDecimal;

/**
 * One clerk of one branch over a period: how many sessions, their cash variances added up, and the largest one (by
 * size, with its sign), in the branch's currency.
 */
public record ClerkVariance(String branchCode, String currency, String clerk, long sessions, BigDecimal totalVariance,
                            BigDecimal largestVariance) implements Serializable {

    /** From the SQL's sums: the largest variance is the highest or the lowest, whichever is further from zero. */
    public ClerkVariance(String branchCode, String currency, String clerk, Long sessions, BigDecimal total, BigDecimal highest,
                         BigDecimal lowest) {
        this(branchCode, currency, clerk, sessions, Money.of(total),
                Money.of(highest.abs().compareTo(lowest.abs()) >= 0 ? highest : lowest));
    }

    public boolean isVariance() {
        return totalVariance.signum() != 0 || largestVariance.signum() != 0;
    }
}
