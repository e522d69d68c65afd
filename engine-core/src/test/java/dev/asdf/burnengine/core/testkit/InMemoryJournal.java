package dev.asdf.burnengine.core.testkit;

import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.port.Journal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A journal in a list; tracks which entries would be durable so tests can check the journal-before-send rule. */
public final class InMemoryJournal implements Journal {
    private final List<JournalEntry.Journaled> entries = new ArrayList<>();
    private long durableUpTo;

    @Override
    public synchronized long append(Instant at, JournalEntry entry) {
        long seq = entries.size() + 1L;
        entries.add(new JournalEntry.Journaled(seq, at, entry));
        if (entry.requiresImmediateDurability()) {
            durableUpTo = seq;
        }
        return seq;
    }

    @Override
    public synchronized void flush() {
        durableUpTo = entries.size();
    }

    @Override
    public synchronized void replayAfter(long seq, Consumer<JournalEntry.Journaled> consumer) {
        for (JournalEntry.Journaled j : List.copyOf(entries)) {
            if (j.seq() > seq) {
                consumer.accept(j);
            }
        }
    }

    @Override
    public synchronized long lastSeq() {
        return entries.size();
    }

    public synchronized List<JournalEntry.Journaled> entries() {
        return List.copyOf(entries);
    }

    public synchronized <T extends JournalEntry> List<T> entriesOf(Class<T> type) {
        return entries.stream().map(JournalEntry.Journaled::entry).filter(type::isInstance).map(type::cast).toList();
    }

    /** Whether entry {@code seq} would have survived a crash right now. */
    public synchronized boolean isDurable(long seq) {
        return seq <= durableUpTo;
    }

    /** Drops every entry after {@code seq}, as a crash before they reached the disk would. */
    public synchronized void truncateAfter(long seq) {
        while (entries.size() > seq) {
            entries.remove(entries.size() - 1);
        }
        durableUpTo = Math.min(durableUpTo, seq);
    }
}
