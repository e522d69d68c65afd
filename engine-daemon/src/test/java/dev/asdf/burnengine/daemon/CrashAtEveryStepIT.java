package dev.asdf.burnengine.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.fee.LedgerAccount;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.query.EngineView;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.daemon.LiteSvmDaemonMain.Point;
import dev.asdf.burnengine.persistence.FilePersistence;
import dev.asdf.burnengine.persistence.JournalVerification;
import dev.asdf.burnengine.persistence.PersistenceSettings;
import dev.asdf.burnengine.persistence.YamlConfigFile;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.executor.LiteSvmEcosystem;
import dev.asdf.burnengine.solana.feesource.FeeFixtures;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production daemon ({@link LiteSvmDaemonMain}: only the instruction builder is the LiteSVM test profile) runs a
 * real cycle against the LiteSVM facade in a child JVM and is killed with SIGKILL at each named point of a step and at
 * random instants; after every kill it is restarted until the cycle has been resumed and stopped with SIGTERM. After
 * the kill the chain shows every transfer, buy and burn at most once; after the resume exactly once (the same totals
 * as a run nobody killed), tokens burned equal tokens bought, the ledger is conserved, the journal chain verifies and
 * nothing is left in flight, with no manual step.
 *
 * <p>Counts are system properties: {@code crash.perPoint} (default 2) runs per named point, {@code crash.random}
 * (default 4) random-instant kills, {@code crash.maxMinutes} (default 10) a bound on the random runs; {@code -Plong}
 * raises them (engine-daemon/pom.xml).
 */
@Timeout(value = 120, unit = TimeUnit.MINUTES)
class CrashAtEveryStepIT {
    private static final int PER_POINT = Integer.getInteger("crash.perPoint", 2);
    private static final int RANDOM = Integer.getInteger("crash.random", 4);
    private static final Duration MAX_RANDOM = Duration.ofMinutes(Integer.getInteger("crash.maxMinutes", 10));

    @TempDir
    static Path temp;

    /** What one cycle moves when nobody kills the daemon. */
    private static CycleTotals reference;

    @BeforeAll
    static void run_once_without_a_kill() throws Exception {
        try (LiteSvmScenario s = new LiteSvmScenario(temp.resolve("reference"))) {
            s.resumeUntilDone();
            reference = s.checkAfterResume(null);
            assertThat(reference.burned().values().stream().mapToLong(Long::longValue).sum())
                    .as("the reference cycle burns something").isPositive();
            assertThat(reference.toRoot()).as("the reference cycle sends the root share").isPositive();
        }
        report("reference run: burned " + reference.burned() + ", to root " + reference.toRoot() + ", dev fee "
                + reference.devFee() + ", steps " + reference.steps());
    }

    @Test
    void each_planned_step_happens_exactly_once_after_a_kill_before_intent() throws Exception {
        killAtNamedPoint(Point.BEFORE_INTENT);
    }

    @Test
    void each_planned_step_happens_exactly_once_after_a_kill_after_intent_before_send() throws Exception {
        killAtNamedPoint(Point.AFTER_INTENT);
    }

    @Test
    void each_planned_step_happens_exactly_once_after_a_kill_after_send_before_confirmation() throws Exception {
        killAtNamedPoint(Point.AFTER_SEND);
    }

    @Test
    void each_planned_step_happens_exactly_once_after_a_kill_after_confirmation_before_outcome() throws Exception {
        killAtNamedPoint(Point.AFTER_CONFIRMATION);
    }

    @Test
    void each_planned_step_happens_exactly_once_after_a_kill_after_outcome_before_snapshot() throws Exception {
        killAtNamedPoint(Point.AFTER_OUTCOME);
    }

    @Test
    void each_planned_step_happens_exactly_once_after_kills_at_random_instants() throws Exception {
        Random random = new Random(Long.getLong("crash.seed", 20261128L));
        long deadline = System.nanoTime() + MAX_RANDOM.toNanos();
        int runs = 0;
        int killedMidCycle = 0;
        long started = System.nanoTime();
        for (int i = 0; i < RANDOM && System.nanoTime() < deadline; i++) {
            try (LiteSvmScenario s = new LiteSvmScenario(temp.resolve("random-" + i))) {
                long delay = 500 + random.nextInt(7_000);
                DaemonChild child = s.child(null, 0);
                Thread.sleep(delay);
                boolean alreadyBurned = s.chainBurned() > 0;
                child.kill();
                if (alreadyBurned || s.chainBurned() > 0) {
                    killedMidCycle++;
                }
                s.checkAfterKill(reference);
                s.resumeUntilDone();
                s.checkAfterResume(reference);
                runs++;
            }
        }
        boolean capped = runs < RANDOM;
        report("random instants: " + runs + " kills (" + killedMidCycle + " after the first burn landed), "
                + (System.nanoTime() - started) / 1_000_000_000 + " s" + (capped ? ", stopped by the " + MAX_RANDOM
                + " cap" : ""));
        assertThat(runs).as("random kills run before the time cap").isPositive();
    }

    private void killAtNamedPoint(Point point) throws Exception {
        long started = System.nanoTime();
        for (int i = 0; i < PER_POINT; i++) {
            int nth = 1 + i % Math.max(1, reference.steps());
            try (LiteSvmScenario s = new LiteSvmScenario(temp.resolve(point + "-" + i))) {
                DaemonChild child = s.child(point, nth);
                child.await("CRASH-POINT " + point, Duration.ofSeconds(90));
                child.kill();
                s.checkAfterKill(reference);
                s.resumeUntilDone();
                s.checkAfterResume(reference);
            }
        }
        report(point + ": " + PER_POINT + " kills, " + (System.nanoTime() - started) / 1_000_000_000 + " s");
    }

    private static void report(String line) {
        System.out.println("[crash-at-every-step] " + line);
    }
}
