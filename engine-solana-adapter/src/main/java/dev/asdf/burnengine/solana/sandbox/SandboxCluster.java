package dev.asdf.burnengine.solana.sandbox;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.port.ChainState;
import dev.asdf.burnengine.core.port.CycleExecutor;
import dev.asdf.burnengine.core.port.FeeSource;
import dev.asdf.burnengine.core.port.TokenDirectory;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.solana.ChainConnection;
import dev.asdf.burnengine.solana.ChainHealth;
import java.time.Clock;
import java.time.Duration;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The embedded sandbox: an in-process simulated chain behind the same ports as a real cluster. A root and secondaries
 * on pump.fun bonding curves (the official quote math), simulated traders paying creator fees into the shared vaults,
 * a migration to a pool when a curve completes, the ASDF program's split and burns on every cycle, and a configurable
 * share of failing steps. Everything follows from the seed; {@code speed} makes the traders faster than real time.
 */
public final class SandboxCluster implements ChainConnection {
    private static final String[] SYMBOLS = {"ROOT", "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA",
        "THETA", "IOTA", "KAPPA", "LAMBDA"};

    private static final long MAX_CATCH_UP_TRADES = 20_000;

    private final SandboxSettings settings;
    private final SimulatedChain chain;
    private final SandboxPorts ports;
    private final ScheduledExecutorService traders;
    private final Clock clock;
    private final Instant started;
    private final Optional<SandboxStore> store;

    private SandboxCluster(SandboxSettings settings, Clock clock, Duration confirmationDelay, boolean trade,
            Optional<Path> directory) {
        this.settings = settings;
        this.clock = clock;
        this.chain = new SimulatedChain(settings, clock, tokens(settings));
        this.store = directory.map(SandboxStore::new);
        store.flatMap(SandboxStore::load).ifPresent(chain::restore);
        double rate = settings.tradesPerSecond() * settings.speed();
        this.started = rate > 0 && trade
                ? clock.instant().minusMillis((long) (chain.tradesDone() * 1000 / rate)).minus(timeAway(rate))
                : clock.instant();
        this.ports = new SandboxPorts(chain, settings, confirmationDelay, this::save);
        if (trade && settings.tradesPerSecond() > 0) {
            traders = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sandbox-traders");
                t.setDaemon(true);
                return t;
            });
            traders.scheduleWithFixedDelay(this::tradeNow, 50, 100, TimeUnit.MILLISECONDS);
            traders.scheduleWithFixedDelay(this::save, 2, 2, TimeUnit.SECONDS);
        } else {
            traders = null;
        }
    }

    /**
     * Starts a sandbox whose traders trade in the background, in real time scaled by {@code speed}.
     *
     * @param directory where the simulated chain is kept across restarts (the daemon's state directory holds it)
     */
    public static SandboxCluster start(SandboxSettings settings, Clock clock, Optional<Path> directory) {
        return new SandboxCluster(settings, clock, settings.confirmationDelay(), true, directory);
    }

    /** A sandbox without background traders or confirmation delay: a test plays trades with {@link #tradeUntil}. */
    public static SandboxCluster manual(SandboxSettings settings, Clock clock) {
        return new SandboxCluster(settings, clock, Duration.ZERO, false, Optional.empty());
    }

    /** Like {@link #manual(SandboxSettings, Clock)}, kept in {@code directory} (to test restarts). */
    public static SandboxCluster manual(SandboxSettings settings, Clock clock, Path directory) {
        return new SandboxCluster(settings, clock, Duration.ZERO, false, Optional.of(directory));
    }

    /**
     * The address of the sandbox's signing key for a seed. Its secret follows from the seed, which is public, so a
     * real cluster refuses it.
     */
    public static Address adminAddress(long seed) {
        return SandboxTransactions.adminKey(seed).address();
    }

    /** Plays the trades due after {@code elapsed} of simulated trading (for tests and benchmarks). */
    public int tradeUntil(Duration elapsed) {
        return chain.tradeUntil(elapsed.toMillis() / 1000.0, Integer.MAX_VALUE);
    }

    public long tradesPlayed() {
        return chain.tradesDone();
    }

    /** Tokens burned so far by the engine's cycles, read from the simulated supply. */
    public long burned(Address mint) {
        return chain.burned(mint);
    }

    @Override
    public FeeSource feeSource() {
        return ports;
    }

    @Override
    public ChainState chainState() {
        return ports;
    }

    @Override
    public CycleExecutor cycleExecutor() {
        return ports;
    }

    @Override
    public TokenDirectory tokenDirectory() {
        return ports;
    }

    @Override
    public List<ChainHealth> health() {
        return List.of(new ChainHealth("sandbox", ChainHealth.Status.UP, "simulated cluster, seed " + settings.seed()
                + ", " + settings.tokens() + " tokens, " + chain.tradesDone() + " trades so far"));
    }

    @Override
    public String describe() {
        return "the embedded sandbox cluster (seed " + settings.seed() + ", " + settings.tokens() + " tokens, "
                + settings.tradesPerSecond() + " trades/s × " + settings.speed() + ", fault rate " + settings.faultRate() + ")";
    }

    @Override
    public void close() {
        if (traders != null) {
            traders.shutdownNow();
        }
        save();
    }

    /**
     * The traders trade on while no process runs the sandbox (a CLI run from cron finds the fees of the time since
     * the last run), but a restart after a long pause plays at most {@link #MAX_CATCH_UP_TRADES} at once.
     */
    private Duration timeAway(double rate) {
        if (chain.savedAt().equals(Instant.EPOCH)) {
            return Duration.ZERO;
        }
        Duration away = Duration.between(chain.savedAt(), clock.instant());
        Duration cap = Duration.ofMillis((long) (MAX_CATCH_UP_TRADES * 1000 / rate));
        return away.isNegative() ? Duration.ZERO : away.compareTo(cap) > 0 ? cap : away;
    }

    /** Writes the simulated chain to its directory, if it has one. */
    public void save() {
        store.ifPresent(s -> s.save(chain.toState()));
    }

    private void tradeNow() {
        double elapsed = Duration.between(started, clock.instant()).toMillis() / 1000.0;
        chain.tradeUntil(elapsed, 10_000);
    }

    private static List<SimToken> tokens(SandboxSettings settings) {
        List<SimToken> tokens = new ArrayList<>();
        for (int i = 0; i < settings.tokens(); i++) {
            String symbol = i < SYMBOLS.length ? SYMBOLS[i] : "T" + i;
            Address mint = Address.of(SimulatedChain.sha256("sandbox-mint:" + settings.seed() + ":" + i));
            Token token = new Token(mint, symbol, (i == 0 ? "Sandbox root " : "Sandbox ") + symbol,
                    i == 0 ? TokenRole.ROOT : TokenRole.SECONDARY, Market.BONDING_CURVE,
                    i % 2 == 0 ? TokenProgram.SPL_TOKEN : TokenProgram.TOKEN_2022);
            SimToken sim = new SimToken(token);
            if (i == 2 % settings.tokens() && i != 0) {
                sim.nearlyComplete();
            }
            tokens.add(sim);
        }
        return tokens;
    }
}
