package dev.asdf.burnengine.core.port;

import dev.asdf.burnengine.core.journal.JournalEntry;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The append-only, tamper-evident record of everything the engine did. Entries that
 * {@link JournalEntry#requiresImmediateDurability() require it} are durable when {@link #append} returns; others may
 * be grouped and become durable at the next such entry or {@link #flush()}.
 */
public interface Journal {

    /** @return the entry's sequence number (1, 2, 3, ... without gaps) */
    long append(Instant at, JournalEntry entry);

    /** Makes every entry appended so far durable. */
    void flush();

    /** Feeds every entry with a sequence number above {@code seq} to {@code consumer}, in order. */
    void replayAfter(long seq, Consumer<JournalEntry.Journaled> consumer);

    /** The sequence number of the last entry, 0 when empty. */
    long lastSeq();
}
