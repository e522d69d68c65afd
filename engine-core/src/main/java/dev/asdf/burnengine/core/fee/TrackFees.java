package dev.asdf.burnengine.core.fee;

import dev.asdf.burnengine.core.alert.Alert;
import dev.asdf.burnengine.core.alert.AlertKind;
import dev.asdf.burnengine.core.alert.Severity;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.event.DomainEvent;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.port.EventSink;
import dev.asdf.burnengine.core.port.FeeSource;
import dev.asdf.burnengine.core.port.Notifier;
import dev.asdf.burnengine.core.port.TokenDirectory;
import dev.asdf.burnengine.core.state.EngineRecorder;
import dev.asdf.burnengine.core.token.Token;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Use case: pull fee events from the {@link FeeSource} into the ledger. Single-flight (a second caller while a poll
 * runs returns at once, so two polls never credit the same page), journals every credit before the cursor that covers
 * it, and discovers a token the first time one of its fees arrives.
 */
public final class TrackFees {
    private final FeeSource source;
    private final TokenDirectory directory;
    private final EngineRecorder recorder;
    private final EventSink events;
    private final Notifier notifier;
    private final int pageSize;
    private final int maxPagesPerPoll;
    private final AtomicBoolean polling = new AtomicBoolean();

    /**
     * @param pageSize transactions the source may read per page
     * @param maxPagesPerPoll pages one poll may process before returning (a catch-up spans several polls)
     */
    public TrackFees(FeeSource source, TokenDirectory directory, EngineRecorder recorder, EventSink events,
            Notifier notifier, int pageSize, int maxPagesPerPoll) {
        if (pageSize < 1 || maxPagesPerPoll < 1) {
            throw new IllegalArgumentException("pageSize and maxPagesPerPoll must be at least 1, got " + pageSize
                    + " and " + maxPagesPerPoll);
        }
        this.source = source;
        this.directory = directory;
        this.recorder = recorder;
        this.events = events;
        this.notifier = notifier;
        this.pageSize = pageSize;
        this.maxPagesPerPoll = maxPagesPerPoll;
    }

    public PollReport pollOnce() {
        if (!polling.compareAndSet(false, true)) {
            return PollReport.alreadyRunning();
        }
        try {
            return poll();
        } finally {
            polling.set(false);
        }
    }

    public boolean isPolling() {
        return polling.get();
    }

    private PollReport poll() {
        Counts c = new Counts();
        Set<Address> undescribable = new HashSet<>();
        String error = "";
        boolean caughtUp = false;
        try {
            for (int page = 0; page < maxPagesPerPoll && !caughtUp; page++) {
                FeeCursor cursor = recorder.read(m -> m.cursor());
                FeePage fetched = source.fetch(cursor, pageSize);
                c.pages++;
                ingest(fetched, c, undescribable);
                if (!fetched.next().equals(cursor)) {
                    recorder.record(new JournalEntry.FeeCursorAdvanced(fetched.next()));
                }
                caughtUp = fetched.caughtUp();
            }
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        events.publish(new DomainEvent.FeesPolled(recorder.now(), c.credited, c.duplicates, caughtUp, error));
        return new PollReport(false, c.pages, c.credited, c.duplicates, c.stale, c.unattributed, c.rejected, caughtUp, error);
    }

    private void ingest(FeePage page, Counts c, Set<Address> undescribable) {
        for (FeeEvent event : page.events()) {
            registerIfNew(event.mint(), undescribable);
            if (undescribable.contains(event.mint())) {
                reject(new FeeRejection(event.id(), "the fee event of mint " + event.mint() + " pays "
                        + event.amount().value() + " lamports, but the mint is no token of this ecosystem the engine can"
                        + " burn (no curve or pool of the creator, or a mint account of an unknown token program); the"
                        + " fee is not credited to it and is reconciled as unattributed"), c);
                continue;
            }
            CreditResult result = creditOnce(event.id(), event.slot(), new JournalEntry.FeeCredited(event));
            if (result == CreditResult.APPLIED) {
                long pending = recorder.read(m -> m.ledger().pending(event.mint()));
                events.publish(new DomainEvent.FeeCredited(recorder.now(), event, pending));
                c.credited++;
            } else {
                c.count(result);
            }
        }
        for (UnattributedDeposit deposit : page.unattributed()) {
            CreditResult result = creditOnce(deposit.id(), deposit.slot(), new JournalEntry.UnattributedCredited(deposit));
            if (result == CreditResult.APPLIED) {
                events.publish(new DomainEvent.UnattributedCredited(recorder.now(), deposit));
                c.unattributed++;
            } else {
                c.count(result);
            }
        }
        for (FeeRejection rejection : page.rejected()) {
            reject(rejection, c);
        }
    }

    private void reject(FeeRejection rejection, Counts c) {
        c.rejected++;
        events.publish(new DomainEvent.FeeRejected(recorder.now(), rejection));
        notifier.notify(new Alert(AlertKind.FEE_REJECTED, Severity.WARNING, recorder.now(),
                "Fee event rejected", rejection.reason(),
                Map.of("event", rejection.id().toString())));
    }

    private CreditResult creditOnce(FeeEventId id, long slot, JournalEntry credit) {
        return recorder.atomically(m -> {
            CreditResult result = m.ledger().check(id, slot);
            if (result == CreditResult.APPLIED) {
                recorder.record(credit);
            }
            return result;
        });
    }

    private void registerIfNew(Address mint, Set<Address> undescribable) {
        if (undescribable.contains(mint) || recorder.read(m -> m.tokens().contains(mint))) {
            return;
        }
        Optional<Token> token = directory.describe(mint);
        if (token.isEmpty()) {
            undescribable.add(mint);
            return;
        }
        recorder.record(new JournalEntry.TokenRegistered(token.get()));
        events.publish(new DomainEvent.TokenDiscovered(recorder.now(), token.get()));
    }

    private static final class Counts {
        int pages;
        int credited;
        int duplicates;
        int stale;
        int unattributed;
        int rejected;

        void count(CreditResult result) {
            if (result == CreditResult.DUPLICATE) {
                duplicates++;
            } else if (result == CreditResult.STALE) {
                stale++;
            }
        }
    }
}
