package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.core.query.TokenView;
import dev.asdf.burnengine.core.token.Token;
import java.util.List;

/**
 * {@code GET /fees}: pending fees per token and in total, with the fee source's poll statistics.
 *
 * @param unregistered fees credited to mints the token directory has not described yet
 */
record FeesJson(TotalsJson totals, PollJson daemon, List<TokenFeesJson> tokens, List<UnregisteredJson> unregistered) {

    static FeesJson of(EngineView view, PollStats polls) {
        List<TokenFeesJson> tokens = view.tokens().stream().map(TokenFeesJson::of).toList();
        List<UnregisteredJson> unregistered = view.unregisteredFees().entrySet().stream()
                .map(e -> new UnregisteredJson(e.getKey().toString(), e.getValue().pending(), e.getValue().credited()))
                .sorted((a, b) -> a.mint().compareTo(b.mint()))
                .toList();
        return new FeesJson(new TotalsJson(view.totals().pending(), view.totals().credited(), view.totals().spent(),
                view.unattributed().pending(), view.tokens().size()), PollJson.of(polls), tokens, unregistered);
    }

    /**
     * @param pendingLamports every pending lamport, unattributed included
     * @param unattributedPendingLamports deposits no trade event explains (spent with the root)
     */
    record TotalsJson(@LamportsJson long pendingLamports, @LamportsJson long creditedLamports,
            @LamportsJson long spentLamports, @LamportsJson long unattributedPendingLamports, int tokenCount) {
    }

    /**
     * @param errorRate failed fraction of the last 100 polls
     * @param lastPollMs milliseconds since the last poll, -1 if none yet
     * @param lagMs milliseconds since the fee source was last caught up, -1 if never
     */
    record PollJson(long pollCount, long pollErrors, double errorRate, long lastPollMs, long lagMs) {
        static PollJson of(PollStats p) {
            return new PollJson(p.pollCount(), p.pollErrors(), p.errorRate(), p.lastPollMs(), p.lagMs());
        }
    }

    record TokenFeesJson(String mint, String symbol, String name, boolean isRoot, String status,
            @LamportsJson long pendingLamports, @LamportsJson long creditedLamports, @LamportsJson long spentLamports) {
        static TokenFeesJson of(TokenView t) {
            Token token = t.state().token();
            return new TokenFeesJson(token.mint().toString(), token.symbol(), token.name(), token.isRoot(),
                    t.state().status().name(), t.fees().pending(), t.fees().credited(), t.fees().spent());
        }
    }

    record UnregisteredJson(String mint, @LamportsJson long pendingLamports, @LamportsJson long creditedLamports) {
    }
}
