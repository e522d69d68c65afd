package dev.asdf.burnengine.core.query;

import dev.asdf.burnengine.core.fee.LedgerAccount;
import dev.asdf.burnengine.core.state.TokenTotals;
import dev.asdf.burnengine.core.token.TokenState;
import java.util.Objects;

/** One token as the API shows it: chain facts, participation, ledger account and cycle totals. */
public record TokenView(TokenState state, LedgerAccount fees, TokenTotals totals) {
    public TokenView {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(totals, "totals");
    }
}
