package com.clothingchain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A price that applies from a business date (the branch's own date) until the next one of its schedule. */
public record ScheduledPrice(LocalDate from, BigDecimal price) {
}
