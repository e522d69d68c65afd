package dev.asdf.burnengine.solana.direct;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.BurnEngine;
import dev.asdf.burnengine.core.EngineSettings;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.money.TokenAmount;
import dev.asdf.burnengine.core.testkit.InMemoryJournal;
import dev.asdf.burnengine.core.testkit.InMemoryRunLock;
import dev.asdf.burnengine.core.testkit.InMemoryStateStore;
import dev.asdf.burnengine.core.testkit.MutableClock;
import dev.asdf.burnengine.core.testkit.RecordingEventSink;
import dev.asdf.burnengine.core.testkit.RecordingNotifier;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.solana.chain.EcosystemLayout;
import dev.asdf.burnengine.solana.chain.ProgramState;
import dev.asdf.burnengine.solana.chain.RpcChainConnection;
import dev.asdf.burnengine.solana.codec.BorshWriter;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.executor.LiteSvmEcosystem;
import dev.asdf.burnengine.solana.feesource.EcosystemVaults;
import dev.asdf.burnengine.solana.feesource.FeeFixtures;
import dev.asdf.burnengine.solana.jito.JitoSettings;
import dev.asdf.burnengine.solana.message.AccountMeta;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.ata.AssociatedTokenInstructions;
import dev.asdf.burnengine.solana.program.system.SystemInstructions;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * The direct-mode world on the LiteSVM facade with pump's collect and buy replaced by stand-ins, shared by the
 * direct-mode and Jito tests ({@link DirectModeOnLiteSvmTest}, {@link DirectJitoOnLiteSvmTest}): pump cannot run on
 * LiteSVM, so the collect is a System transfer from a vault stand-in and the buy a stand-in market (SOL to a market
 * maker, a real TransferChecked of tokens back). Built per test, closed after it.
 */
final class DirectLiteSvmWorld implements AutoCloseable {
    /** Every fee of the fixtures' six recorded trades (as in EngineOnLiteSvmTest). */
    static final long FEES = 79_445;
    private static final int TRANSFER_CHECKED = 12;
    private final LiteSvmPeer peer;
    private final SolanaRpc rpc;
    private final Ed25519Keypair operator;
    private final Ed25519Keypair vault;
    private final Ed25519Keypair maker;
    private final Address treasury;
    private final Address devWallet;

    /** Starts the facade and seeds it: funded keys, the fixtures' accounts and fees, the market maker's inventory. */
    DirectLiteSvmWorld() {
        peer = LiteSvmPeer.start();
        SecureRandom random = new SecureRandom();
        operator = Ed25519Keypair.generate(random);
        vault = Ed25519Keypair.generate(random);
        maker = Ed25519Keypair.generate(random);
        treasury = Ed25519Keypair.generate(random).address();
        devWallet = Ed25519Keypair.generate(random).address();
        peer.airdrop(operator.address(), 100_000_000_000L);
        peer.airdrop(vault.address(), 500_000_000_000L);
        peer.airdrop(maker.address(), 10_000_000L);
        peer.airdrop(treasury, 1_000_000L);
        peer.airdrop(devWallet, 1_000_000L);
        FeeFixtures.seedAccounts(peer);
        for (String name : new String[] {"A", "B", "C"}) {
            Address mint = FeeFixtures.mint(name);
            TokenProgram program = "B".equals(name) ? TokenProgram.TOKEN_2022 : TokenProgram.SPL_TOKEN;
            peer.setAccount(AssociatedTokenAddress.of(maker.address(), mint, program), 10_000_000,
                    ProgramIds.of(program), LiteSvmEcosystem.tokenAccountData(mint, maker.address(),
                            LiteSvmEcosystem.INVENTORY));
            // the operator's token accounts exist (a first buy would also pay their rent once, counted as spent)
            peer.setAccount(AssociatedTokenAddress.of(operator.address(), mint, program), 10_000_000,
                    ProgramIds.of(program), LiteSvmEcosystem.tokenAccountData(mint, operator.address(), 0));
        }
        for (JsonNode c : FeeFixtures.cases()) {
            peer.addRecordedTransaction(c.path("result"));
        }
        rpc = new SolanaRpc(JsonRpcClient.create(peer.settings(), new RpcMetrics(new SimpleMeterRegistry())));
        // the fixtures' fees wait in their creator's real pump vault, which the planner reads; pump cannot run here,
        // so the collect stand-in sweeps the same amount from the vault stand-in
        peer.setAccount(EcosystemVaults.of(FeeFixtures.creator()).curveVault(), rpc.minimumBalanceForRentExemption(0)
                + FEES, ProgramIds.SYSTEM, new byte[0]);
    }

