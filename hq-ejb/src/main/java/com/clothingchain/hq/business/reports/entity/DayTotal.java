package com.clothingchain.hq.business.reports.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The chain's (or one branch's) figures for one business date in one currency. */
public record DayTotal(LocalDate date, String currency, BigDecimal revenue, BigDecimal loss, long reports) {
}
