package dev.asdf.burnengine.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.port.Journal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link Journal} must do. Subclass it with the store under test. */
public abstract class JournalContract {

    /** A fresh, empty journal. */
    protected abstract Journal newJournal() throws Exception;

    /** The same journal as a new process would open it (the in-memory journal returns itself). */
    protected abstract Journal reopen(Journal journal) throws Exception;

    @Test
    void anEmptyJournalEndsAtZero() throws Exception {
        assertThat(newJournal().lastSeq()).isZero();
    }

    @Test
    void appendsAreNumberedOneTwoThreeWithoutGaps() throws Exception {
        Journal journal = newJournal();
        List<Long> seqs = new ArrayList<>();
        for (JournalEntry e : Samples.everyEntryType().subList(0, 3)) {
            seqs.add(journal.append(Samples.T0, e));
        }
        assertThat(seqs).containsExactly(1L, 2L, 3L);
        assertThat(journal.lastSeq()).isEqualTo(3);
    }

    @Test
    void everyEntryTypeComesBackEqualAfterReopening() throws Exception {
        Journal journal = newJournal();
        List<JournalEntry> written = Samples.everyEntryType();
        Instant at = Samples.T0;
        for (JournalEntry e : written) {
            journal.append(at, e);
            at = at.plusMillis(1);
        }
        journal.flush();
        Journal reopened = reopen(journal);
        List<JournalEntry.Journaled> read = new ArrayList<>();
        reopened.replayAfter(0, read::add);
        assertThat(read).extracting(JournalEntry.Journaled::entry).containsExactlyElementsOf(written);
        assertThat(read).extracting(JournalEntry.Journaled::seq).first().isEqualTo(1L);
        assertThat(read.get(read.size() - 1).at()).isEqualTo(Samples.T0.plusMillis(written.size() - 1));
    }

    @Test
    void replayAfterSkipsWhatTheSnapshotAlreadyHolds() throws Exception {
        Journal journal = newJournal();
        for (JournalEntry e : Samples.everyEntryType().subList(0, 5)) {
            journal.append(Samples.T0, e);
        }
        List<Long> seqs = new ArrayList<>();
        journal.replayAfter(3, j -> seqs.add(j.seq()));
        assertThat(seqs).containsExactly(4L, 5L);
    }

    @Test
    void appendingContinuesAfterReopening() throws Exception {
        Journal journal = newJournal();
        journal.append(Samples.T0, new JournalEntry.EngineStarted("a", "1", 1));
        journal.flush();
        Journal reopened = reopen(journal);
        long seq = reopened.append(Samples.T0, new JournalEntry.EngineStopped("b"));
        assertThat(seq).isEqualTo(2);
        assertThat(reopened.lastSeq()).isEqualTo(2);
    }
}
