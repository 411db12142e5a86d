package com.clothingchain.hq.business.tills.entity;

import java.io.Serializable;
import com.clothingchain.contract.TillSessionReport;

import java.math.BigDecimal;
import java.time.Instant;

/** A till session in the cash report: its branch and currency, the session as reported, its cash variance, when HQ got it. */
public record SessionRow(String branchCode, String currency, TillSessionReport session, BigDecimal cashVariance,
                         Instant receivedAt) implements Serializable {

    public boolean isVariance() {
        return cashVariance.signum() != 0;
    }
}
