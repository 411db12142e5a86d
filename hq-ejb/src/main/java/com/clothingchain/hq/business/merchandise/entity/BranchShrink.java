package com.clothingchain.hq.business.merchandise.entity;

import java.io.Serializable;
import java.math.BigDecimal;

/** A branch's units sold, returned and written off over a period, and what its write-offs were worth (in its currency). */
public record BranchShrink(String branchCode, String currency, long sold, long returned, long lost, BigDecimal lossValue) implements Serializable {

    /** Returned / sold, in percent with one decimal; null when nothing was sold. */
    public BigDecimal returnRate() {
        return RankedUnits.percent(returned, sold);
    }

    /** Written off / sold, in percent with one decimal; null when nothing was sold. */
    public BigDecimal shrinkRate() {
        return RankedUnits.percent(lost, sold);
    }
}
