package dev.asdf.burnengine.core.query;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.fee.LedgerAccount;
import dev.asdf.burnengine.core.state.EngineModel;
import dev.asdf.burnengine.core.token.TokenState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds an {@link EngineView} from the model; call it under the model's monitor. */
public final class EngineViews {
    private EngineViews() {}

    public static EngineView of(EngineModel m, Instant now) {
        List<TokenView> tokens = new ArrayList<>();
        for (TokenState state : m.tokens().all()) {
            Address mint = state.token().mint();
            tokens.add(new TokenView(state, m.ledger().tokenAccount(mint), m.totals(mint)));
        }
        Map<Address, LedgerAccount> unregistered = new HashMap<>();
        m.ledger().tokenAccounts().forEach((mint, account) -> {
            if (!m.tokens().contains(mint)) {
                unregistered.put(mint, account);
            }
        });
        return new EngineView(now, tokens, unregistered, m.ledger().unattributedAccount(), m.ledger().totals(),
                m.recentBurns(), m.deadLetters().entries(now), m.cycles(), m.emergencyStop(), m.inFlight(), m.cursor(),
                m.journalSeq());
    }
}
