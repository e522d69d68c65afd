package dev.asdf.burnengine.core.cycle;

import dev.asdf.burnengine.core.fee.LedgerDebit;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.token.Token;
import java.util.Objects;

/**
 * One transaction of a cycle: buy back one token and burn it. The first step of a cycle also collects the creator
 * vaults into the authority ({@link #collects()}); the others buy from the authority's balance, because the program
 * allows one collection per interval.
 */
public sealed interface CycleStep permits CycleStep.RootBuyback, CycleStep.SecondaryBuyback {

    StepId id();

    Token token();

    boolean collects();

    /** Lamports this step may move out of the authority. */
    Lamports allocation();

    /**
     * What a confirmed step takes off the ledger, given what it really spent and what is pending now. Never more than
     * is pending, so a step that spent more than planned leaves the excess for reconciliation to find.
     */
    LedgerDebit debitFor(Lamports spent, long pendingNow, long unattributedPendingNow);

    /**
     * The root's buy-back: 100 % burn, funded by the root treasury (swept by its collect), the root's own pending fees
     * and the unattributed account.
     */
    record RootBuyback(StepId id, Token token, boolean collects, Lamports fromTreasury, Lamports fromPending,
            Lamports fromUnattributed) implements CycleStep {

        public RootBuyback {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(token, "token");
            if (!token.isRoot()) {
                throw new IllegalArgumentException("a root buy-back needs the root token, got " + token.label());
            }
        }

        @Override
        public Lamports allocation() {
            return fromTreasury.plus(fromPending).plus(fromUnattributed);
        }

        /** The treasury is spent first: it is not ledger money, so the ledger never claims lamports that left. */
        @Override
        public LedgerDebit debitFor(Lamports spent, long pendingNow, long unattributedPendingNow) {
            long fromLedger = Math.max(0, spent.value() - fromTreasury.value());
            long pending = Math.min(fromLedger, pendingNow);
            long unattributed = Math.min(fromLedger - pending, unattributedPendingNow);
            return new LedgerDebit(token.mint(), pending, unattributed);
        }
    }

    /** A secondary's buy-back: its allocation split between the root treasury, the dev wallet and its own burn. */
    record SecondaryBuyback(StepId id, Token token, boolean collects, SecondarySplit split) implements CycleStep {
        public SecondaryBuyback {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(split, "split");
            if (token.isRoot()) {
                throw new IllegalArgumentException("a secondary buy-back cannot be planned for the root " + token.label());
            }
        }

        @Override
        public Lamports allocation() {
            return split.allocation();
        }

        @Override
        public LedgerDebit debitFor(Lamports spent, long pendingNow, long unattributedPendingNow) {
            return new LedgerDebit(token.mint(), Math.min(spent.value(), pendingNow), 0);
        }
    }
}
