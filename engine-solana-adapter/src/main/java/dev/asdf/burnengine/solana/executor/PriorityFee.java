package dev.asdf.burnengine.solana.executor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The compute-unit price from recent per-slot fees: a percentile of them, capped (peers-and-user-needs §3.3). */
final class PriorityFee {
    private PriorityFee() {}

    static long of(List<Long> perSlot, int percentile, long capMicroLamports) {
        if (perSlot.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(perSlot);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        long fee = sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        return Math.min(fee, capMicroLamports);
    }
}
