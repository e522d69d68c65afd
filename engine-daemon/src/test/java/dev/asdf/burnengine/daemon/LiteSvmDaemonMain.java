package dev.asdf.burnengine.daemon;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.Stage;
import com.google.inject.util.Modules;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.Preparation;
import dev.asdf.burnengine.core.cycle.PreparedTransaction;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.journal.JournalEntry;
import dev.asdf.burnengine.core.port.CycleExecutor;
import dev.asdf.burnengine.core.port.Journal;
import dev.asdf.burnengine.persistence.FilePersistence;
import dev.asdf.burnengine.persistence.YamlConfigFile;
import dev.asdf.burnengine.solana.ChainConnection;
import dev.asdf.burnengine.solana.chain.LiteSvmEcosystemLayout;
import dev.asdf.burnengine.solana.chain.RpcChainConnection;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.executor.LiteSvmEcosystem;
import dev.asdf.burnengine.solana.executor.LiteSvmStepTransactions;
import dev.asdf.burnengine.solana.feesource.FeeFixtures;
import dev.asdf.burnengine.solana.rpc.RpcSettings;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The production daemon ({@link Daemon}, {@link DaemonModule}: journal, sender, planner, scheduler, API) on the LiteSVM
 * test profile: only the chain connection is replaced, by the RPC adapter pointed at a LiteSVM facade with the
 * {@link LiteSvmStepTransactions} instruction builder. With {@code -Dcrash.point=P -Dcrash.nth=N} it prints
 * {@code CRASH-POINT P} and blocks the cycle thread the N-th time it reaches P, so a parent can SIGKILL it there.
 * With {@code -Dlitesvm.feesInFloat=true} the parent pays the fees into the authority itself and a collect moves nothing.
 *
 * <p>Arguments: {@code CONFIG_YAML KEYS_DIR HTTP_URLS WS_URLS} (URLs comma-separated, in order of preference). The
 * keys directory holds hex seeds
 * {@code fee-payer.seed}, {@code authority.seed}, {@code vault.seed}, {@code market-maker.seed} and the base58
 * addresses {@code root-treasury.address}, {@code dev-wallet.address}.
 */
final class LiteSvmDaemonMain {
    enum Point { BEFORE_INTENT, AFTER_INTENT, AFTER_SEND, AFTER_CONFIRMATION, AFTER_OUTCOME }

    private LiteSvmDaemonMain() {}

    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        Path keys = Path.of(args[1]);
        List<URI> http = Arrays.stream(args[2].split(",")).map(URI::create).toList();
        List<URI> ws = Arrays.stream(args[3].split(",")).map(URI::create).toList();
        ConfigTree tree = ConfigTree.of(YamlConfigFile.read(config), config.toString(), Map.of(), Map.of());
        DaemonSettings settings = DaemonSettings.from(tree);
        tree.finish();
        LiteSvmEcosystem world = new LiteSvmEcosystem(seed(keys, "fee-payer"), seed(keys, "authority"),
                seed(keys, "vault"), seed(keys, "market-maker"), address(keys, "root-treasury"),
                address(keys, "dev-wallet"));
        RpcSettings rpc = RpcSettings.defaults(http).withEndpoints(http, ws)
                .withTimings(Duration.ofSeconds(5), Duration.ofMillis(10), Duration.ofMillis(200), Duration.ofMillis(20),
                        Duration.ofMillis(200));
        String point = System.getProperty("crash.point", "");
        Crash crash = new Crash(point.isEmpty() ? null : Point.valueOf(point), Integer.getInteger("crash.nth", 1), http.get(0));

