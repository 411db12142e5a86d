package com.clothingchain.branch.tills.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A till session's figures: an X report while it is open, its Z report once counted. {@code expected} is what should
 * be there per tender: for cash, the float plus cash taken, less cash given back, plus paid-in, less paid-out.
 * {@code counts} is empty until the blind count.
 */
public record TillReport(TillSession session, BigDecimal cashTaken, BigDecimal cashRefunded, BigDecimal paidIn,
                         BigDecimal paidOut, Map<String, BigDecimal> expected, List<TillMovement> movements,
                         List<TillCount> counts) {
}
