package dev.asdf.burnengine.solana.quote;

import java.math.BigInteger;

/** Exact arithmetic on u64 values held in longs. */
final class U64 {
    static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private U64() {}

    static BigInteger big(long v) {
        return v >= 0 ? BigInteger.valueOf(v) : BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64));
    }

    /** Back to a u64 in a long's bits; a result beyond u64 is a bug in the inputs. */
    static long toU64(BigInteger v, String what) {
        if (v.signum() < 0 || v.compareTo(MAX) > 0) {
            throw new ArithmeticException(what + " = " + v + " does not fit a u64; the reserves or amounts are wrong");
        }
        return v.longValue();
    }

    /** {@code ceil(amount × bps / 10000)}: pump's and PumpSwap's fee on an amount. */
    static BigInteger fee(BigInteger amount, long bps) {
        return amount.multiply(big(bps)).add(TEN_THOUSAND.subtract(BigInteger.ONE)).divide(TEN_THOUSAND);
    }
}
