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
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern DASHBOARD = Pattern.compile("dashboard\\s+(http://127\\.0\\.0\\.1:\\d+)/");
    private static final List<String> MINTS = List.of("A", "B", "C");
    private static final long THRESHOLD = 1_000;
    private static final int PER_POINT = Integer.getInteger("crash.perPoint", 2);
    private static final int RANDOM = Integer.getInteger("crash.random", 4);
    private static final Duration MAX_RANDOM = Duration.ofMinutes(Integer.getInteger("crash.maxMinutes", 10));

    @TempDir
    static Path temp;

    /** What one cycle moves when nobody kills the daemon. */
    private static Totals reference;

    @BeforeAll
    static void run_once_without_a_kill() throws Exception {
        try (Scenario s = new Scenario(temp.resolve("reference"))) {
            s.resumeUntilDone();
            reference = s.checkAfterResume(null);
            assertThat(reference.burned.values().stream().mapToLong(Long::longValue).sum())
                    .as("the reference cycle burns something").isPositive();
            assertThat(reference.toRoot).as("the reference cycle sends the root share").isPositive();
        }
        report("reference run: burned " + reference.burned + ", to root " + reference.toRoot + ", dev fee "
                + reference.devFee + ", steps " + reference.steps);
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
            try (Scenario s = new Scenario(temp.resolve("random-" + i))) {
                long delay = 500 + random.nextInt(7_000);
                Child child = s.child(null, 0);
                Thread.sleep(delay);
                boolean alreadyBurned = s.chainBurned() > 0;
                child.kill();
                if (alreadyBurned || s.chainBurned() > 0) {
                    killedMidCycle++;
                }
                s.checkAfterKill();
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
            int nth = 1 + i % Math.max(1, reference.steps);
            try (Scenario s = new Scenario(temp.resolve(point + "-" + i))) {
                Child child = s.child(point, nth);
                child.await("CRASH-POINT " + point, Duration.ofSeconds(90));
                child.kill();
                s.checkAfterKill();
                s.resumeUntilDone();
                s.checkAfterResume(reference);
            }
        }
        report(point + ": " + PER_POINT + " kills, " + (System.nanoTime() - started) / 1_000_000_000 + " s");
    }

    private static void report(String line) {
        System.out.println("[crash-at-every-step] " + line);
    }

    /** What the journal says one cycle did. */
    record Totals(Map<Address, Long> credited, Map<Address, Long> burned, Map<Address, Long> bought, long toRoot,
            long devFee, int steps, Map<Address, LedgerAccount> ledger, LedgerAccount unattributed) {
    }

    /** A fresh facade and world, the recorded fee transactions, a state directory, and the daemon's configuration. */
    static final class Scenario implements AutoCloseable {
        final Path dir;
        final LiteSvmPeer peer;
        final LiteSvmEcosystem world;
        final SolanaRpc rpc;
        final Path config;
        final Path keys;
        final Path state;
        final Map<Address, Long> supplyBefore = new HashMap<>();
        final Map<Address, Long> makerBefore = new HashMap<>();
        final long rootBefore;
        final long devBefore;
        private final List<Child> children = new ArrayList<>();

        Scenario(Path dir) throws IOException {
            this.dir = Files.createDirectories(dir);
            this.keys = Files.createDirectories(dir.resolve("keys"));
            this.state = dir.resolve("state");
            this.peer = LiteSvmPeer.start();
            SecureRandom random = new SecureRandom();
            Ed25519Keypair feePayer = key(random, "fee-payer");
            Ed25519Keypair authority = key(random, "authority");
            Ed25519Keypair vault = key(random, "vault");
            Ed25519Keypair maker = key(random, "market-maker");
            Address root = key(random, "root-treasury").address();
            Address dev = key(random, "dev-wallet").address();
            Files.writeString(keys.resolve("root-treasury.address"), root.toString());
            Files.writeString(keys.resolve("dev-wallet.address"), dev.toString());
            world = new LiteSvmEcosystem(feePayer, authority, vault, maker, root, dev);
            peer.airdrop(feePayer.address(), 100_000_000_000L);
            peer.airdrop(vault.address(), 500_000_000_000L);
            peer.airdrop(maker.address(), 10_000_000L);
            peer.airdrop(root, 1_000_000L);
            peer.airdrop(dev, 1_000_000L);
            FeeFixtures.seedAccounts(peer);
            for (String name : MINTS) {
                Address mint = FeeFixtures.mint(name);
                TokenProgram program = program(name);
                peer.setAccount(AssociatedTokenAddress.of(maker.address(), mint, program), 10_000_000,
                        ProgramIds.of(program), LiteSvmEcosystem.tokenAccountData(mint, maker.address(),
                                LiteSvmEcosystem.INVENTORY));
            }
            for (JsonNode c : FeeFixtures.cases()) {
                peer.addRecordedTransaction(c.path("result"));
            }
            rpc = new SolanaRpc(JsonRpcClient.create(peer.settings(), new RpcMetrics(new SimpleMeterRegistry())));
            peer.setAccount(authority.address(), rpc.minimumBalanceForRentExemption(0) + 79_445, ProgramIds.SYSTEM,
                    new byte[0]);
            for (String name : MINTS) {
                Address mint = FeeFixtures.mint(name);
                supplyBefore.put(mint, world.supply(rpc, mint));
                makerBefore.put(mint, world.tokenBalance(rpc, maker.address(), mint, program(name)));
            }
            rootBefore = lamports(root);
            devBefore = lamports(dev);
            config = dir.resolve("daemon.yaml");
            Files.writeString(config, String.join("\n",
                    "stateDir: " + state,
                    "http:",
                    "  port: 0",
                    "schedule:",
                    "  threshold: " + THRESHOLD + " lamports",
                    "  minInterval: 1s",
                    "daemon:",
                    "  cycleCheckInterval: 200ms",
                    "fees:",
                    "  pollInterval: 200ms",
                    ""));
        }

        private Ed25519Keypair key(SecureRandom random, String name) throws IOException {
            byte[] seed = new byte[Ed25519Keypair.SEED_LENGTH];
            random.nextBytes(seed);
            Files.writeString(keys.resolve(name + ".seed"), HexFormat.of().formatHex(seed));
            return Ed25519Keypair.fromSeed(seed);
        }

        private static TokenProgram program(String name) {
            return "B".equals(name) ? TokenProgram.TOKEN_2022 : TokenProgram.SPL_TOKEN;
        }

        long lamports(Address a) {
            return rpc.account(a).map(x -> x.lamports()).orElse(0L);
        }

        long chainBurned() {
            long sum = 0;
            for (String name : MINTS) {
                Address mint = FeeFixtures.mint(name);
                sum += supplyBefore.get(mint) - world.supply(rpc, mint);
            }
            return sum;
        }

        Child child(Point point, int nth) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx192m", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC"));
            if (point != null) {
                command.add("-Dcrash.point=" + point);
                command.add("-Dcrash.nth=" + nth);
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), LiteSvmDaemonMain.class.getName(),
                    config.toString(), keys.toString(), peer.httpUrl().toString(), peer.wsUrl().toString()));
            Path log = dir.resolve("child-" + children.size() + ".log");
            Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
            Child child = new Child(p, log);
            children.add(child);
            return child;
        }

        /** Restarts the daemon with no crash point and waits until no cycle is due, nothing runs and nothing is in flight. */
        void resumeUntilDone() throws Exception {
            Child child = child(null, 0);
            String line = child.await("dashboard", Duration.ofSeconds(90));
            Matcher m = DASHBOARD.matcher(line);
            assertThat(m.find()).as(line).isTrue();
            URI status = URI.create(m.group(1) + "/cycle/status");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            String lastSeen = "";
            int stable = 0;
            while (stable < 3) {
                assertThat(System.nanoTime()).as("the resumed cycle finishes within 120 s (last status %s; log %s)",
                        lastSeen, child.log).isLessThan(deadline);
                Thread.sleep(700);
                JsonNode s = JSON.readTree(HTTP.send(HttpRequest.newBuilder(status).timeout(Duration.ofSeconds(10))
                        .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
                // a cycle killed in its last step is resolved at start and never counted as finished; then nothing
                // is pending any more and no new cycle starts (the checks afterwards compare with the reference)
                boolean idle = !s.path("running").asBoolean() && s.path("inFlightSteps").asInt() == 0
                        && (s.path("stats").path("cycleCount").asLong() >= 1
                            || s.path("totalPendingLamports").asLong() < THRESHOLD);
                String key = s.path("stats").path("cycleCount").asText() + "/" + s.path("totalPendingLamports").asText();
                stable = idle && key.equals(lastSeen) ? stable + 1 : 0;
                lastSeen = key;
            }
            child.terminate();
        }

        /** At most once: nothing burned twice, every burn bought, the journal chain intact. */
        void checkAfterKill() {
            for (String name : MINTS) {
                Address mint = FeeFixtures.mint(name);
                long burned = supplyBefore.get(mint) - world.supply(rpc, mint);
                long bought = makerBefore.get(mint) - world.tokenBalance(rpc, world.marketMaker.address(), mint,
                        program(name));
                assertThat(burned).as("tokens of %s burned after the kill", name).isEqualTo(bought)
                        .isBetween(0L, reference == null ? Long.MAX_VALUE : reference.burned.getOrDefault(mint, 0L));
            }
            assertThat(lamports(world.rootTreasury) - rootBefore).as("root share paid after the kill")
                    .isBetween(0L, reference.toRoot);
            assertThat(lamports(world.devWallet) - devBefore).as("dev fee paid after the kill")
                    .isBetween(0L, reference.devFee);
            if (!Files.isDirectory(state.resolve("journal"))) {
                // killed before the state directory was set up: nothing was journaled, and the chain checks above
                // show that nothing was executed either
                return;
            }
            JournalVerification v = JournalVerification.of(state);
            assertThat(v.problem()).as("the journal chain after the kill").isEmpty();
        }

        /** Exactly once: chain and journal agree, the same totals as the reference, the ledger conserved. */
        Totals checkAfterResume(Totals expected) throws Exception {
            JournalVerification v = JournalVerification.of(state);
            assertThat(v.problem()).as("the journal chain after the resume").isEmpty();
            assertThat(v.tornTail()).as("no torn tail after a graceful stop").isEmpty();
            ConfigTree tree = ConfigTree.of(YamlConfigFile.read(config), config.toString(), Map.of(), Map.of());
            DaemonSettings settings = DaemonSettings.from(tree);
            Map<Address, Long> burned = new HashMap<>();
            Map<Address, Long> bought = new HashMap<>();
            Set<String> intents = new HashSet<>();
            Set<String> stepOutcomes = new HashSet<>();
            Set<String> outcomes = new HashSet<>();
            long[] toRoot = {0};
            long[] devFee = {0};
            int[] confirmed = {0};
            List<String> dump = new ArrayList<>();
            Set<String> feeEvents = new HashSet<>();
            Map<Address, Long> credited = new HashMap<>();
            EngineView view;
            try (FilePersistence files = FilePersistence.open(state, PersistenceSettings.defaults(), Clock.systemUTC(),
                    new SimpleMeterRegistry())) {
                files.journal().replayAfter(0, j -> {
                    dump.add(j.seq() + " " + j.entry());
                    if (j.entry() instanceof JournalEntry.FeeCredited f) {
                        assertThat(feeEvents.add(f.event().id().toString()))
                                .as("fee event %s is credited once", f.event().id()).isTrue();
                        credited.merge(f.event().mint(), f.event().amount().value(), Long::sum);
                    }
                    if (j.entry() instanceof JournalEntry.StepIntent i) {
                        assertThat(intents.add(i.step().id().toString()))
                                .as("step %s is signed and journaled once", i.step().id()).isTrue();
                    } else if (j.entry() instanceof JournalEntry.StepOutcomeRecorded o) {
                        assertThat(stepOutcomes.add(o.step().id().toString()))
                                .as("the outcome of step %s is recorded once", o.step().id()).isTrue();
                        if (o.outcome() instanceof StepOutcome.Confirmed c) {
                            assertThat(outcomes.add(c.signature().toString()))
                                    .as("the outcome of %s is recorded once", c.signature()).isTrue();
                            Address mint = o.step().token().mint();
                            burned.merge(mint, c.tokensBurned().value(), Long::sum);
                            bought.merge(mint, c.tokensBought().value(), Long::sum);
                            toRoot[0] += c.sentToRoot().value();
                            devFee[0] += c.devFee().value();
                            confirmed[0]++;
                        } else {
                            outcomes.add(o.outcome().toString());
                        }
                    }
                });
                view = BurnEngine.inspect(files.stateStore(), files.journal(),
                        settings.engine().withFingerprint(settings.solana().fingerprint()), Clock.systemUTC());
            }
            Path kept = Path.of("target", "crash-at-every-step", dir.getFileName() + ".journal.txt");
            Files.createDirectories(kept.getParent());
            Files.write(kept, dump);
            if (expected != null) {
                assertThat(credited).as("fees credited = the run nobody killed (journal in %s)", kept)
                        .isEqualTo(expected.credited);
            }
            assertThat(stepOutcomes).as("every journaled step has exactly one outcome").isEqualTo(intents);
            assertThat(view.inFlight()).as("no step left in flight").isEmpty();
            assertThat(view.totals().isConserved()).as("ledger conservation").isTrue();
            assertThat(view.tokens()).allSatisfy(t -> assertThat(t.fees().isConserved()).isTrue());
            for (String name : MINTS) {
                Address mint = FeeFixtures.mint(name);
                long chainBurned = supplyBefore.get(mint) - world.supply(rpc, mint);
                long chainBought = makerBefore.get(mint) - world.tokenBalance(rpc, world.marketMaker.address(), mint,
                        program(name));
                assertThat(chainBurned).as("tokens of %s burned on chain = burned in the journal", name)
                        .isEqualTo(burned.getOrDefault(mint, 0L));
                assertThat(chainBought).as("tokens of %s bought on chain = burned", name).isEqualTo(chainBurned)
                        .isEqualTo(bought.getOrDefault(mint, 0L));
                if (expected != null && !"A".equals(name)) {
                    // a secondary's buy is paid by its fees only; the root's also spends the treasury, whatever it
                    // holds when a cycle is planned, so it differs with the number of cycles, not with the kills
                    assertThat(chainBurned).as("tokens of %s burned = the run nobody killed (journal in %s)", name, kept)
                            .isEqualTo(expected.burned.getOrDefault(mint, 0L));
                }
            }
            assertThat(lamports(world.rootTreasury) - rootBefore).as("root share on chain = journal").isEqualTo(toRoot[0]);
            assertThat(lamports(world.devWallet) - devBefore).as("dev fee on chain = journal").isEqualTo(devFee[0]);
            Map<Address, LedgerAccount> ledger = new HashMap<>();
            view.tokens().forEach(t -> ledger.put(t.state().token().mint(), t.fees()));
            Totals totals = new Totals(credited, burned, bought, toRoot[0], devFee[0], confirmed[0], ledger,
                    view.unattributed());
            if (expected != null) {
                assertThat(ledger).as("every fee spent exactly once: each token's ledger = the run nobody killed"
                        + " (journal in %s)", kept).isEqualTo(expected.ledger);
                // the LiteSVM profile's root step pays its fee share from the test vault, not from the authority float
                // the engine reconciles against, so a start-up after a root step finds a "surplus" on the authority
                // and credits it as unattributed (a LedgerAdjusted entry): only the deposits themselves are compared
                assertThat(totals.unattributed.credited()).as("unattributed deposits credited once")
                        .isEqualTo(expected.unattributed.credited());
                assertThat(totals.unattributed.pending()).as("unattributed deposits all spent")
                        .isEqualTo(expected.unattributed.pending());
                assertThat(totals.toRoot).as("root share = the run nobody killed").isEqualTo(expected.toRoot);
                assertThat(totals.devFee).as("dev fee = the run nobody killed").isEqualTo(expected.devFee);
            }
            return totals;
        }

        @Override
        public void close() {
            children.forEach(Child::kill);
            rpc.close();
            peer.close();
        }
    }

    /** One daemon process: its stdout lines in a queue, its log in a file. */
    static final class Child {
        final Process process;
        final Path log;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Child(Process process, Path log) {
            this.process = process;
            this.log = log;
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String l = r.readLine(); l != null; l = r.readLine()) {
                        lines.add(l);
                    }
                } catch (IOException e) {
                    // the process was killed
                }
            }, "child-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        String await(String marker, Duration timeout) throws InterruptedException, IOException {
            Predicate<String> match = l -> l.contains(marker);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                String l = lines.poll(200, TimeUnit.MILLISECONDS);
                if (l != null && match.test(l)) {
                    return l;
                }
                if (l == null && !process.isAlive() && lines.isEmpty()) {
                    throw new AssertionError("the daemon exited (" + process.exitValue() + ") before printing '" + marker
                            + "': " + tail());
                }
            }
            throw new AssertionError("no '" + marker + "' within " + timeout + ": " + tail());
        }

        private String tail() throws IOException {
            String all = Files.readString(log);
            return all.substring(Math.max(0, all.length() - 3000));
        }

        /** SIGKILL. */
        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** SIGTERM, the graceful stop; it must exit 0. */
        void terminate() throws InterruptedException {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stops within 60 s").isTrue();
            assertThat(process.exitValue()).as("exit code of the graceful stop").isZero();
        }
    }
}
