package dev.asdf.burnengine.core.fee;

import dev.asdf.burnengine.core.chain.Address;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to restore a {@link FeeLedger} exactly: account totals, the remembered event ids and the slot below
 * which ids were forgotten.
 */
public record LedgerState(
        Map<Address, LedgerAccount> tokens, LedgerAccount unattributed, List<SeenEvent> seen, long forgottenBeforeSlot) {

    public static final LedgerState EMPTY = new LedgerState(Map.of(), LedgerAccount.EMPTY, List.of(), 0);

    public LedgerState {
        tokens = Map.copyOf(tokens);
        Objects.requireNonNull(unattributed, "unattributed");
        seen = List.copyOf(seen);
    }
}
