package dev.asdf.burnengine.solana.sandbox;

import java.util.List;
import java.util.Map;

/**
 * The simulated chain written to disk, so that a daemon restarted on the same state directory finds the same world:
 * reserves, vaults, balances, the trades played and the fee events not yet read, and the outcome of every transaction
 * that landed (what {@code resolve} answers after a crash), and when it was saved (the traders trade on while no
 * process runs, within a bound).
 */
record SandboxChainState(
        long seed,
        List<TokenState> tokens,
        long curveVault,
        long ammVault,
        long authority,
        long treasury,
        long devWallet,
        long feePayer,
        long slot,
        long blockHeight,
        long tradesDone,
        long lastCollectAtMillis,
        long feedBase,
        List<FeedItem> feed,
        Map<String, Outcome> landed,
        long savedAtMillis) {

    record TokenState(String mint, String market, long virtualTokens, long virtualSol, long realTokens, long realSol,
            long poolTokens, long poolSol, long supply, long burned) {
    }

    /** A fee event or an unattributed deposit not yet read by the fee source. */
    record FeedItem(boolean attributed, String signature, int index, String mint, long lamports, String vault, long slot,
            long timeMillis, String reason) {
    }

    /** A landed transaction: confirmed with its amounts, or failed with its error. */
    record Outcome(boolean confirmed, long slot, long spent, long tokens, long toRoot, long devFee, String errorCode,
            String errorMessage, String retryClass) {
    }
}
