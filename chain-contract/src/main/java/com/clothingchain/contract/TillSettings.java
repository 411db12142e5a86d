package com.clothingchain.contract;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a branch's till works, as HQ sets it (part of {@link BranchProfile}): whether its prices include tax
 * ({@code taxMode} {@code INCLUSIVE}) or tax is added at the till ({@code EXCLUSIVE}); the step cash totals are
 * rounded to ({@code cashRounding}, e.g. 0.05; 0.01 means no cash rounding); the tax rates of its jurisdiction by
 * tax category, effective-dated; and the tenders it may take.
 */
public record TillSettings(String jurisdiction, String taxMode, BigDecimal cashRounding, List<TaxRate> taxRates,
                           List<Tender> tenders) {

    public static final String INCLUSIVE = "INCLUSIVE";
    public static final String EXCLUSIVE = "EXCLUSIVE";
}
