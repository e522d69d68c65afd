package dev.asdf.burnengine.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.testkit.Samples;
import dev.asdf.burnengine.core.testkit.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileJournalTest {
    @TempDir
    Path dir;
    JournalFixture fx;

    @BeforeEach
    void fixture() {
        fx = new JournalFixture(dir);
    }

    @Test
    void eachLineLinksToThePreviousLinesHashStartingFromGenesis() throws Exception {
        fx.write(3);
        List<String> lines = fx.lines(1);
        JsonNode first = EngineJson.MAPPER.readTree(lines.get(0));
        JsonNode second = EngineJson.MAPPER.readTree(lines.get(1));
        assertThat(first.get("prevHash").asText()).isEqualTo("0".repeat(64));
        assertThat(second.get("prevHash").asText()).isEqualTo(first.get("hash").asText());
        assertThat(first.fieldNames()).toIterable().containsExactly("seq", "at", "type", "prevHash", "payload", "hash");
    }

    @Test
    void interruptsArrivingDuringAppendsNeitherCloseTheJournalNorGetLost() throws Exception {
        FileJournal journal = fx.open();
        int entries = 2_000;
        int[] interruptsSeen = {0};
        Thread writer = new Thread(() -> {
            for (int i = 0; i < entries; i++) {
                journal.append(Samples.T0, new JournalEntry.StepIntent(Samples.rootStep(), Samples.transaction(1)));
                if (Thread.interrupted()) {
                    interruptsSeen[0]++;
                }
            }
        });
        writer.start();
        for (int i = 0; i < 100 && writer.isAlive(); i++) {
            writer.interrupt();
            Thread.sleep(2);
        }
        writer.join();
        journal.close();

        assertThat(interruptsSeen[0]).as("every interrupt reaches the caller after the append").isPositive();
        assertThat(fx.readAll()).hasSize(entries);
    }

    @Test
    void anIntentIsFsyncedBeforeAppendReturnsAndAFeeCreditWaitsForTheGroupCommit() throws Exception {
        FileJournal journal = fx.open();
        journal.append(Samples.T0, new JournalEntry.FeeCredited(TestData.fee(1, 0, Samples.ROOT, 5, 9)));
        double fsyncsAfterCredit = fx.meters.get("burn_engine_journal_fsync_seconds").timer().count();
        journal.append(Samples.T0, new JournalEntry.StepIntent(Samples.rootStep(), Samples.transaction(1)));
        double fsyncsAfterIntent = fx.meters.get("burn_engine_journal_fsync_seconds").timer().count();
        journal.close();
        assertThat(fsyncsAfterCredit).isZero();
        assertThat(fsyncsAfterIntent).isEqualTo(1);
        assertThat(fx.meters.get("burn_engine_journal_append_seconds").tag("durable", "true").timer().count()).isEqualTo(1);
    }

    @Test
    void theGroupCommitMakesCreditsDurableWithinItsInterval() throws Exception {
        FileJournal journal = fx.open();
        journal.append(Samples.T0, new JournalEntry.FeeCredited(TestData.fee(1, 0, Samples.ROOT, 5, 9)));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (fx.meters.get("burn_engine_journal_fsync_seconds").timer().count() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        journal.close();
        assertThat(fx.meters.get("burn_engine_journal_fsync_seconds").timer().count()).isPositive();
    }

    @Test
    void rotatesBySizeAndTheChainContinuesAcrossFiles() throws Exception {
        fx.maxFileBytes = 4096;
        fx.write(80);
        assertThat(Files.exists(fx.file(3))).isTrue();
        JsonNode lastOfFirst = EngineJson.MAPPER.readTree(fx.lines(1).get(fx.lines(1).size() - 1));
        JsonNode firstOfSecond = EngineJson.MAPPER.readTree(fx.lines(2).get(0));
        assertThat(firstOfSecond.get("prevHash").asText()).isEqualTo(lastOfFirst.get("hash").asText());
        assertThat(fx.readAll()).extracting(JournalEntry.Journaled::seq).hasSize(80).last().isEqualTo(80L);
    }

    @Test
    void aTornLastLineIsCutOffAndTheRepairIsJournaled() throws Exception {
        fx.write(5);
        byte[] torn = "{\"seq\":6,\"at\":\"2026-11-28T10:00:00Z\",\"ty".getBytes(StandardCharsets.UTF_8);
        fx.appendRaw(1, torn);
        FileJournal journal = fx.open();
        assertThat(journal.lastSeq()).isEqualTo(6);
        journal.close();
        List<JournalEntry.Journaled> all = fx.readAll();
        assertThat(all).hasSize(6);
        assertThat(all.get(5).entry()).isInstanceOfSatisfying(JournalEntry.JournalRepaired.class, r -> {
            assertThat(r.file()).isEqualTo("journal-000001.jsonl");
            assertThat(r.bytesRemoved()).isEqualTo(torn.length);
        });
    }

    @Test
    void aZeroFilledTailIsCutOff() throws Exception {
        fx.write(3);
        fx.appendRaw(1, new byte[300]);
        FileJournal journal = fx.open();
        assertThat(journal.lastSeq()).isEqualTo(4);
        journal.close();
        assertThat(fx.readAll().get(3).entry()).isInstanceOf(JournalEntry.JournalRepaired.class);
    }

    @Test
    void aHandEditedLineRefusesToOpenNamingTheFileLineAndHashes() throws Exception {
        fx.write(6);
        List<String> lines = fx.lines(1);
        assertThat(lines.get(1)).contains("\"SIGTERM\"");
        lines.set(1, lines.get(1).replace("\"SIGTERM\"", "\"SIGKILL\""));
        fx.rewrite(1, lines);
        assertThatThrownBy(() -> fx.open().lastSeq())
                .isInstanceOf(JournalCorruptException.class)
                .hasMessageContaining("journal-000001.jsonl line 2")
                .hasMessageContaining("does not match its hash")
                .hasMessageContaining("stored hash")
                .hasMessageContaining("actual");
    }

    @Test
    void aDeletedLineInTheMiddleIsAGapInTheChain() throws Exception {
        fx.write(6);
        List<String> lines = fx.lines(1);
        lines.remove(3);
        fx.rewrite(1, lines);
        assertThatThrownBy(() -> fx.open().lastSeq())
                .isInstanceOf(JournalCorruptException.class)
                .hasMessageContaining("line 4")
                .hasMessageContaining("entry has seq 5, expected 4");
    }

    @Test
    void aReHashedForgeryStillBreaksTheLinkToTheNextLine() throws Exception {
        fx.write(4);
        List<String> lines = fx.lines(1);
        JsonNode second = EngineJson.MAPPER.readTree(lines.get(1));
        JournalLine.Encoded forged = JournalLine.encode(2, Samples.T0, new JournalEntry.EngineStopped("forged"),
                second.get("prevHash").asText());
        lines.set(1, new String(forged.bytes(), StandardCharsets.UTF_8).strip());
        fx.rewrite(1, lines);
        assertThatThrownBy(() -> fx.open().lastSeq())
                .isInstanceOf(JournalCorruptException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("expected " + forged.hash());
    }

    @Test
    void aMissingJournalFileIsNamed() throws Exception {
        fx.maxFileBytes = 4096;
        fx.write(80);
        Files.delete(fx.file(2));
        assertThatThrownBy(() -> fx.open().lastSeq())
                .isInstanceOf(JournalCorruptException.class)
                .hasMessageContaining("journal-000002.jsonl")
                .hasMessageContaining("missing");
    }

    @Test
    void aForeignFileInTheJournalDirectoryIsRefusedByName() throws Exception {
        fx.write(2);
        Files.writeString(dir.resolve("journal-000001.jsonl.bak"), "x");
        assertThatThrownBy(() -> fx.open().lastSeq())
                .isInstanceOf(StateDirectoryException.class)
                .hasMessageContaining("journal-000001.jsonl.bak")
                .hasMessageContaining("move it out");
    }

    @Test
    void anEntryTypeFromANewerVersionIsRefused() throws Exception {
        fx.write(1);
        String line = fx.lines(1).get(0).replace("\"type\":\"EngineStarted\"", "\"type\":\"QuantumBurn\"");
        String canonical = line.substring(0, line.lastIndexOf(",\"hash\"")) + "}";
        String hash = HexFormat.of().formatHex(JournalLine.sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
        fx.rewrite(1, List.of(canonical.substring(0, canonical.length() - 1) + ",\"hash\":\"" + hash + "\"}"));
        assertThatThrownBy(() -> fx.open().lastSeq())
                .isInstanceOf(JournalCorruptException.class)
                .hasMessageContaining("unknown type 'QuantumBurn'");
    }

    @Test
    void replayAfterStartsInTheRightFile() {
        fx.maxFileBytes = 4096;
        fx.write(80);
        FileJournal journal = fx.open();
        List<Long> seqs = new ArrayList<>();
        journal.replayAfter(77, j -> seqs.add(j.seq()));
        journal.close();
        assertThat(seqs).containsExactly(78L, 79L, 80L);
    }
}
