package dev.asdf.burnengine.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.alert.AlertKind;
import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.core.fee.FeeCursor;
import dev.asdf.burnengine.core.fee.FeePage;
import dev.asdf.burnengine.core.fee.PollReport;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.port.FeeSource;
import dev.asdf.burnengine.core.testkit.EngineHarness;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TrackFeesTest {
    private static final Token ROOT = TestData.root(100, "ROOT");
    private static final Token A = TestData.secondary(1, "A");
    private static final Token B = TestData.secondary(2, "B");

    @Test
    void creditsEveryFeeToItsTokenOnce() {
        EngineHarness h = new EngineHarness().withTokens(ROOT, A, B);
        BurnEngine engine = h.start();
        h.chain.trade(A, 1_000);
        h.chain.tradeBoth(A, 200, B, 300);
        h.chain.trade(ROOT, 50);
        PollReport report = engine.trackFees();
        assertThat(report.credited()).isEqualTo(4);
        assertThat(engine.view().token(A.mint()).orElseThrow().fees().pending()).isEqualTo(1_200);
        assertThat(engine.view().token(B.mint()).orElseThrow().fees().pending()).isEqualTo(300);
        assertThat(engine.view().totals().credited()).isEqualTo(h.chain.totalFeesPaid());
    }

    @Test
    void readsEveryPageUntilCaughtUp() {
        EngineHarness h = new EngineHarness().withTokens(ROOT, A).withSettings(
                new EngineSettings("test-ecosystem", dev.asdf.burnengine.core.cycle.CycleSettings.defaults(),
                        dev.asdf.burnengine.core.deadletter.DeadLetterPolicy.defaults(), 7, 100, 100, 10));
        BurnEngine engine = h.start();
        for (int i = 0; i < 120; i++) {
            h.chain.trade(A, 10);
        }
        PollReport report = engine.trackFees();
        assertThat(report.pages()).isEqualTo(18);
        assertThat(report.caughtUp()).isTrue();
        assertThat(engine.view().token(A.mint()).orElseThrow().fees().pending()).isEqualTo(1_200);
    }

    @Test
    void theCursorIsJournaledAfterTheCreditsItCovers() {
        EngineHarness h = new EngineHarness().withTokens(ROOT, A);
        BurnEngine engine = h.start();
        h.chain.trade(A, 10);
        engine.trackFees();
        List<JournalEntry> entries = h.journal.entries().stream().map(JournalEntry.Journaled::entry).toList();
        int credit = indexOf(entries, JournalEntry.FeeCredited.class);
        int cursor = indexOf(entries, JournalEntry.FeeCursorAdvanced.class);
        assertThat(credit).isNotNegative().isLessThan(cursor);
    }

    @Test
    void unattributedDepositsAreCreditedApart() {
        EngineHarness h = new EngineHarness().withTokens(ROOT, A);
        BurnEngine engine = h.start();
        h.chain.donate(777);
        engine.trackFees();
        assertThat(engine.view().unattributed().pending()).isEqualTo(777);
        assertThat(engine.view().token(A.mint()).orElseThrow().fees().pending()).isZero();
    }

    @Test
    void aTokenSeenFirstInAFeeEventIsDiscovered() {
        Token late = TestData.secondary(9, "LATE");
        EngineHarness h = new EngineHarness().withTokens(ROOT);
        h.chain.withUndisclosedToken(late);
        BurnEngine engine = h.start();
        h.chain.trade(late, 42);
        engine.trackFees();
        assertThat(engine.view().token(late.mint())).isPresent();
        assertThat(h.events.eventsOf(DomainEvent.TokenDiscovered.class)).extracting(e -> e.token().mint())
                .contains(late.mint());
    }

    @Test
    void aRejectedEventIsAlertedAndNeverCredited() {
        EngineHarness h = new EngineHarness().withTokens(ROOT, A);
        BurnEngine engine = h.start();
        h.chain.rejectOne("fee 5 SOL far above the vault delta 0.01 SOL");
        PollReport report = engine.trackFees();
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(engine.view().totals().credited()).isZero();
        assertThat(h.alerts.alertsOf(AlertKind.FEE_REJECTED)).singleElement()
                .satisfies(a -> assertThat(a.message()).contains("far above the vault delta"));
    }

    @Test
    void aFeeOfAMintThatIsNoTokenOfTheEcosystemIsRejectedAlertedAndNeverCredited() {
        Token unknown = TestData.secondary(13, "UNKNOWN");
        EngineHarness h = new EngineHarness().withTokens(ROOT, A);
        BurnEngine engine = h.start();
        h.chain.trade(unknown, 4_000);
        h.chain.trade(A, 10);

        PollReport report = engine.trackFees();

        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.credited()).isEqualTo(1);
        assertThat(engine.view().token(unknown.mint())).isEmpty();
        assertThat(engine.view().totals().credited()).isEqualTo(10);
        assertThat(h.alerts.alertsOf(AlertKind.FEE_REJECTED)).singleElement()
                .satisfies(a -> assertThat(a.message()).contains(unknown.mint().toString(), "not credited"));
    }

    @Test
    void aFailingSourceStopsThePollWithoutLosingTheCursor() {
        EngineHarness h = new EngineHarness().withTokens(ROOT, A);
        BurnEngine engine = h.start();
        h.chain.trade(A, 10);
        h.chain.setUnreachable(true);
        PollReport failed = engine.trackFees();
        assertThat(failed.failed()).isTrue();
        h.chain.setUnreachable(false);
        engine.trackFees();
        assertThat(engine.view().token(A.mint()).orElseThrow().fees().pending()).isEqualTo(10);
    }

    @Test
    void twoPollsNeverRunAtOnce() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FeeSource slow = new FeeSource() {
            @Override
            public FeePage fetch(FeeCursor cursor, int max) {
                inside.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return FeePage.empty(cursor);
            }
        };
        EngineHarness h = new EngineHarness().withTokens(ROOT);
        BurnEngine engine = BurnEngine.builder().feeSource(slow).chainState(h.chain).cycleExecutor(h.chain)
                .tokenDirectory(h.chain).stateStore(h.store).journal(h.journal).runLock(h.lock).clock(h.clock)
                .settings(EngineSettings.defaults("test-ecosystem")).build();
        engine.start("test");
        Thread first = new Thread(engine::trackFees);
        first.start();
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        PollReport second = engine.trackFees();
        release.countDown();
        first.join(5_000);
        assertThat(second.skipped()).isTrue();
    }

    private static int indexOf(List<JournalEntry> entries, Class<?> type) {
        for (int i = 0; i < entries.size(); i++) {
            if (type.isInstance(entries.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
