package com.clothingchain.hq.business.merchandise.entity;

import com.clothingchain.contract.VariantDayFigures;

import java.math.BigDecimal;
import java.util.List;

/**
 * A branch's per-variant figures of one business date as checked by
 * {@link com.clothingchain.hq.business.merchandise.control.VariantFigureRules}: amounts with exactly two decimals, SKUs
 * trimmed, the variants in SKU order (so two sendings of the same figures compare equal whatever their order).
 */
public record VariantDay(int revision, BigDecimal revenue, BigDecimal loss, BigDecimal rounding, List<VariantDayFigures> variants) {

    public VariantDay {
        variants = List.copyOf(variants);
    }

    /** The same figures (the revision aside): amounts compared by value. */
    public boolean sameFiguresAs(VariantDay other) {
        if (revenue.compareTo(other.revenue) != 0 || loss.compareTo(other.loss) != 0
                || rounding.compareTo(other.rounding) != 0 || variants.size() != other.variants.size()) {
            return false;
        }
        for (int i = 0; i < variants.size(); i++) {
            if (!same(variants.get(i), other.variants.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(VariantDayFigures a, VariantDayFigures b) {
        return a.sku().equals(b.sku()) && a.sold() == b.sold() && a.returned() == b.returned() && a.lost() == b.lost()
                && a.onHand() == b.onHand() && a.soldAmount().compareTo(b.soldAmount()) == 0
                && a.returnedAmount().compareTo(b.returnedAmount()) == 0 && a.lossValue().compareTo(b.lossValue()) == 0;
    }
}
