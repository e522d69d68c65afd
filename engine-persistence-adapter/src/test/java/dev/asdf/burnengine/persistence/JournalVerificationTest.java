package dev.asdf.burnengine.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalVerificationTest {
    @TempDir
    Path stateDir;
    JournalFixture fx;

    @BeforeEach
    void fixture() {
        StateDirectory.open(stateDir);
        fx = new JournalFixture(stateDir.resolve("journal"));
    }

    @Test
    void anIntactJournalReportsItsEntriesFilesAndLastHash() {
        fx.write(12);
        JournalVerification v = JournalVerification.of(stateDir);
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(12);
        assertThat(v.files()).isEqualTo(1);
        assertThat(v.lastHash()).hasSize(64);
    }

    @Test
    void aBrokenChainIsReportedWithTheSameWordsAsTheEngineRefusesWith() throws Exception {
        fx.write(6);
        List<String> lines = fx.lines(1);
        lines.set(4, lines.get(4).replace("\"seq\":5", "\"seq\":55"));
        fx.rewrite(1, lines);
        JournalVerification v = JournalVerification.of(stateDir);
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).contains("journal-000001.jsonl line 5").contains("does not match its hash");
    }

    @Test
    void verificationChangesNothingAndNotesATornTail() throws Exception {
        fx.write(3);
        fx.appendRaw(1, "{\"seq\":4".getBytes(StandardCharsets.UTF_8));
        JournalVerification v = JournalVerification.of(stateDir);
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(3);
        assertThat(v.tornTail()).contains("incomplete last line of 8 bytes");
        assertThat(JournalVerification.of(stateDir).tornTail()).isNotEmpty();
    }

    @Test
    void aMissingStateDirectoryIsSaidPlainly() {
        JournalVerification v = JournalVerification.of(stateDir.resolve("nope"));
        assertThat(v.problem()).contains("no journal directory").contains("--state-dir");
    }
}
