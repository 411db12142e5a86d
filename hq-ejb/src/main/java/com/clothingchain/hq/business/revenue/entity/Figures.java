package com.clothingchain.hq.business.revenue.entity;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one daily report, in the revision the branch sent. {@code reportVersion} 1 has revenue and loss only
 * ({@code tenders} empty, the other till figures null); version 2 adds what the tills took: the amount per tender code
 * (refunds deducted), the tax total, the refunds and the cash variance (null when no till was counted).
 */
public record Figures(BigDecimal revenue, BigDecimal loss, int transactionCount, int revision, int reportVersion,
                      Map<String, BigDecimal> tenders, BigDecimal taxTotal, BigDecimal refunds, BigDecimal cashVariance) {

    public Figures {
        tenders = tenders == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(tenders));
    }

    /** A version 1 report. */
    public Figures(BigDecimal revenue, BigDecimal loss, int transactionCount, int revision) {
        this(revenue, loss, transactionCount, revision, 1, Map.of(), null, null, null);
    }

    public boolean sameAs(Figures other) {
        return revenue.compareTo(other.revenue) == 0 && loss.compareTo(other.loss) == 0
                && transactionCount == other.transactionCount && revision == other.revision
                && reportVersion == other.reportVersion && same(taxTotal, other.taxTotal) && same(refunds, other.refunds)
                && same(cashVariance, other.cashVariance) && tenders.keySet().equals(other.tenders.keySet())
                && tenders.entrySet().stream().allMatch(e -> e.getValue().compareTo(other.tenders.get(e.getKey())) == 0);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
