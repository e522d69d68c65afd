package dev.asdf.burnengine.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The result of checking a journal's whole chain without changing anything.
 *
 * @param entries entries verified
 * @param files journal files read
 * @param problem empty when the chain is intact; otherwise the file, the line and what is wrong
 * @param tornTail empty, or a note about an incomplete last line (normal while an engine is writing; cut off at the
 *                 next start)
 */
public record JournalVerification(Path directory, long entries, int files, String lastHash, String problem, String tornTail) {

    public boolean intact() {
        return problem.isEmpty();
    }

    /**
     * Checks the journal of a state directory. Read-only: safe while the engine runs.
     */
    public static JournalVerification of(Path stateDirectory) {
        Path journal = stateDirectory.toAbsolutePath().normalize().resolve(StateDirectory.JOURNAL);
        if (!Files.isDirectory(journal)) {
            return new JournalVerification(journal, 0, 0, JournalLine.GENESIS,
                    "no journal directory at " + journal + " (is --state-dir right?)", "");
        }
        try {
            JournalScan.Result scan = JournalScan.scan(journal);
            String torn = Optional.ofNullable(scan.torn())
                    .map(t -> t.file() + " ends with " + t.detail() + "; it is cut off at the next start")
                    .orElse("");
            return new JournalVerification(journal, scan.lastSeq(), scan.files().size(), scan.lastHash(), "", torn);
        } catch (JournalCorruptException | StateDirectoryException e) {
            return new JournalVerification(journal, 0, 0, "", e.getMessage(), "");
        }
    }
}
