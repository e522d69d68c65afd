package dev.asdf.burnengine.solana.chain;

import dev.asdf.burnengine.core.port.ChainState;
import dev.asdf.burnengine.core.port.CycleExecutor;
import dev.asdf.burnengine.core.port.FeeSource;
import dev.asdf.burnengine.core.port.TokenDirectory;
import dev.asdf.burnengine.solana.ChainConnection;
import dev.asdf.burnengine.solana.ChainHealth;
import dev.asdf.burnengine.solana.ExecutionStrategy;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.direct.DirectChainState;
import dev.asdf.burnengine.solana.direct.DirectEcosystemLayout;
import dev.asdf.burnengine.solana.direct.DirectLookupTable;
import dev.asdf.burnengine.solana.direct.DirectSettings;
import dev.asdf.burnengine.solana.direct.DirectStepTransactions;
import dev.asdf.burnengine.solana.direct.PumpBuyLeg;
import dev.asdf.burnengine.solana.direct.PumpCollectLeg;
import dev.asdf.burnengine.solana.executor.AsdfProgramTransactions;
import dev.asdf.burnengine.solana.executor.RpcCycleExecutor;
import dev.asdf.burnengine.solana.executor.StepTip;
import dev.asdf.burnengine.solana.executor.StepTransactions;
import dev.asdf.burnengine.solana.executor.TransactionSubmission;
import dev.asdf.burnengine.solana.feesource.FeeAttributor;
import dev.asdf.burnengine.solana.feesource.RpcFeeSource;
import dev.asdf.burnengine.solana.feesource.RpcPoolDirectory;
import dev.asdf.burnengine.solana.jito.JitoBlockEngine;
import dev.asdf.burnengine.solana.jito.JitoBundleSubmission;
import dev.asdf.burnengine.solana.jito.JitoSettings;
import dev.asdf.burnengine.solana.jito.JitoTips;
import dev.asdf.burnengine.solana.rpc.EndpointStatus;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.RpcSettings;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import dev.asdf.burnengine.solana.rpc.SolanaSubscriptions;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A real cluster through JSON-RPC and its WebSocket: the four chain ports of the core on one client, one
 * subscription connection and one registry of meters. Open it with {@link #open} (the ASDF program) or
 * {@link #open(RpcSettings, Ed25519Keypair, EcosystemLayout, Function, Clock, MeterRegistry)} for another strategy.
 */
public final class RpcChainConnection implements ChainConnection {
    private final JsonRpcClient client;
    private final SolanaSubscriptions subscriptions;
    private final RpcFeeSource feeSource;
    private final ChainState chainState;
    private final RpcCycleExecutor executor;
    private final RpcTokenDirectory directory;
    private final Optional<JitoBlockEngine> blockEngine;

    private RpcChainConnection(RpcSettings settings, Ed25519Keypair feePayer, EcosystemLayout layout, JitoSettings jito,
            BiFunction<SolanaRpc, StepTip, StepTransactions> strategy, UnaryOperator<ChainState> chainStateView,
            Clock clock, MeterRegistry meters) {
        RpcMetrics metrics = new RpcMetrics(meters);
        this.client = JsonRpcClient.create(settings, metrics);
        SolanaRpc rpc = new SolanaRpc(client);
        this.subscriptions = SolanaSubscriptions.start(client);
        this.feeSource = new RpcFeeSource(rpc, new FeeAttributor(layout.vaults(), new RpcPoolDirectory(rpc),
                settings.feeTolerance()), metrics, Optional.of(subscriptions));
        this.chainState = chainStateView.apply(new RpcChainState(rpc, layout, feePayer.address()));
        this.blockEngine = jito.enabled() ? Optional.of(JitoBlockEngine.create(settings, jito.url(), metrics))
                : Optional.empty();
        StepTip tip = StepTip.NONE;
        TransactionSubmission submission = TransactionSubmission.rpc(rpc, metrics);
        if (blockEngine.isPresent()) {
            JitoTips tips = new JitoTips(blockEngine.get(), jito.tip(), clock, new SecureRandom());
            tip = tips;
            submission = new JitoBundleSubmission(blockEngine.get(), tips, metrics, settings.pollInterval());
        }
        this.executor = new RpcCycleExecutor(rpc, strategy.apply(rpc, tip), submission, Optional.of(subscriptions),
                metrics, clock);
        this.directory = new RpcTokenDirectory(rpc, layout);
    }

    /**
     * The ASDF program's ecosystem with the admin key as fee payer.
     *
     * @throws UnsupportedOperationException for {@link ExecutionStrategy#DIRECT}, which needs its settings: use
     *     {@link #openDirect}
     */
    public static RpcChainConnection open(RpcSettings settings, Ed25519Keypair admin, ExecutionStrategy strategy,
            Clock clock, MeterRegistry meters) {
        if (strategy != ExecutionStrategy.ASDF_PROGRAM) {
            throw new UnsupportedOperationException("strategy " + strategy.name().toLowerCase() + " needs the direct.*"
                    + " settings; open it with RpcChainConnection.openDirect");
        }
        return open(settings, admin, new AsdfEcosystemLayout(), rpc -> new AsdfProgramTransactions(rpc, admin), clock,
                meters);
    }

    /**
     * Direct mode (docs/direct-mode.md): the operator's key is the creator, the fee payer and the buyer; pump's own
     * instructions collect and buy, and the root treasury is never counted as money the root may spend. With
     * {@code direct.jito} every step pays a tip and is sent as a Jito bundle; otherwise through {@code rpc.endpoints}.
     */
    public static RpcChainConnection openDirect(RpcSettings settings, Ed25519Keypair operator, DirectSettings direct,
            Clock clock, MeterRegistry meters) {
        return new RpcChainConnection(settings, operator, new DirectEcosystemLayout(operator.address(), direct),
                direct.jito(), (rpc, tip) -> new DirectStepTransactions(operator, direct, new PumpCollectLeg(rpc),
                        new PumpBuyLeg(rpc, new SecureRandom()), () -> direct.lookupTable()
                                .flatMap(key -> rpc.account(key).map(a -> DirectLookupTable.decode(key, a.owner(),
                                        a.data())))
                                .map(List::of).orElse(List.of()), tip),
                DirectChainState::new, clock, meters);
    }

    /** Any layout and strategy (the LiteSVM test profile). */
    public static RpcChainConnection open(RpcSettings settings, Ed25519Keypair feePayer, EcosystemLayout layout,
            Function<SolanaRpc, StepTransactions> strategy, Clock clock, MeterRegistry meters) {
        return open(settings, feePayer, layout, strategy, UnaryOperator.identity(), clock, meters);
    }

    /** Any layout, strategy and view of the chain state (direct mode's tests on LiteSVM). */
    public static RpcChainConnection open(RpcSettings settings, Ed25519Keypair feePayer, EcosystemLayout layout,
            Function<SolanaRpc, StepTransactions> strategy, UnaryOperator<ChainState> chainStateView, Clock clock,
            MeterRegistry meters) {
        return new RpcChainConnection(settings, feePayer, layout, JitoSettings.disabled(),
                (rpc, tip) -> strategy.apply(rpc), chainStateView, clock, meters);
    }

    /**
     * Any layout and view of the chain state, sending as {@code jito} says: the strategy is given the tip to append
     * (direct mode's Jito tests on LiteSVM).
     */
    public static RpcChainConnection open(RpcSettings settings, Ed25519Keypair feePayer, EcosystemLayout layout,
            JitoSettings jito, BiFunction<SolanaRpc, StepTip, StepTransactions> strategy,
            UnaryOperator<ChainState> chainStateView, Clock clock, MeterRegistry meters) {
        return new RpcChainConnection(settings, feePayer, layout, jito, strategy, chainStateView, clock, meters);
    }

    @Override
    public FeeSource feeSource() {
        return feeSource;
    }

    @Override
    public ChainState chainState() {
        return chainState;
    }

    @Override
    public CycleExecutor cycleExecutor() {
        return executor;
    }

    @Override
    public TokenDirectory tokenDirectory() {
        return directory;
    }

    @Override
    public List<ChainHealth> health() {
        List<ChainHealth> out = new ArrayList<>();
        client.endpoints().forEach(e -> out.add(health("rpc:", e)));
        blockEngine.ifPresent(b -> b.endpoints().forEach(e -> out.add(health("jito:", e))));
        boolean up = subscriptions.connected();
        out.add(new ChainHealth("rpc:websocket", up ? ChainHealth.Status.UP : ChainHealth.Status.DEGRADED,
                up ? "subscribed" : "reconnecting (fees are still polled over HTTP): " + subscriptions.lastError()));
        return out;
    }

    private static ChainHealth health(String prefix, EndpointStatus e) {
        ChainHealth.Status status = switch (e.breaker()) {
            case "CLOSED" -> ChainHealth.Status.UP;
            case "HALF_OPEN" -> ChainHealth.Status.DEGRADED;
            default -> ChainHealth.Status.DOWN;
        };
        return new ChainHealth(prefix + e.name(), status, "circuit " + e.breaker().toLowerCase() + ", " + e.calls()
                + " calls, " + e.failures() + " transient failures"
                + (e.lastError().isEmpty() ? "" : "; last: " + e.lastError()));
    }

    @Override
    public String describe() {
        return "Solana JSON-RPC " + String.join(", ", client.endpoints().stream().map(EndpointStatus::name).toList())
                + " (commitment " + client.settings().commitment().wire() + ")"
                + blockEngine.map(b -> ", steps sent as Jito bundles to " + b.name()).orElse("");
    }

    @Override
    public void close() {
        feeSource.close();
        subscriptions.close();
        blockEngine.ifPresent(JitoBlockEngine::close);
        client.close();
    }
}
