package com.clothingchain.hq.business.tills.entity;

import com.clothingchain.hq.business.reports.entity.RevenueFilter;

import java.util.Optional;

/** Which till sessions a cash report reads: the period and branch of a {@link RevenueFilter}, and one clerk or all. */
public record SessionFilter(RevenueFilter period, String clerk) {

    public SessionFilter {
        clerk = clerk == null || clerk.isBlank() ? null : clerk.trim();
    }

    public Optional<String> clerkName() {
        return Optional.ofNullable(clerk);
    }
}
