package com.clothingchain.hq.business.merchandise.entity;

import com.clothingchain.contract.VariantDayRecord;

/** A row of sales by variant: the figures as HQ holds them, and the currency of their branch (amounts are in it). */
public record VariantRow(VariantDayRecord record, String currency) {
}
