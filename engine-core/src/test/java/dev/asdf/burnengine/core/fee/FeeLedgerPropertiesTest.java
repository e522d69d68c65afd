package dev.asdf.burnengine.core.fee;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.testkit.TestData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Properties checked over many random operation sequences (each case names its seed to reproduce it). */
class FeeLedgerPropertiesTest {
    private static final int CASES = 500;

    @Test
    @DisplayName("credited = pending + spent + adjustments, per token and in total, after any sequence of operations")
    void conservationHoldsPerAccountAndInTotal() {
        for (int seed = 0; seed < CASES; seed++) {
            FeeLedger ledger = new FeeLedger();
            for (Consumer<FeeLedger> op : randomOperations(seed)) {
                op.accept(ledger);
            }
            for (LedgerAccount account : ledger.tokenAccounts().values()) {
                assertThat(account.isConserved()).as("seed %d: %s", seed, account).isTrue();
            }
            assertThat(ledger.unattributedAccount().isConserved()).as("seed %d", seed).isTrue();
            assertThat(ledger.totals().isConserved()).as("seed %d", seed).isTrue();
        }
    }

    @Test
    @DisplayName("replaying any event sequence twice gives the same ledger as playing it once")
    void replayingTwiceChangesNothing() {
        for (int seed = 0; seed < CASES; seed++) {
            List<Consumer<FeeLedger>> credits = randomCredits(seed);
            FeeLedger once = new FeeLedger();
            credits.forEach(c -> c.accept(once));
            FeeLedger twice = new FeeLedger();
            credits.forEach(c -> c.accept(twice));
            credits.forEach(c -> c.accept(twice));
            assertThat(twice.toState()).as("seed %d", seed).isEqualTo(once.toState());
        }
    }

    @Test
    @DisplayName("a shortfall is shared so that the adjustments sum exactly to it and no account goes negative")
    void shortfallAdjustmentsSumExactly() {
        Reconciler reconciler = new Reconciler(0);
        for (int seed = 0; seed < CASES; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            FeeLedger ledger = new FeeLedger();
            randomCredits(seed).forEach(c -> c.accept(ledger));
            long expected = ledger.totalPending();
            if (expected == 0) {
                continue;
            }
            long observed = r.nextLong(0, expected);
            Reconciliation rec = reconciler.reconcile(ledger, observed, 1, 1);
            long sum = rec.adjustments().stream().mapToLong(Adjustment::delta).sum();
            assertThat(sum).as("seed %d", seed).isEqualTo(observed - expected);
            rec.adjustments().forEach(ledger::adjust);
            assertThat(ledger.totalPending()).as("seed %d", seed).isEqualTo(observed);
            assertThat(ledger.totals().isConserved()).isTrue();
        }
    }

    private static List<Consumer<FeeLedger>> randomCredits(int seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Consumer<FeeLedger>> ops = new ArrayList<>();
        int n = r.nextInt(1, 60);
        for (int i = 0; i < n; i++) {
            long sig = r.nextLong(0, 30);
            int index = r.nextInt(0, 3);
            Address mint = TestData.address(r.nextInt(0, 5));
            long amount = r.nextLong(0, 2_000_000_000L);
            long slot = 100 + sig;
            if (r.nextInt(6) == 0) {
                ops.add(l -> l.credit(new UnattributedDeposit(new FeeEventId(TestData.signature(sig), index),
                        Lamports.of(amount), FeeVault.AMM, slot, Instant.EPOCH, "")));
            } else {
                ops.add(l -> l.credit(new FeeEvent(new FeeEventId(TestData.signature(sig), index), mint,
                        Lamports.of(amount), FeeVault.BONDING_CURVE, slot, Instant.EPOCH)));
            }
        }
        return ops;
    }

    private static List<Consumer<FeeLedger>> randomOperations(int seed) {
        SplittableRandom r = new SplittableRandom(seed + 1_000_000L);
        List<Consumer<FeeLedger>> ops = new ArrayList<>(randomCredits(seed));
        int n = r.nextInt(0, 40);
        for (int i = 0; i < n; i++) {
            Address mint = TestData.address(r.nextInt(0, 5));
            long fraction = r.nextLong(0, 101);
            switch (r.nextInt(3)) {
                case 0 -> ops.add(l -> l.debit(new LedgerDebit(mint, l.pending(mint) * fraction / 100,
                        l.unattributedPending() * fraction / 200)));
                case 1 -> ops.add(l -> {
                    long delta = -(l.pending(mint) * fraction / 100);
                    if (delta != 0) {
                        l.adjust(new Adjustment(LedgerAccountId.token(mint), delta, "shortfall"));
                    }
                });
                default -> ops.add(l -> {
                    if (fraction > 0) {
                        l.adjust(new Adjustment(LedgerAccountId.unattributed(), fraction * 1_000, "surplus"));
                    }
                });
            }
        }
        return ops;
    }
}
