package dev.asdf.burnengine.core.money;

import java.math.BigInteger;

/** Integer {@code floor(a × b / c)} for non-negative operands, exact even when {@code a × b} exceeds 64 bits. */
public final class MulDiv {
    private MulDiv() {}

    public static long floor(long a, long b, long c) {
        if (a < 0 || b < 0 || c <= 0) {
            throw new IllegalArgumentException("mulDiv needs a, b >= 0 and c > 0, got " + a + ", " + b + ", " + c);
        }
        long high = Math.multiplyHigh(a, b);
        if (high == 0 && a * b >= 0) {
            return a * b / c;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
    }
}
