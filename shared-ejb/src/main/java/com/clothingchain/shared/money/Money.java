package com.clothingchain.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is BigDecimal with two decimals; amounts that need more decimals are refused, never rounded. */
public final class Money {

    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** The amount with exactly two decimals; {@link ArithmeticException} if that would lose a digit. */
    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal of(String amount) {
        return of(new BigDecimal(amount));
    }

    public static boolean hasAtMostTwoDecimals(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= SCALE;
    }

    public static BigDecimal times(BigDecimal unitPrice, long quantity) {
        return of(unitPrice.multiply(BigDecimal.valueOf(quantity)));
    }
}
