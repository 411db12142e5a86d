package com.clothingchain.hq.business.merchandise.entity;

import java.time.Instant;
import java.time.LocalDate;

/** A branch's on-hand of a SKU as of the business date it last reported it, and when HQ received that report. */
public record StockLevel(String branchCode, String sku, int onHand, LocalDate asOf, Instant reportedAt) {
}
