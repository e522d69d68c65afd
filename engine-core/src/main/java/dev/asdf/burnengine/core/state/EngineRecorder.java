package dev.asdf.burnengine.core.state;

import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.port.Journal;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * The single way the running engine changes its state: journal the entry, then apply it to the model, under the
 * model's monitor. Reads take the same monitor, so nobody sees a state the journal does not explain.
 */
public final class EngineRecorder {
    private final EngineModel model;
    private final Journal journal;
    private final Clock clock;

    public EngineRecorder(EngineModel model, Journal journal, Clock clock) {
        this.model = model;
        this.journal = journal;
        this.clock = clock;
    }

    /** Journals {@code entry} and applies it; returns the time it was recorded at. */
    public Instant record(JournalEntry entry) {
        synchronized (model) {
            Instant at = clock.instant();
            long seq = journal.append(at, entry);
            model.apply(new JournalEntry.Journaled(seq, at, entry));
            return at;
        }
    }

    /**
     * Runs {@code work} under the model's monitor; it may inspect the model and call {@link #record}, so a decision and
     * the change it leads to see the same state.
     */
    public <T> T atomically(Function<EngineModel, T> work) {
        synchronized (model) {
            return work.apply(model);
        }
    }

    /** Runs a read (or a decision that must see a consistent state) under the model's monitor. */
    public <T> T read(Function<EngineModel, T> query) {
        synchronized (model) {
            return query.apply(model);
        }
    }

    public Instant now() {
        return clock.instant();
    }

    public Clock clock() {
        return clock;
    }

    public Journal journal() {
        return journal;
    }
}
