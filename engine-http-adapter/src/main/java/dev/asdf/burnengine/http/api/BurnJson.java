package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.cycle.BurnRecord;

/**
 * One confirmed buy-back-and-burn ({@code /burns}, {@code /tokens/{mint}}, the dashboard).
 *
 * @param tokensBurned base units burned (a string: token amounts are u64)
 * @param timestamp epoch ms the outcome was recorded
 * @param network the explorer cluster the link points to
 * @param explorerUrl null when explorer links are off
 */
record BurnJson(String txSignature, String stepId, String cycleId, String tokenMint, String tokenSymbol,
        boolean isRoot, @LamportsJson long lamportsSpent, String tokensBurned, @LamportsJson long sentToRootLamports,
        @LamportsJson long devFeeLamports, long timestamp, String network, String explorerUrl) {

    static BurnJson of(BurnRecord b, Explorer explorer) {
        String signature = b.signature().toString();
        return new BurnJson(signature, b.step().toString(), b.step().cycle().value(), b.mint().toString(), b.symbol(),
                b.root(), b.lamportsSpent().value(), Long.toUnsignedString(b.tokensBurned().value()),
                b.sentToRoot().value(), b.devFee().value(), Times.millis(b.at()), explorer.cluster(),
                explorer.tx(signature));
    }
}
