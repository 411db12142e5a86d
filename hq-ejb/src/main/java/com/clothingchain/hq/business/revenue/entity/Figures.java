package com.clothingchain.hq.business.revenue.entity;

import java.math.BigDecimal;

/** The figures of one daily report, in the revision the branch sent. */
public record Figures(BigDecimal revenue, BigDecimal loss, int transactionCount, int revision) {

    public boolean sameAs(Figures other) {
        return revenue.compareTo(other.revenue) == 0 && loss.compareTo(other.loss) == 0
                && transactionCount == other.transactionCount && revision == other.revision;
    }
}
