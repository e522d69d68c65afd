package dev.asdf.burnengine.http.api;

import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.core.fee.FeeEvent;
import dev.asdf.burnengine.core.fee.UnattributedDeposit;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.http.feed.FeedContent.Payload;
import java.util.List;

/** The data of each feed message, one record per event type; amounts follow the API's number-or-string rule. */
final class EventJson {
    private EventJson() {}

    /** @param tokenPendingLamports the token's pending fees after this credit (absolute, so applying it twice is harmless) */
    record FeeDetected(String mint, @LamportsJson long amountLamports, @LamportsJson long tokenPendingLamports,
            String signature, int eventIndex, long slot, String vault, long blockTime) {
    }

    record UnattributedFee(@LamportsJson long amountLamports, String signature, String vault, long slot, String reason) {
    }

    record FeeRejected(String eventId, String reason) {
    }

    /** @param error empty when the poll succeeded */
    record FeesPolled(int credited, int duplicates, boolean caughtUp, String error) {
    }

    record TokenDiscovered(String mint, String symbol, String name, boolean isRoot, String market, boolean isToken2022) {
    }

    record TokenPaused(String mint, String reason) {
    }

    record TokenResumed(String mint) {
    }

    /** @param account a mint, or {@code unattributed} */
    record LedgerAdjusted(String account, @LamportsJson long deltaLamports, String reason) {
    }

    record CyclePlanned(String cycleId, String summary, @LamportsJson long feeFundsLamports,
            @LamportsJson long totalAllocationLamports, List<StepJson> steps, List<DecisionJson> decisions) {
    }

    record StepSent(String stepId, String cycleId, String mint, String symbol, String signature, String explorerUrl) {
    }

    record StepResult(String cycleId, StepJson step) {
    }

    record HealthChanged(String component, boolean healthy, String detail) {
    }

    static Payload of(DomainEvent event, Explorer explorer) {
        if (event instanceof DomainEvent.FeeCredited e) {
            FeeEvent f = e.event();
            return new Payload(FeedType.FEE_DETECTED.wire(), new FeeDetected(f.mint().toString(), f.amount().value(),
                    e.tokenPending(), f.id().signature().toString(), f.id().index(), f.slot(), f.vault().name(),
                    Times.millis(f.blockTime())));
        }
        if (event instanceof DomainEvent.UnattributedCredited e) {
            UnattributedDeposit d = e.deposit();
            return new Payload(FeedType.UNATTRIBUTED_FEE.wire(), new UnattributedFee(d.amount().value(),
                    d.id().signature().toString(), d.vault().name(), d.slot(), d.reason()));
        }
        if (event instanceof DomainEvent.FeeRejected e) {
            return new Payload(FeedType.FEE_REJECTED.wire(),
                    new FeeRejected(e.rejection().id().toString(), e.rejection().reason()));
        }
        if (event instanceof DomainEvent.FeesPolled e) {
            return new Payload(FeedType.FEES_POLLED.wire(),
                    new FeesPolled(e.credited(), e.duplicates(), e.caughtUp(), e.error()));
        }
        if (event instanceof DomainEvent.TokenDiscovered e) {
            Token t = e.token();
            return new Payload(FeedType.TOKEN_DISCOVERED.wire(), new TokenDiscovered(t.mint().toString(), t.symbol(),
                    t.name(), t.isRoot(), t.market().name(), t.program() == TokenProgram.TOKEN_2022));
        }
        if (event instanceof DomainEvent.TokenPaused e) {
            return new Payload(FeedType.TOKEN_PAUSED.wire(), new TokenPaused(e.mint().toString(), e.reason()));
        }
        if (event instanceof DomainEvent.TokenResumed e) {
            return new Payload(FeedType.TOKEN_RESUMED.wire(), new TokenResumed(e.mint().toString()));
        }
        if (event instanceof DomainEvent.LedgerAdjusted e) {
            return new Payload(FeedType.LEDGER_ADJUSTED.wire(), new LedgerAdjusted(
                    ReconciliationJson.accountName(e.adjustment().account()), e.adjustment().delta(),
                    e.adjustment().reason()));
        }
        if (event instanceof DomainEvent.CyclePlanned e) {
            return new Payload(FeedType.CYCLE_PLANNED.wire(), new CyclePlanned(e.plan().id().value(),
                    e.plan().summary(), e.plan().feeFunds().value(), e.plan().totalAllocation().value(),
                    e.plan().steps().stream().map(StepJson::planned).toList(),
                    e.plan().decisions().stream().map(DecisionJson::of).toList()));
        }
        if (event instanceof DomainEvent.StepSent e) {
            String sig = e.signature().toString();
            return new Payload(FeedType.STEP_SENT.wire(), new StepSent(e.step().id().toString(),
                    e.step().id().cycle().value(), e.step().token().mint().toString(), e.step().token().symbol(), sig,
                    explorer.tx(sig)));
        }
        if (event instanceof DomainEvent.StepConfirmed e) {
            return new Payload(FeedType.STEP_CONFIRMED.wire(), new StepResult(e.step().id().cycle().value(),
                    StepJson.of(e.step(), e.outcome(), explorer)));
        }
        if (event instanceof DomainEvent.StepFailed e) {
            return new Payload(FeedType.STEP_FAILED.wire(), new StepResult(e.step().id().cycle().value(),
                    StepJson.of(e.step(), e.outcome(), explorer)));
        }
        if (event instanceof DomainEvent.CycleFinished e) {
            return new Payload(FeedType.CYCLE_FINISHED.wire(), CycleReportJson.of(e.report(), explorer));
        }
        if (event instanceof DomainEvent.DeadLettered e) {
            return new Payload(FeedType.DEAD_LETTERED.wire(), DeadLetterJson.of(e.entry()));
        }
        DomainEvent.HealthChanged e = (DomainEvent.HealthChanged) event;
        return new Payload(FeedType.HEALTH_CHANGED.wire(), new HealthChanged(e.component(), e.healthy(), e.detail()));
    }
}
