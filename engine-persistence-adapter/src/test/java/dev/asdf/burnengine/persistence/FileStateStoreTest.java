package dev.asdf.burnengine.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asdf.burnengine.core.state.EngineState;
import dev.asdf.burnengine.core.testkit.Samples;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStateStoreTest {
    @TempDir
    Path dir;

    private FileStateStore store(int keep) {
        return new FileStateStore(dir, keep, Clock.systemUTC(), new SimpleMeterRegistry(), SnapshotMigrations.production());
    }

    private static EngineState at(long seq) {
        EngineState s = EngineState.initial("fp");
        return new EngineState(seq, s.configFingerprint(), s.ledger(), s.cursor(), s.tokens(), s.totals(), s.deadLetters(),
                s.recentBurns(), s.inFlight(), s.emergencyStop(), s.cycles());
    }

    private Path snapshot(long seq) {
        return dir.resolve(String.format("snapshot-%020d.json", seq));
    }

    @Test
    void keepsOnlyTheNewestSnapshots() throws Exception {
        FileStateStore store = store(3);
        for (long seq = 1; seq <= 6; seq++) {
            store.save(at(seq * 10));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("snapshot-00000000000000000040.json", "snapshot-00000000000000000050.json",
                            "snapshot-00000000000000000060.json");
        }
        assertThat(store.load()).get().extracting(EngineState::journalSeq).isEqualTo(60L);
    }

    @Test
    void aDamagedNewestSnapshotFallsBackToTheNewestValidOneAndSaysSo() throws Exception {
        FileStateStore store = store(3);
        store.save(at(10));
        store.save(at(20));
        byte[] bytes = Files.readAllBytes(snapshot(20));
        bytes[bytes.length - 5] ^= 1;
        Files.write(snapshot(20), bytes);
        assertThat(store.load()).get().extracting(EngineState::journalSeq).isEqualTo(10L);
        assertThat(store.warnings()).anySatisfy(w -> assertThat(w).contains("snapshot-00000000000000000020.json")
                .contains("checksum mismatch"));
        assertThat(store.warnings()).anySatisfy(w -> assertThat(w).contains("using the older snapshot"));
    }

    @Test
    void aTruncatedSnapshotIsDetectedByItsLength() throws Exception {
        FileStateStore store = store(3);
        store.save(Samples.engineState());
        Path file = snapshot(Samples.engineState().journalSeq());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(store.load()).isEmpty();
        assertThat(store.warnings()).anySatisfy(w -> assertThat(w).contains("truncated"))
                .anySatisfy(w -> assertThat(w).contains("whole journal is replayed"));
    }

    @Test
    void aSnapshotFromANewerSchemaIsRefusedNamingTheFileAndTheFix() throws Exception {
        FileStateStore store = store(3);
        store.save(at(10));
        String text = Files.readString(snapshot(10), StandardCharsets.UTF_8).replace("\"schema\":1", "\"schema\":9");
        Files.writeString(snapshot(10), text, StandardCharsets.UTF_8);
        assertThatThrownBy(store::load)
                .isInstanceOf(SnapshotTooNewException.class)
                .hasMessageContaining("snapshot-00000000000000000010.json")
                .hasMessageContaining("schema 9")
                .hasMessageContaining("reads schemas up to 1");
    }

    @Test
    @DisplayName("a snapshot of schema n is upgraded by the step n -> n+1 and then reads as the current state")
    void anOlderSchemaIsMigratedToTheCurrentOne() throws Exception {
        store(3).save(Samples.engineState());
        Path file = snapshot(Samples.engineState().journalSeq());
        // Schema 1 as an older version would have written it: the fee cursor was called "feeCursor".
        rewriteBody(file, 1, body -> body.replace("\"cursor\":", "\"feeCursor\":"));
        SnapshotMigrations current = new SnapshotMigrations(2, Map.of(1, n -> rename(n, "feeCursor", "cursor")));
        FileStateStore reader = new FileStateStore(dir, 3, Clock.systemUTC(), new SimpleMeterRegistry(), current);
        assertThat(reader.load()).contains(Samples.engineState());
        assertThat(reader.warnings()).isEmpty();
    }

    @Test
    void everyStepOfTheChainRunsOnceAndInOrder() throws Exception {
        store(3).save(Samples.engineState());
        List<Integer> ran = new ArrayList<>();
        SnapshotMigrations v3 = new SnapshotMigrations(3, Map.of(1, n -> {
            ran.add(1);
            return n;
        }, 2, n -> {
            ran.add(2);
            return n;
        }));
        new FileStateStore(dir, 3, Clock.systemUTC(), new SimpleMeterRegistry(), v3).load();
        assertThat(ran).containsExactly(1, 2);
    }

    @Test
    void withoutItsMigrationAnOldSnapshotIsDamagedNotMisread() throws Exception {
        store(3).save(Samples.engineState());
        rewriteBody(snapshot(Samples.engineState().journalSeq()), 1, body -> body.replace("\"cursor\":", "\"feeCursor\":"));
        FileStateStore store = store(3);
        assertThat(store.load()).isEmpty();
        assertThat(store.warnings()).anySatisfy(w -> assertThat(w).contains("does not read back"));
    }

    @Test
    void aMigrationChainWithAHoleIsABug() {
        assertThatThrownBy(() -> new SnapshotMigrations(3, Map.of(1, n -> n)))
                .hasMessageContaining("no snapshot migration from schema 2 to 3");
    }

    @Test
    void aForeignFileInTheSnapshotDirectoryIsRefusedByName() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> store(3).load())
                .isInstanceOf(StateDirectoryException.class)
                .hasMessageContaining("notes.txt");
    }

    @Test
    void aTemporaryFileLeftByACrashIsRemoved() throws Exception {
        Files.writeString(dir.resolve(".snapshot-00000000000000000007-123.tmp"), "half");
        FileStateStore store = store(3);
        store.save(at(8));
        assertThat(store.load()).isPresent();
        assertThat(Files.exists(dir.resolve(".snapshot-00000000000000000007-123.tmp"))).isFalse();
    }

    private static void rewriteBody(Path file, int schema, UnaryOperator<String> edit) throws Exception {
        String[] parts = Files.readString(file, StandardCharsets.UTF_8).split("\n", 2);
        byte[] body = edit.apply(parts[1].strip()).getBytes(StandardCharsets.UTF_8);
        ObjectNode header = (ObjectNode) EngineJson.MAPPER.readTree(parts[0]);
        header.put("schema", schema).put("bytes", body.length)
                .put("sha256", HexFormat.of().formatHex(JournalLine.sha256().digest(body)));
        Files.writeString(file, EngineJson.MAPPER.writeValueAsString(header) + "\n" + new String(body, StandardCharsets.UTF_8)
                + "\n", StandardCharsets.UTF_8);
    }

    private static ObjectNode rename(ObjectNode node, String from, String to) {
        if (node.has(from)) {
            node.set(to, node.remove(from));
        }
        return node;
    }
}
