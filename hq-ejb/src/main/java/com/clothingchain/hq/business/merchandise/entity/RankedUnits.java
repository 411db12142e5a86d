package com.clothingchain.hq.business.merchandise.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One row of a ranking ({@link Ranking}) over a period: a style, colour, size, category or branch (its key and name;
 * group: a style's category code, else null), its units sold, returned and written off, and on hand at the branches as
 * last reported. Units, not amounts: branches sell in their own currencies.
 */
public record RankedUnits(String key, String name, String group, long sold, long returned, long lost, long onHand) implements Serializable {

    public long netSold() {
        return sold - returned;
    }

    /** Net sold / (net sold + on hand), in percent with one decimal; null when there was nothing to sell. */
    public BigDecimal sellThrough() {
        return percent(Math.max(netSold(), 0), Math.max(netSold(), 0) + Math.max(onHand, 0));
    }

    /** Returned / sold, in percent with one decimal; null when nothing was sold. */
    public BigDecimal returnRate() {
        return percent(returned, sold);
    }

    static BigDecimal percent(long part, long whole) {
        return whole <= 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
