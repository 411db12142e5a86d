package com.clothingchain.hq.business.reports.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The chain's (or one branch's) figures for one business date. */
public record DayTotal(LocalDate date, BigDecimal revenue, BigDecimal loss, long reports) {
}
