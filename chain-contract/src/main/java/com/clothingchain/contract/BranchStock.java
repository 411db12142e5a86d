package com.clothingchain.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * HQ's answer to {@code GET /hq-api/v1/stock?sku=}: each branch's on-hand of the variant as that branch last reported
 * it, with the business date it was counted for and when HQ received it. A branch that never reported the variant is
 * not listed.
 */
public record BranchStock(String sku, List<Level> branches) {

    public record Level(String branchCode, int onHand, LocalDate asOf, Instant reportedAt) {
    }
}
