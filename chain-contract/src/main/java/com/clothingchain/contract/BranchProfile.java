package com.clothingchain.contract;

/**
 * A branch as HQ's registry knows it ({@code GET /hq-api/v1/branches/{code}}): how a branch learns its
 * own name, time zone, currency and how its till works ({@code till}: null from an HQ before tills).
 */
public record BranchProfile(String code, String name, String location, String url, String timeZone,
                            String currency, boolean active, TillSettings till) {
}
