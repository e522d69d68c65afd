package dev.asdf.burnengine.core.fee;

import dev.asdf.burnengine.core.chain.Address;
import java.util.Objects;

/** Names a ledger account: one per token, plus the single unattributed account. */
public sealed interface LedgerAccountId permits LedgerAccountId.OfToken, LedgerAccountId.Unattributed {

    static LedgerAccountId token(Address mint) {
        return new OfToken(mint);
    }

    static LedgerAccountId unattributed() {
        return Unattributed.INSTANCE;
    }

    /** The fees earned by one token. */
    record OfToken(Address mint) implements LedgerAccountId {
        public OfToken {
            Objects.requireNonNull(mint, "mint");
        }

        @Override
        public String toString() {
            return mint.toString();
        }
    }

    /** Deposits that match no trade event. */
    record Unattributed() implements LedgerAccountId {
        static final Unattributed INSTANCE = new Unattributed();

        @Override
        public String toString() {
            return "unattributed";
        }
    }
}
