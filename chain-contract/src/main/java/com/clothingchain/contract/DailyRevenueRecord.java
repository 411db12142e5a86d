package com.clothingchain.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A daily report as HQ stored it, with the time HQ received it. */
public record DailyRevenueRecord(String branchCode, LocalDate businessDate, BigDecimal revenue, BigDecimal loss,
                                 int transactionCount, int revision, Instant receivedAt) {
}
