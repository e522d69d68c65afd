package dev.asdf.burnengine.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeeLedgerTest {
    private static final Token A = TestData.secondary(1, "A");
    private static final Token B = TestData.secondary(2, "B");

    @Test
    void creditsAFeeToTheTokenThatEarnedIt() {
        FeeLedger ledger = new FeeLedger();
        assertThat(ledger.credit(TestData.fee(1, 0, A, 500, 10))).isEqualTo(CreditResult.APPLIED);
        assertThat(ledger.tokenAccount(A.mint())).isEqualTo(new LedgerAccount(500, 500, 0, 0));
        assertThat(ledger.pending(B.mint())).isZero();
    }

    @Test
    void aReplayedEventIsANoOp() {
        FeeLedger ledger = new FeeLedger();
        ledger.credit(TestData.fee(1, 0, A, 500, 10));
        assertThat(ledger.credit(TestData.fee(1, 0, A, 500, 10))).isEqualTo(CreditResult.DUPLICATE);
        assertThat(ledger.pending(A.mint())).isEqualTo(500);
    }

    @Test
    void twoEventsOfOneTransactionAreCreditedToTheirOwnTokens() {
        FeeLedger ledger = new FeeLedger();
        ledger.credit(TestData.fee(1, 0, A, 300, 10));
        ledger.credit(TestData.fee(1, 1, B, 200, 10));
        assertThat(ledger.pending(A.mint())).isEqualTo(300);
        assertThat(ledger.pending(B.mint())).isEqualTo(200);
    }

    @Test
    void unattributedDepositsAreKeptApartFromEveryToken() {
        FeeLedger ledger = new FeeLedger();
        ledger.credit(new UnattributedDeposit(new FeeEventId(TestData.signature(9), 0), Lamports.of(70), FeeVault.BONDING_CURVE,
                10, Instant.EPOCH, "donation"));
        assertThat(ledger.unattributedPending()).isEqualTo(70);
        assertThat(ledger.tokenAccounts()).isEmpty();
        assertThat(ledger.totalPending()).isEqualTo(70);
    }

    @Test
    void aDebitMovesPendingToSpent() {
        FeeLedger ledger = new FeeLedger();
        ledger.credit(TestData.fee(1, 0, A, 500, 10));
        ledger.debit(new LedgerDebit(A.mint(), 200, 0));
        assertThat(ledger.tokenAccount(A.mint())).isEqualTo(new LedgerAccount(500, 300, 200, 0));
    }

    @Test
    void aDebitBeyondPendingIsRefusedAsABug() {
        FeeLedger ledger = new FeeLedger();
        ledger.credit(TestData.fee(1, 0, A, 500, 10));
        assertThatThrownBy(() -> ledger.debit(new LedgerDebit(A.mint(), 501, 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exceeds pending");
        assertThat(ledger.pending(A.mint())).isEqualTo(500);
    }

    @Test
    void anAdjustmentChangesPendingAndIsCountedForConservation() {
        FeeLedger ledger = new FeeLedger();
        ledger.credit(TestData.fee(1, 0, A, 500, 10));
        ledger.adjust(new Adjustment(LedgerAccountId.token(A.mint()), -120, "shortfall"));
        LedgerAccount account = ledger.tokenAccount(A.mint());
        assertThat(account).isEqualTo(new LedgerAccount(500, 380, 0, 120));
        assertThat(account.isConserved()).isTrue();
    }

    @Test
    void anAdjustmentCannotDrivePendingNegative() {
        FeeLedger ledger = new FeeLedger();
        assertThatThrownBy(() -> ledger.adjust(new Adjustment(LedgerAccountId.token(A.mint()), -1, "x")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void forgottenIdsAreRefusedAsStaleSoAReplayCannotSlipThrough() {
        FeeLedger ledger = new FeeLedger();
        ledger.credit(TestData.fee(1, 0, A, 500, 10));
        ledger.credit(TestData.fee(2, 0, A, 500, 20));
        ledger.forgetEventIdsBefore(15);
        assertThat(ledger.rememberedEventIds()).isEqualTo(1);
        assertThat(ledger.credit(TestData.fee(1, 0, A, 500, 10))).isEqualTo(CreditResult.STALE);
        assertThat(ledger.credit(TestData.fee(2, 0, A, 500, 20))).isEqualTo(CreditResult.DUPLICATE);
        assertThat(ledger.pending(A.mint())).isEqualTo(1_000);
    }

    @Test
    void itsStateRestoresAnIdenticalLedger() {
        FeeLedger ledger = new FeeLedger();
        ledger.credit(TestData.fee(1, 0, A, 500, 10));
        ledger.credit(TestData.fee(1, 1, B, 700, 10));
        ledger.debit(new LedgerDebit(B.mint(), 100, 0));
        ledger.forgetEventIdsBefore(5);
        FeeLedger restored = FeeLedger.fromState(ledger.toState());
        assertThat(restored.toState()).isEqualTo(ledger.toState());
        assertThat(restored.credit(TestData.fee(1, 1, B, 700, 10))).isEqualTo(CreditResult.DUPLICATE);
    }

    @Test
    void refusesToRestoreAnAccountThatBreaksConservation() {
        LedgerState corrupt = new LedgerState(java.util.Map.of(A.mint(), new LedgerAccount(100, 90, 0, 0)),
                LedgerAccount.EMPTY, java.util.List.of(), 0);
        assertThatThrownBy(() -> FeeLedger.fromState(corrupt)).hasMessageContaining("breaks conservation");
    }
}