    LiteSvmPeer peer() {
        return peer;
    }

    SolanaRpc rpc() {
        return rpc;
    }

    Ed25519Keypair operator() {
        return operator;
    }

    Ed25519Keypair vault() {
        return vault;
    }

    Address treasury() {
        return treasury;
    }

    Address devWallet() {
        return devWallet;
    }

    /** Direct mode with fixture A as root, this world's treasury and dev wallet, and the given Jito settings. */
    DirectSettings settings(JitoSettings jito) {
        return new DirectSettings(Optional.of(FeeFixtures.mint("A")), Optional.of(treasury), Optional.of(devWallet),
                4480, 100, 300, Lamports.of(1_000_000_000L), Lamports.of(1_000), jito, Optional.empty());
    }

    /**
     * The fixtures' fees name the fixtures' creator; the operator stands in for it as authority and fee payer, the
     * root and the split are direct mode's own.
     */
    EcosystemLayout layout(DirectSettings settings) {
        DirectEcosystemLayout direct = new DirectEcosystemLayout(operator.address(), settings);
        EcosystemVaults fixtures = EcosystemVaults.of(FeeFixtures.creator());
        return new EcosystemLayout() {
            @Override
            public EcosystemVaults vaults() {
                return fixtures;
            }

            @Override
            public Address authority() {
                return direct.authority();
            }

            @Override
            public Address rootTreasury(Address rootMint) {
                return direct.rootTreasury(rootMint);
            }

            @Override
            public ProgramState programState(SolanaRpc r) {
                return direct.programState(r);
            }
        };
    }

    /** Sweeps what the vault holds above rent ({@link #FEES}) from the vault stand-in, as pump's collect does. */
    CollectLeg collectStandIn() {
        return (token, creator) -> new CollectLeg.Plan.Ready(List.of(SystemInstructions.transfer(vault.address(),
                creator, Lamports.of(FEES))), List.of(vault), List.of(vault.address()));
    }

    /** Pays the whole budget to the market maker for 3 tokens per lamport (a real TransferChecked). */
    BuyLeg buyStandIn() {
        return request -> {
            Address mint = request.token().mint();
            TokenProgram program = request.token().program();
            Address programId = ProgramIds.of(program);
            long tokens = request.budget().value() * LiteSvmEcosystem.TOKENS_PER_LAMPORT;
            Address makerAta = AssociatedTokenAddress.of(maker.address(), mint, program);
            Address buyerAta = AssociatedTokenAddress.of(request.buyer(), mint, program);
            return new BuyLeg.Plan.Ready(List.of(
                    AssociatedTokenInstructions.createIdempotent(request.buyer(), request.buyer(), mint, programId),
                    SystemInstructions.transfer(request.buyer(), maker.address(), request.budget()),
                    new Instruction(programId, List.of(AccountMeta.writable(makerAta), AccountMeta.readonly(mint),
                            AccountMeta.writable(buyerAta), AccountMeta.readonlySigner(maker.address())),
                            new BorshWriter(10).u8(TRANSFER_CHECKED).u64(tokens).u8(LiteSvmEcosystem.DECIMALS)
                                    .toByteArray())),
                    List.of(maker), TokenAmount.of(tokens), request.budget(), request.budget());
        };
    }

    /** The engine over {@code chain} with in-memory state, run lock and events, named {@code name}. */
    static BurnEngine engine(RpcChainConnection chain, InMemoryJournal journal, RecordingNotifier notifier,
            MutableClock clock, String name) {
        return BurnEngine.builder()
                .feeSource(chain.feeSource()).chainState(chain.chainState()).cycleExecutor(chain.cycleExecutor())
                .tokenDirectory(chain.tokenDirectory()).stateStore(new InMemoryStateStore())
                .journal(journal).runLock(new InMemoryRunLock(clock))
                .eventSink(new RecordingEventSink()).notifier(notifier).clock(clock)
                .settings(EngineSettings.defaults(name)).build();
    }

    @Override
    public void close() {
        rpc.close();
        peer.close();
    }
}
