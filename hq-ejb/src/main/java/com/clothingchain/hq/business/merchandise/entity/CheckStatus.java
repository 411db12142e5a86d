package com.clothingchain.hq.business.merchandise.entity;

/** How a branch's per-variant figures of a date compare with its daily report of that date. */
public enum CheckStatus {
    /** Revenue and loss are the daily report's, to the cent. */
    MATCHES,
    /** The daily report has another revenue or loss. */
    DIFFERS,
    /** HQ has no daily report of that branch and date. */
    DAY_REPORT_MISSING
}
