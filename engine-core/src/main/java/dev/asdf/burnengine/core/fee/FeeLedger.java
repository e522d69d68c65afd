package dev.asdf.burnengine.core.fee;

import dev.asdf.burnengine.core.chain.Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Per-token pending creator fees. The only ways pending changes: an attributed credit, a debit by a confirmed cycle
 * step, or an explicit journaled {@link Adjustment}. Nothing ever wipes it.
 *
 * <p>Each credit is keyed by its {@link FeeEventId}, so replaying an event is a no-op. Ids are remembered until every
 * fee source has moved past their slot ({@link #forgetEventIdsBefore}); an event older than that can only be a replay
 * and is refused as {@link CreditResult#STALE}.
 *
 * <p>Not thread-safe; the engine serialises access.
 */
public final class FeeLedger {
    private final Map<Address, Account> tokens = new LinkedHashMap<>();
    private final Account unattributed = new Account();
    private final Set<FeeEventId> seen = new HashSet<>();
    private final TreeMap<Long, List<FeeEventId>> seenBySlot = new TreeMap<>();
    private long forgottenBeforeSlot;

    /** Whether crediting an event with this id and slot would change the ledger. */
    public CreditResult check(FeeEventId id, long slot) {
        if (seen.contains(id)) {
            return CreditResult.DUPLICATE;
        }
        if (slot < forgottenBeforeSlot) {
            return CreditResult.STALE;
        }
        return CreditResult.APPLIED;
    }

    public CreditResult credit(FeeEvent event) {
        CreditResult result = remember(event.id(), event.slot());
        if (result == CreditResult.APPLIED) {
            account(event.mint()).credit(event.amount().value());
        }
        return result;
    }

    public CreditResult credit(UnattributedDeposit deposit) {
        CreditResult result = remember(deposit.id(), deposit.slot());
        if (result == CreditResult.APPLIED) {
            unattributed.credit(deposit.amount().value());
        }
        return result;
    }

    /**
     * Spends what a confirmed step used.
     *
     * @throws IllegalStateException if the debit exceeds a pending balance: the caller computed it wrongly
     */
    public void debit(LedgerDebit debit) {
        Account token = account(debit.mint());
        if (debit.fromPending() > token.pending || debit.fromUnattributed() > unattributed.pending) {
            throw new IllegalStateException("debit " + debit + " exceeds pending fees (token " + token.pending
                    + ", unattributed " + unattributed.pending + "): refusing to drive the ledger negative");
        }
        token.spend(debit.fromPending());
        unattributed.spend(debit.fromUnattributed());
    }

    /**
     * Applies a reconciliation adjustment.
     *
     * @throws IllegalStateException if it would make pending negative
     */
    public void adjust(Adjustment adjustment) {
        Account target = adjustment.account() instanceof LedgerAccountId.OfToken t ? account(t.mint()) : unattributed;
        if (target.pending + adjustment.delta() < 0) {
            throw new IllegalStateException("adjustment " + adjustment + " would make pending negative (pending "
                    + target.pending + ")");
        }
        target.adjust(adjustment.delta());
    }

    /** Forgets the ids of events older than {@code slot}; from then on such events are refused as stale. */
    public void forgetEventIdsBefore(long slot) {
        if (slot <= forgottenBeforeSlot) {
            return;
        }
        SortedMap<Long, List<FeeEventId>> old = seenBySlot.headMap(slot);
        old.values().forEach(ids -> ids.forEach(seen::remove));
        old.clear();
        forgottenBeforeSlot = slot;
    }

    public LedgerAccount account(LedgerAccountId id) {
        return id instanceof LedgerAccountId.OfToken t ? tokenAccount(t.mint()) : unattributed.view();
    }

    public LedgerAccount tokenAccount(Address mint) {
        Account a = tokens.get(mint);
        return a == null ? LedgerAccount.EMPTY : a.view();
    }

    public LedgerAccount unattributedAccount() {
        return unattributed.view();
    }

    public long pending(Address mint) {
        Account a = tokens.get(mint);
        return a == null ? 0 : a.pending;
    }

    public long unattributedPending() {
        return unattributed.pending;
    }

    /** Every token account in the order tokens were first credited. */
    public Map<Address, LedgerAccount> tokenAccounts() {
        Map<Address, LedgerAccount> view = new LinkedHashMap<>();
        tokens.forEach((mint, a) -> view.put(mint, a.view()));
        return view;
    }

    /** Sum over all token accounts and the unattributed account. */
    public LedgerAccount totals() {
        LedgerAccount sum = unattributed.view();
        for (Account a : tokens.values()) {
            sum = sum.plus(a.view());
        }
        return sum;
    }

    public long totalPending() {
        long sum = unattributed.pending;
        for (Account a : tokens.values()) {
            sum = Math.addExact(sum, a.pending);
        }
        return sum;
    }

    public int rememberedEventIds() {
        return seen.size();
    }

    public long forgottenBeforeSlot() {
        return forgottenBeforeSlot;
    }

    public LedgerState toState() {
        Map<Address, LedgerAccount> accounts = new HashMap<>();
        tokens.forEach((mint, a) -> accounts.put(mint, a.view()));
        List<SeenEvent> ids = new ArrayList<>(seen.size());
        seenBySlot.forEach((slot, list) -> list.forEach(id -> ids.add(new SeenEvent(id, slot))));
        return new LedgerState(accounts, unattributed.view(), ids, forgottenBeforeSlot);
    }

    public static FeeLedger fromState(LedgerState state) {
        FeeLedger ledger = new FeeLedger();
        state.tokens().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> ledger.account(e.getKey()).restore(e.getValue()));
        ledger.unattributed.restore(state.unattributed());
        for (SeenEvent s : state.seen()) {
            ledger.remember(s.id(), s.slot());
        }
        ledger.forgottenBeforeSlot = state.forgottenBeforeSlot();
        return ledger;
    }

    private CreditResult remember(FeeEventId id, long slot) {
        CreditResult result = check(id, slot);
        if (result == CreditResult.APPLIED) {
            seen.add(id);
            seenBySlot.computeIfAbsent(slot, s -> new ArrayList<>(2)).add(id);
        }
        return result;
    }

    private Account account(Address mint) {
        return tokens.computeIfAbsent(mint, m -> new Account());
    }

    private static final class Account {
        long credited;
        long pending;
        long spent;
        long adjustedOut;

        void credit(long lamports) {
            credited = Math.addExact(credited, lamports);
            pending = Math.addExact(pending, lamports);
        }

        void spend(long lamports) {
            pending = Math.subtractExact(pending, lamports);
            spent = Math.addExact(spent, lamports);
        }

        void adjust(long delta) {
            pending = Math.addExact(pending, delta);
            adjustedOut = Math.subtractExact(adjustedOut, delta);
        }

        void restore(LedgerAccount a) {
            if (!a.isConserved()) {
                throw new IllegalStateException("ledger account " + a + " breaks conservation (credited must equal"
                        + " pending + spent + adjustedOut); the saved state is corrupt");
            }
            credited = a.credited();
            pending = a.pending();
            spent = a.spent();
            adjustedOut = a.adjustedOut();
        }

        LedgerAccount view() {
            return new LedgerAccount(credited, pending, spent, adjustedOut);
        }
    }
}
