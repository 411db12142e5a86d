package com.clothingchain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A tax rate in percent (20.00 is 20 %) for a tax category, from a business date until the next rate of that category. */
public record TaxRate(String category, LocalDate from, BigDecimal rate) {
}
