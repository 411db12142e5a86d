package com.clothingchain.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One closed till session with its Z report ({@code PUT /hq-api/v1/branches/{code}/till-sessions/{zNumber}}): the till,
 * its Z number (the same as in the path), its own business date, the clerk who opened it and who counted it, when, the
 * float, per tender what was expected, counted and the variance (counted − expected), the cash paid in and out, and the
 * manager's approval (who, why) when a variance needed one, else null. HQ keeps a Z number once per branch; the same
 * again changes nothing, other content under it is a conflict.
 */
public record TillSessionReport(String till, Integer zNumber, LocalDate businessDate, String clerk, String closedBy,
                                Instant openedAt, Instant closedAt, BigDecimal openingFloat, List<TenderCount> tenders,
                                BigDecimal paidIn, BigDecimal paidOut, Approval approval) implements Serializable {

    /** What one tender should have held, what was counted, and the difference (counted − expected). */
    public record TenderCount(String tender, BigDecimal expected, BigDecimal counted, BigDecimal variance) implements Serializable {
    }

    /** The manager who accepted a variance above the branch's threshold, and the reason given. */
    public record Approval(String approvedBy, String reason) implements Serializable {
    }
}
