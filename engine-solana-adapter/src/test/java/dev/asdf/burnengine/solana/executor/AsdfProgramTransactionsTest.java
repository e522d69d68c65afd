package dev.asdf.burnengine.solana.executor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.core.cycle.CycleId;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.RetryClass;
import dev.asdf.burnengine.core.cycle.SecondarySplit;
import dev.asdf.burnengine.core.cycle.StepId;
import dev.asdf.burnengine.core.ecosystem.SplitConfig;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.feesource.FeeFixtures;
import dev.asdf.burnengine.solana.message.Instruction;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.asdf.AsdfAddresses;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ASDF program strategy builds from chain state (the oracle's DATState, curves and pump Global on the facade). */
class AsdfProgramTransactionsTest {
    private LiteSvmPeer peer;
    private SolanaRpc rpc;
    private final Ed25519Keypair admin = Ed25519Keypair.generate(new SecureRandom());

    @BeforeEach
    void start() {
        peer = LiteSvmPeer.start();
        FeeFixtures.seedAccounts(peer);
        rpc = new SolanaRpc(JsonRpcClient.create(peer.settings(), new RpcMetrics(new SimpleMeterRegistry())));
    }

    @AfterEach
    void stop() {
        rpc.close();
        peer.close();
    }

    private void seedPumpGlobal() {
        for (JsonNode c : Vectors.load("accounts.json").path("cases")) {
            if ("Global".equals(c.path("type").asText()) && "pump".equals(c.path("program").asText())) {
                peer.setAccount(PumpAddresses.GLOBAL, 10_000_000, ProgramIds.PUMP, HexFormat.of().parseHex(c.path("data").asText()));
                return;
            }
        }
        throw new IllegalStateException("accounts.json has no pump Global");
    }

    private static CycleStep.SecondaryBuyback secondary(String mintName, Market market, boolean collects) {
        Token token = new Token(FeeFixtures.mint(mintName), "S", "", TokenRole.SECONDARY, market, TokenProgram.SPL_TOKEN);
        return new CycleStep.SecondaryBuyback(new StepId(CycleId.at(Instant.now(), 1), 0), token, collects,
                SecondarySplit.of(Lamports.of(200_000_000), SplitConfig.asdfProgramDefaults()));
    }

    @Test
    void builds_collect_buy_finalize_burn_and_dev_fee_for_a_collecting_secondary() {
        seedPumpGlobal();
        StepBuild build = new AsdfProgramTransactions(rpc, admin).build(secondary("B", Market.BONDING_CURVE, true));
        assertThat(build).isInstanceOfSatisfying(StepBuild.Built.class, b -> {
            assertThat(b.transaction().instructions()).extracting(Instruction::programId).containsOnly(ProgramIds.ASDF)
                    .hasSize(5);
            assertThat(b.transaction().signers()).containsExactly(admin);
            assertThat(b.transaction().accounts().authority()).isEqualTo(AsdfAddresses.DAT_AUTHORITY);
            assertThat(b.transaction().accounts().rootShare()).containsExactly(AsdfAddresses.rootTreasury(FeeFixtures.mint("A")));
            assertThat(b.transaction().accounts().sources()).containsExactly(PumpAddresses.creatorVault(AsdfAddresses.DAT_AUTHORITY));
        });
    }

    @Test
    void refuses_a_pumpswap_token_as_permanent() {
        StepBuild build = new AsdfProgramTransactions(rpc, admin).build(secondary("C", Market.AMM, false));
        assertThat(build).isInstanceOfSatisfying(StepBuild.Unbuildable.class, u -> {
            assertThat(u.error().code()).isEqualTo("asdf:amm-unsupported");
            assertThat(u.error().retryClass()).isEqualTo(RetryClass.PERMANENT);
        });
    }

    @Test
    void refuses_when_an_account_it_needs_is_missing_and_names_it() {
        StepBuild build = new AsdfProgramTransactions(rpc, admin).build(secondary("B", Market.BONDING_CURVE, false));
        assertThat(build).isInstanceOfSatisfying(StepBuild.Unbuildable.class, u -> {
            assertThat(u.error().code()).isEqualTo("asdf:account-missing");
            assertThat(u.error().message()).contains("pump Global " + PumpAddresses.GLOBAL);
        });
    }
}
