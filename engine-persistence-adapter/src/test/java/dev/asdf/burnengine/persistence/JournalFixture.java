package dev.asdf.burnengine.persistence;

import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.testkit.Samples;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Builds journals on disk for tests and edits their files the way a crash or an attacker would. */
final class JournalFixture {
    final Path dir;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    long maxFileBytes = 1 << 20;

    JournalFixture(Path dir) {
        this.dir = dir;
    }

    FileJournal open() {
        return new FileJournal(dir, maxFileBytes, Duration.ofMillis(20), Clock.systemUTC(), meters);
    }

    /** A closed journal with {@code n} entries cycling through every entry type. */
    void write(int n) {
        FileJournal journal = open();
        List<JournalEntry> samples = Samples.everyEntryType();
        for (int i = 0; i < n; i++) {
            journal.append(Samples.T0.plusSeconds(i), samples.get(i % samples.size()));
        }
        journal.close();
    }

    List<JournalEntry.Journaled> readAll() {
        FileJournal journal = open();
        List<JournalEntry.Journaled> all = new ArrayList<>();
        journal.replayAfter(0, all::add);
        journal.close();
        return all;
    }

    Path file(int number) {
        return JournalFiles.file(dir, number);
    }

    List<String> lines(int fileNumber) throws IOException {
        return Files.readAllLines(file(fileNumber), StandardCharsets.UTF_8);
    }

    void rewrite(int fileNumber, List<String> lines) throws IOException {
        Files.writeString(file(fileNumber), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    void appendRaw(int fileNumber, byte[] bytes) throws IOException {
        Files.write(file(fileNumber), bytes, StandardOpenOption.APPEND);
    }
}
