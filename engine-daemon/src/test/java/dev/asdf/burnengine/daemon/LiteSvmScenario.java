package dev.asdf.burnengine.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.core.cycle.CycleStep;
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
 * One run of the production daemon on the LiteSVM test profile: a fresh facade and world, the recorded fee
 * transactions, a state directory, the daemon's configuration, the daemon started as child JVMs, and the checks that
 * the chain and the journal agree (at most once after a kill, exactly once after a resume). Shared by the crash and
 * RPC chaos tests.
 */
final class LiteSvmScenario implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern DASHBOARD = Pattern.compile("dashboard\\s+(http://127\\.0\\.0\\.1:\\d+)/");
    static final List<String> MINTS = List.of("A", "B", "C");
    static final long THRESHOLD = 1_000;
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
    private final List<DaemonChild> children = new ArrayList<>();
    private List<URI> httpEndpoints;
    private List<URI> wsEndpoints;
    private final List<String> daemonProperties = new ArrayList<>();
    private final boolean feesInFloat;

    /** The crash test's world: a collect takes each step's allocation from the vault stand-in. */
    LiteSvmScenario(Path dir) throws IOException {
        this(dir, false);
    }

    /**
     * @param feesInFloat the chaos test's world: the test pays each recorded fee into the authority's float and the
     *     vault stand-in is the root treasury, so ledger and chain stay in step over many cycles (see
     *     {@code LiteSvmStepTransactions})
     */
    LiteSvmScenario(Path dir, boolean feesInFloat) throws IOException {
        this.feesInFloat = feesInFloat;
        this.dir = Files.createDirectories(dir);
        this.keys = Files.createDirectories(dir.resolve("keys"));
        this.state = dir.resolve("state");
        this.peer = LiteSvmPeer.start();
        SecureRandom random = new SecureRandom();
        Ed25519Keypair feePayer = key(random, "fee-payer");
        Ed25519Keypair authority = key(random, "authority");
        Ed25519Keypair vault = key(random, "vault");
        Ed25519Keypair maker = key(random, "market-maker");
        Address root = feesInFloat ? vault.address() : key(random, "root-treasury").address();
        Address dev = key(random, "dev-wallet").address();
        Files.writeString(keys.resolve("root-treasury.address"), root.toString());
        Files.writeString(keys.resolve("dev-wallet.address"), dev.toString());
        world = new LiteSvmEcosystem(feePayer, authority, vault, maker, root, dev);
        peer.airdrop(feePayer.address(), 100_000_000_000L);
        peer.airdrop(vault.address(), feesInFloat ? 1_000_000L : 500_000_000_000L);
        peer.airdrop(maker.address(), 10_000_000L);
        if (!feesInFloat) {
            peer.airdrop(root, 1_000_000L);
        }
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
        if (feesInFloat) {
            daemonProperties.add("litesvm.feesInFloat=true");
        }
        httpEndpoints = List.of(peer.httpUrl());
        wsEndpoints = List.of(peer.wsUrl());
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

    DaemonChild child(Point point, int nth) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx192m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC"));
        daemonProperties.forEach(p -> command.add("-D" + p));
        if (point != null) {
            command.add("-Dcrash.point=" + point);
            command.add("-Dcrash.nth=" + nth);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LiteSvmDaemonMain.class.getName(),
                config.toString(), keys.toString(), join(httpEndpoints), join(wsEndpoints)));
        Path log = dir.resolve("child-" + children.size() + ".log");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        DaemonChild child = new DaemonChild(p, log);
        children.add(child);
        return child;
    }

    /** The RPC and WebSocket URLs the next daemon started is given, in order of preference. */
    void useEndpoints(List<URI> http, List<URI> ws) {
        httpEndpoints = List.copyOf(http);
        wsEndpoints = List.copyOf(ws);
    }

    private static String join(List<URI> uris) {
        return String.join(",", uris.stream().map(URI::toString).toList());
    }

    /** Waits for the daemon to print its dashboard line; the base URL of its HTTP API. */
    static URI apiOf(DaemonChild child) throws Exception {
        String line = child.await("dashboard", Duration.ofSeconds(90));
        Matcher m = DASHBOARD.matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return URI.create(m.group(1));
    }

    static JsonNode getJson(URI uri) throws Exception {
        return JSON.readTree(getText(uri));
    }

    static String getText(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Restarts the daemon with no crash point and waits until no cycle is due, nothing runs and nothing is in flight. */
    void resumeUntilDone() throws Exception {
        DaemonChild child = child(null, 0);
        awaitIdle(apiOf(child), child, Duration.ofSeconds(120));
        child.terminate();
    }

    /**
     * Waits until the daemon has run at least one cycle (or has nothing pending), runs none, has nothing in flight, and
     * its cycle count and pending total stay the same over three polls.
     */
    void awaitIdle(URI api, DaemonChild child, Duration max) throws Exception {
        URI status = api.resolve("/cycle/status");
        long deadline = System.nanoTime() + max.toNanos();
        String lastSeen = "";
        String lastStatus = "";
        int stable = 0;
        while (stable < 3) {
            assertThat(System.nanoTime()).as("the daemon is idle within %s (last status %s; log %s)", max,
                    lastStatus, child.log).isLessThan(deadline);
            Thread.sleep(700);
            JsonNode s = getJson(status);
            // a cycle killed in its last step is resolved at start and never counted as finished; then nothing
            // is pending any more and no new cycle starts (the checks afterwards compare with the reference)
            boolean idle = !s.path("running").asBoolean() && s.path("inFlightSteps").asInt() == 0
                    && (s.path("stats").path("cycleCount").asLong() >= 1
                        || s.path("totalPendingLamports").asLong() < THRESHOLD);
            String cycles = "NOTHING_TO_DO".equals(s.path("stats").path("lastStatus").asText()) ? "nothing to do"
                    : s.path("stats").path("cycleCount").asText();
            String key = cycles + "/" + s.path("totalPendingLamports").asText();
            stable = idle && key.equals(lastSeen) ? stable + 1 : 0;
            lastSeen = key;
            lastStatus = s.toString();
        }
    }

    /** At most once: nothing burned twice, every burn bought, the journal chain intact. */
    void checkAfterKill(CycleTotals reference) {
        for (String name : MINTS) {
            Address mint = FeeFixtures.mint(name);
            long burned = supplyBefore.get(mint) - world.supply(rpc, mint);
            long bought = makerBefore.get(mint) - world.tokenBalance(rpc, world.marketMaker.address(), mint,
                    program(name));
            assertThat(burned).as("tokens of %s burned after the kill", name).isEqualTo(bought)
                    .isBetween(0L, reference == null ? Long.MAX_VALUE : reference.burned().getOrDefault(mint, 0L));
        }
        assertThat(lamports(world.rootTreasury) - rootBefore).as("root share paid after the kill")
                .isBetween(0L, reference.toRoot());
        assertThat(lamports(world.devWallet) - devBefore).as("dev fee paid after the kill")
                .isBetween(0L, reference.devFee());
        if (!Files.isDirectory(state.resolve("journal"))) {
            // killed before the state directory was set up: nothing was journaled, and the chain checks above
            // show that nothing was executed either
            return;
        }
        JournalVerification v = JournalVerification.of(state);
        assertThat(v.problem()).as("the journal chain after the kill").isEmpty();
    }

    /** Exactly once: chain and journal agree, the same totals as the reference, the ledger conserved. */
    CycleTotals checkAfterResume(CycleTotals expected) throws Exception {
        JournalVerification v = JournalVerification.of(state);
        assertThat(v.problem()).as("the journal chain after the resume").isEmpty();
        assertThat(v.tornTail()).as("no torn tail after a graceful stop").isEmpty();
        ConfigTree tree = ConfigTree.of(YamlConfigFile.read(config), config.toString(), Map.of(), Map.of());
        DaemonSettings settings = DaemonSettings.from(tree);
        Map<Address, Long> burned = new HashMap<>();
        Map<Address, Long> bought = new HashMap<>();
        Set<String> intents = new HashSet<>();
        Set<String> stepOutcomes = new HashSet<>();
        Set<String> notSent = new HashSet<>();
        Set<String> outcomes = new HashSet<>();
        long[] toRoot = {0};
        long[] devFee = {0};
        long[] treasuryDrawn = {0};
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
                    if (o.outcome() instanceof StepOutcome.NotSent) {
                        notSent.add(o.step().id().toString());
                    }
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
                        if (o.step() instanceof CycleStep.RootBuyback r) {
                            treasuryDrawn[0] += r.fromTreasury().value();
                        }
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
                    .isEqualTo(expected.credited());
        }
        // a step refused before signing (NotSent) has an outcome and no INTENT: nothing was signed for it (a NotSent
        // step with an INTENT would be missing from the signed set and fail the equality)
        Set<String> signed = new HashSet<>(stepOutcomes);
        signed.removeAll(notSent);
        assertThat(signed).as("every journaled step has exactly one outcome").isEqualTo(intents);
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
                        .isEqualTo(expected.burned().getOrDefault(mint, 0L));
            }
        }
        // in the chaos world the treasury is the vault stand-in, which each root step draws its treasury part from
        assertThat(lamports(world.rootTreasury) - rootBefore).as("root share on chain = journal")
                .isEqualTo(toRoot[0] - (feesInFloat ? treasuryDrawn[0] : 0));
        assertThat(lamports(world.devWallet) - devBefore).as("dev fee on chain = journal").isEqualTo(devFee[0]);
        Map<Address, LedgerAccount> ledger = new HashMap<>();
        view.tokens().forEach(t -> ledger.put(t.state().token().mint(), t.fees()));
        CycleTotals totals = new CycleTotals(credited, burned, bought, toRoot[0], devFee[0], confirmed[0], ledger,
                view.unattributed());
        if (expected != null) {
            assertThat(ledger).as("every fee spent exactly once: each token's ledger = the run nobody killed"
                    + " (journal in %s)", kept).isEqualTo(expected.ledger());
            // the LiteSVM profile's root step pays its fee share from the test vault, not from the authority float
            // the engine reconciles against, so a start-up after a root step finds a "surplus" on the authority
            // and credits it as unattributed (a LedgerAdjusted entry): only the deposits themselves are compared
            assertThat(totals.unattributed().credited()).as("unattributed deposits credited once")
                    .isEqualTo(expected.unattributed().credited());
            assertThat(totals.unattributed().pending()).as("unattributed deposits all spent")
                    .isEqualTo(expected.unattributed().pending());
            assertThat(totals.toRoot()).as("root share = the run nobody killed").isEqualTo(expected.toRoot());
            assertThat(totals.devFee()).as("dev fee = the run nobody killed").isEqualTo(expected.devFee());
        }
        return totals;
    }

    @Override
    public void close() {
        children.forEach(DaemonChild::kill);
        rpc.close();
        peer.close();
    }
}
