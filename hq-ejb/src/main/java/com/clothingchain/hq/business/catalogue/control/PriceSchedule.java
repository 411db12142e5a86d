package com.clothingchain.hq.business.catalogue.control;

import com.clothingchain.contract.ScheduledPrice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One branch's prices of one variant over time: on each business date the branch's own latest price effective by
 * then wins, else the chain's. A branch receives the whole schedule ahead of time, so a markdown starts at its own
 * midnight even when HQ is unreachable then.
 */
public final class PriceSchedule {

    private PriceSchedule() {
    }

    /**
     * The prices that apply from each date on, merged from the chain's and the branch's entries (date to amount),
     * without the entries already replaced on {@code since} (the branch's yesterday: it keeps what applies then).
     */
    public static List<ScheduledPrice> merge(NavigableMap<LocalDate, BigDecimal> chain,
                                             NavigableMap<LocalDate, BigDecimal> branch, LocalDate since) {
        var dates = new TreeSet<LocalDate>();
        dates.addAll(chain.keySet());
        dates.addAll(branch.keySet());
        var merged = new TreeMap<LocalDate, BigDecimal>();
        BigDecimal previous = null;
        for (LocalDate date : dates) {
            var own = branch.floorEntry(date);
            BigDecimal amount = own != null ? own.getValue() : chain.floorEntry(date).getValue();
            if (!Objects.equals(amount, previous)) {
                merged.put(date, amount);
                previous = amount;
            }
        }
        LocalDate first = merged.floorKey(since);
        var kept = new ArrayList<ScheduledPrice>();
        (first == null ? merged : merged.tailMap(first, true))
                .forEach((from, amount) -> kept.add(new ScheduledPrice(from, amount)));
        return kept;
    }
}
