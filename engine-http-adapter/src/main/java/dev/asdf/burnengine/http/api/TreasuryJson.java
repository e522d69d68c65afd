package dev.asdf.burnengine.http.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.core.query.TokenView;
import dev.asdf.burnengine.core.token.Token;

/**
 * {@code GET /treasury}: the root token's side of the ecosystem, from the ledger and the cycle totals. The live
 * balance of the root treasury account is not part of the engine's published view, so it is not shown here.
 *
 * @param receivedFromSecondariesLamports the root share the secondaries' confirmed steps sent to the treasury, ever
 * @param burnedTokens root token base units burned, ever (a string)
 */
record TreasuryJson(Treasury treasury) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Treasury(boolean initialized, RootJson rootToken, String message,
            @LamportsJson long receivedFromSecondariesLamports, @LamportsJson long pendingLamports,
            @LamportsJson long unattributedPendingLamports, @LamportsJson long spentLamports, String burnedTokens,
            long cyclesRun) {
    }

    record RootJson(String mint, String symbol, String name) {
    }

    static TreasuryJson of(EngineView view) {
        long received = view.tokens().stream().mapToLong(t -> t.totals().sentToRoot()).sum();
        long unattributed = view.unattributed().pending();
        return view.root()
                .map(root -> rooted(root, received, unattributed))
                .orElseGet(() -> new TreasuryJson(new Treasury(false, null,
                        "No root token is known yet; the ecosystem's root is read from chain (POST /admin/tokens/reload)",
                        received, 0, unattributed, 0, "0", 0)));
    }

    private static TreasuryJson rooted(TokenView root, long received, long unattributed) {
        Token t = root.state().token();
        return new TreasuryJson(new Treasury(true, new RootJson(t.mint().toString(), t.symbol(), t.name()), null,
                received, root.fees().pending(), unattributed, root.totals().lamportsSpent(),
                Long.toString(root.totals().tokensBurned()), root.totals().stepsConfirmed()));
    }
}
