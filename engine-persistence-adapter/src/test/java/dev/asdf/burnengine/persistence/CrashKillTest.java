package dev.asdf.burnengine.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILL at random moments: the short run in every build, the 500-kill run in the long profile. */
class CrashKillTest {
    @TempDir
    Path stateDir;

    @Test
    @DisplayName("20 random SIGKILLs of a writing process lose no acknowledged INTENT and leave a valid chain")
    void shortRun() throws Exception {
        CrashRecovery.Report report = CrashRecovery.killRepeatedly(stateDir, 20, 7);
        System.out.println("crash kill run: " + report);
        assertThat(report.acknowledgedIntents()).isPositive();
    }

    @Test
    @Tag("long")
    @DisplayName("500 random SIGKILLs of a writing process lose no acknowledged INTENT and leave a valid chain")
    void longRun() throws Exception {
        CrashRecovery.Report report = CrashRecovery.killRepeatedly(stateDir, 500, 500);
        System.out.println("crash kill run: " + report);
        assertThat(report.kills()).isEqualTo(500);
        assertThat(report.acknowledgedIntents()).isPositive();
    }
}