        Daemon daemon = Guice.createInjector(Stage.PRODUCTION, Modules.override(new DaemonModule(settings))
                .with(new LiteSvmProfile(settings, world, rpc, crash))).getInstance(Daemon.class);
        daemon.start("litesvm-daemon", System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            daemon.stop("SIGTERM");
            Runtime.getRuntime().halt(DaemonExit.CLEAN.code);
        }, "daemon-shutdown"));
        daemon.awaitStop();
    }

    private static Ed25519Keypair seed(Path dir, String name) throws IOException {
        return Ed25519Keypair.fromSeed(HexFormat.of().parseHex(Files.readString(dir.resolve(name + ".seed")).trim()));
    }

    private static Address address(Path dir, String name) throws IOException {
        return Address.parse(Files.readString(dir.resolve(name + ".address")).trim());
    }

    /** The production module's chain, journal and executor bindings: the LiteSVM chain and the crash decorators. */
    static final class LiteSvmProfile extends AbstractModule {
        private final DaemonSettings settings;
        private final LiteSvmEcosystem world;
        private final RpcSettings rpc;
        private final Crash crash;

        LiteSvmProfile(DaemonSettings settings, LiteSvmEcosystem world, RpcSettings rpc, Crash crash) {
            this.settings = settings;
            this.world = world;
            this.rpc = rpc;
            this.crash = crash;
        }

        @Provides
        @Singleton
        ChainConnection chain(Clock clock, PrometheusMeterRegistry meters) {
            return RpcChainConnection.open(rpc, world.feePayer, new LiteSvmEcosystemLayout(FeeFixtures.creator(), world),
                    r -> new LiteSvmStepTransactions(world, !Boolean.getBoolean("litesvm.feesInFloat")), clock, meters);
        }

        /** The production journal, seen through the crash points. */
        @Provides
        @Singleton
        Journal journal(FilePersistence files) {
            return new CrashingJournal(files.journal(), crash);
        }

        /** The production executor, seen through the crash points. */
        @Provides
        @Singleton
        CycleExecutor cycleExecutor(ChainConnection chain) {
            return new CrashingExecutor(chain.cycleExecutor(), crash);
        }
    }

    /** The one configured crash point: the N-th time it is reached, announce it and block until killed. */
    static final class Crash {
        private final Point point;
        private final int nth;
        private final URI facade;
        private final AtomicInteger seen = new AtomicInteger();

        Crash(Point point, int nth, URI facade) {
            this.point = point;
            this.nth = nth;
            this.facade = facade;
        }

        boolean due(Point p) {
            return p == point && seen.incrementAndGet() == nth;
        }

        void at(Point p) {
            if (due(p)) {
                halt(p);
            }
        }

        void halt(Point p) {
            System.out.println("CRASH-POINT " + p);
            System.out.flush();
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // keep blocking: only SIGKILL ends this process here
                }
            }
        }

        /** Sends the exact signed bytes the sender is about to send, and waits for the facade to have executed them. */
        void sendRaw(PreparedTransaction tx) {
            String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"sendTransaction\",\"params\":[\"" + tx.wireBase64()
                    + "\",{\"encoding\":\"base64\",\"skipPreflight\":true}]}";
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(facade)
                        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                System.out.println("CRASH-SEND " + r.body());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("the crash harness could not send: " + e, e);
            }
        }
    }

    /** The production journal; stops before / after an INTENT and after an OUTCOME is durable. */
    static final class CrashingJournal implements Journal {
        private final Journal delegate;
        private final Crash crash;

        CrashingJournal(Journal delegate, Crash crash) {
            this.delegate = delegate;
            this.crash = crash;
        }

        @Override
        public long append(Instant at, JournalEntry entry) {
            boolean intent = entry instanceof JournalEntry.StepIntent;
            if (intent) {
                crash.at(Point.BEFORE_INTENT);
            }
            long seq = delegate.append(at, entry);
            if (intent) {
                crash.at(Point.AFTER_INTENT);
            }
            if (entry instanceof JournalEntry.StepOutcomeRecorded) {
                crash.at(Point.AFTER_OUTCOME);
            }
            return seq;
        }

        @Override
        public void flush() {
            delegate.flush();
        }

        @Override
        public void replayAfter(long seq, Consumer<JournalEntry.Journaled> consumer) {
            delegate.replayAfter(seq, consumer);
        }

        @Override
        public long lastSeq() {
            return delegate.lastSeq();
        }
    }

    /**
     * The production executor. At AFTER_SEND the step's signed bytes are put on chain (as the sender's first send
     * would) and the process stops before any confirmation is seen; at AFTER_CONFIRMATION it stops once the sender has
     * returned a final outcome, before the engine journals it.
     */
    static final class CrashingExecutor implements CycleExecutor {
        private final CycleExecutor delegate;
        private final Crash crash;

        CrashingExecutor(CycleExecutor delegate, Crash crash) {
            this.delegate = delegate;
            this.crash = crash;
        }

        @Override
        public Preparation prepare(CycleStep step) {
            return delegate.prepare(step);
        }

        @Override
        public StepOutcome submit(PreparedTransaction transaction) {
            if (crash.due(Point.AFTER_SEND)) {
                crash.sendRaw(transaction);
                crash.halt(Point.AFTER_SEND);
            }
            StepOutcome outcome = delegate.submit(transaction);
            crash.at(Point.AFTER_CONFIRMATION);
            return outcome;
        }

        @Override
        public StepOutcome resolve(CycleStep step, PreparedTransaction transaction) {
            return delegate.resolve(step, transaction);
        }
    }
}
