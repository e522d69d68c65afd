package dev.asdf.burnengine.solana.sandbox;

import java.util.SplittableRandom;

/**
 * Derives trade {@code n} from the seed and {@code n} only, so a sandbox run is reproducible whatever the timing. Early
 * tokens trade more (a Zipf-like popularity), so some tokens fill up fast and others stay below the minimum.
 */
final class TradeGenerator {
    private static final double MIN_BUY = 20_000_000;
    private static final double MAX_BUY = 3_000_000_000.0;
    private final long seed;
    private final double[] cumulative;

    TradeGenerator(long seed, int tokens) {
        this.seed = seed;
        this.cumulative = new double[tokens];
        double sum = 0;
        for (int i = 0; i < tokens; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < tokens; i++) {
            cumulative[i] /= sum;
        }
    }

    Trade trade(long n) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
        int token = pick(r.nextDouble());
        double roll = r.nextDouble();
        if (roll < 0.01) {
            return new Trade(n, token, Trade.Kind.DONATION, r.nextLong(1_000, 2_000_000), 0);
        }
        if (roll < 0.66) {
            long lamports = (long) Math.exp(Math.log(MIN_BUY) + r.nextDouble() * (Math.log(MAX_BUY) - Math.log(MIN_BUY)));
            return new Trade(n, token, Trade.Kind.BUY, lamports, 0);
        }
        return new Trade(n, token, Trade.Kind.SELL, 0, r.nextLong(1_000, 50_000));
    }

    private int pick(double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
