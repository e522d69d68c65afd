package dev.asdf.burnengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.testkit.Samples;
import dev.asdf.burnengine.persistence.FilePersistence;
import dev.asdf.burnengine.persistence.PersistenceSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class JournalVerifyCommandTest {
    @TempDir
    Path stateDir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new CliMain());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private void writeJournal(int entries) {
        try (FilePersistence files = FilePersistence.open(stateDir, PersistenceSettings.defaults(), Clock.systemUTC(),
                new SimpleMeterRegistry())) {
            for (int i = 0; i < entries; i++) {
                files.journal().append(Samples.T0, new JournalEntry.EngineStopped("run " + i));
            }
        }
    }

    @Test
    void anIntactJournalExitsZeroAndSaysHowManyEntries() {
        writeJournal(4);
        assertThat(run("journal", "verify", "--state-dir", stateDir.toString())).isZero();
        assertThat(out.toString()).startsWith("journal intact: 4 entries in 1 file(s)");
    }

    @Test
    void aBrokenJournalExitsSevenWithTheFileAndLine() throws Exception {
        writeJournal(4);
        Path file = stateDir.resolve("journal/journal-000001.jsonl");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(2, lines.get(2).replace("run 2", "run X"));
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        assertThat(run("journal", "verify", "--state-dir", stateDir.toString())).isEqualTo(7);
        assertThat(err.toString()).contains("journal BROKEN").contains("journal-000001.jsonl line 3");
    }

    @Test
    void jsonOutputCarriesTheSameFacts() {
        writeJournal(2);
        assertThat(run("journal", "verify", "--state-dir", stateDir.toString(), "--json")).isZero();
        assertThat(out.toString()).contains("\"intact\" : true").contains("\"entries\" : 2");
    }
}
