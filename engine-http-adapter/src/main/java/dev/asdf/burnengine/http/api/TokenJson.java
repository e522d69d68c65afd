package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.fee.LedgerAccount;
import dev.asdf.burnengine.core.query.TokenView;
import dev.asdf.burnengine.core.state.TokenTotals;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;

/**
 * One token as {@code /tokens}, the dashboard snapshot and the feed show it. {@code symbol} and {@code name} are
 * untrusted chain text, passed through unchanged: clients must insert them as text.
 *
 * @param poolType the seed's names: {@code bonding_curve} or {@code pumpswap_amm}
 * @param lastRunAt epoch ms of its last confirmed step, 0 = never
 * @param totalCollectedLamports fees credited to it, ever
 * @param totalBurnedTokens base units burned, ever (a string: token amounts are u64)
 * @param cyclesRun confirmed steps
 */
record TokenJson(String mint, String symbol, String name, boolean isRoot, String role, String poolType, String market,
        boolean isToken2022, String status, String statusReason, long lastRunAt,
        @LamportsJson long pendingFeesLamports, @LamportsJson long totalCollectedLamports,
        @LamportsJson long spentLamports, @LamportsJson long adjustedOutLamports, String totalBurnedTokens,
        @LamportsJson long sentToRootLamports, @LamportsJson long devFeesLamports, long cyclesRun, long stepsFailed,
        int consecutiveFailures) {

    static TokenJson of(TokenView view) {
        Token t = view.state().token();
        LedgerAccount fees = view.fees();
        TokenTotals totals = view.totals();
        return new TokenJson(t.mint().toString(), t.symbol(), t.name(), t.isRoot(), t.role().name(),
                t.market() == Market.AMM ? "pumpswap_amm" : "bonding_curve", t.market().name(),
                t.program() == TokenProgram.TOKEN_2022, view.state().status().name(), view.state().statusReason(),
                Times.millis(view.state().lastRunAt()), fees.pending(), fees.credited(), fees.spent(),
                fees.adjustedOut(), Long.toUnsignedString(totals.tokensBurned()), totals.sentToRoot(),
                totals.devFees(), totals.stepsConfirmed(), totals.stepsFailed(), totals.consecutiveFailures());
    }
}
