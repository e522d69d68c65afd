package dev.asdf.burnengine.core.fee;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
    private static final Token A = TestData.secondary(1, "A");
    private static final Token B = TestData.secondary(2, "B");

    private static FeeLedger ledgerWith(long a, long b) {
        FeeLedger ledger = new FeeLedger();
        ledger.credit(TestData.fee(1, 0, A, a, 10));
        ledger.credit(TestData.fee(2, 0, B, b, 10));
        return ledger;
    }

    @Test
    void agreesWhenTheChainHoldsWhatTheLedgerClaims() {
        Reconciliation r = new Reconciler(0).reconcile(ledgerWith(100, 200), 300, 10, 10);
        assertThat(r.status()).isEqualTo(Reconciliation.Status.IN_SYNC);
        assertThat(r.adjustments()).isEmpty();
    }

    @Test
    void sharesAShortfallProRataInsteadOfWipingTheLedger() {
        Reconciliation r = new Reconciler(0).reconcile(ledgerWith(10_000_000, 20_000_000), 15_000_000, 10, 10);
        assertThat(r.status()).isEqualTo(Reconciliation.Status.SHORTFALL);
        assertThat(r.adjustments()).containsExactlyInAnyOrder(
                new Adjustment(LedgerAccountId.token(A.mint()), -5_000_000, r.explanation()),
                new Adjustment(LedgerAccountId.token(B.mint()), -10_000_000, r.explanation()));
    }

    @Test
    void giveTheRoundingLamportToTheLargestRemainder() {
        Reconciliation r = new Reconciler(0).reconcile(ledgerWith(1, 2), 2, 10, 10);
        assertThat(r.adjustments().stream().mapToLong(Adjustment::delta).sum()).isEqualTo(-1);
        assertThat(r.adjustments()).singleElement().extracting(Adjustment::account).isEqualTo(LedgerAccountId.token(B.mint()));
    }

    @Test
    void turnsASurplusIntoUnattributedFunds() {
        Reconciliation r = new Reconciler(0).reconcile(ledgerWith(100, 200), 1_300, 10, 10);
        assertThat(r.status()).isEqualTo(Reconciliation.Status.SURPLUS);
        assertThat(r.adjustments()).singleElement()
                .isEqualTo(new Adjustment(LedgerAccountId.unattributed(), 1_000, r.explanation()));
    }

    @Test
    void toleratesSmallDifferences() {
        Reconciliation r = new Reconciler(10).reconcile(ledgerWith(100, 200), 290, 10, 10);
        assertThat(r.status()).isEqualTo(Reconciliation.Status.IN_SYNC);
    }

    @Test
    void refusesToCompareBeforeTheFeeSourceHasCaughtUp() {
        Reconciliation r = new Reconciler(0).reconcile(ledgerWith(100, 200), 1_000, 50, 49);
        assertThat(r.status()).isEqualTo(Reconciliation.Status.NOT_COMPARABLE);
        assertThat(r.adjustments()).isEmpty();
        assertThat(r.explanation()).contains("slot 49").contains("slot 50");
    }
}
