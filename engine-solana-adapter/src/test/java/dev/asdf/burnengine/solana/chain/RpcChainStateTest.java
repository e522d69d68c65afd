package dev.asdf.burnengine.solana.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.cycle.ChainSnapshot;
import dev.asdf.burnengine.core.port.ChainUnavailableException;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.solana.feesource.EcosystemVaults;
import dev.asdf.burnengine.solana.feesource.FeeFixtures;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.asdf.AsdfAddresses;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RpcChainStateTest {
    private static LiteSvmPeer peer;
    private static SolanaRpc rpc;
    private static long rent;

    @BeforeAll
    static void start() {
        peer = LiteSvmPeer.start();
        FeeFixtures.seedAccounts(peer);
        rpc = new SolanaRpc(JsonRpcClient.create(peer.settings(), new RpcMetrics(new SimpleMeterRegistry())));
        rent = rpc.minimumBalanceForRentExemption(0);
        EcosystemVaults vaults = EcosystemVaults.of(AsdfAddresses.DAT_AUTHORITY);
        peer.setAccount(vaults.curveVault(), rent + 70_000, ProgramIds.SYSTEM, new byte[0]);
        peer.setAccount(AsdfAddresses.DAT_AUTHORITY, rent + 5_000, ProgramIds.SYSTEM, new byte[0]);
        peer.setAccount(AsdfAddresses.rootTreasury(FeeFixtures.mint("A")), rent + 9_000, ProgramIds.SYSTEM, new byte[0]);
    }

    @AfterAll
    static void stop() {
        rpc.close();
        peer.close();
    }

    private static List<Token> tokens() {
        return List.of(new Token(FeeFixtures.mint("A"), "A", "", TokenRole.ROOT, Market.BONDING_CURVE, TokenProgram.SPL_TOKEN),
                new Token(FeeFixtures.mint("C"), "C", "", TokenRole.SECONDARY, Market.BONDING_CURVE, TokenProgram.SPL_TOKEN));
    }

    @Test
    void reads_the_vault_float_and_treasury_net_of_their_rent_exempt_minimum() {
        ChainSnapshot s = new RpcChainState(rpc, new AsdfEcosystemLayout(), AsdfAddresses.DAT_AUTHORITY).read(tokens());
        assertThat(s.balances().curveVault().value()).isEqualTo(70_000);
        assertThat(s.balances().authorityFloat().value()).isEqualTo(5_000);
        assertThat(s.balances().rootTreasury().value()).isEqualTo(9_000);
        assertThat(s.balances().ammVault().value()).isZero();
    }

    @Test
    void reads_the_split_from_dat_state_and_each_market_from_its_curve() {
        ChainSnapshot s = new RpcChainState(rpc, new AsdfEcosystemLayout(), AsdfAddresses.DAT_AUTHORITY).read(tokens());
        assertThat(s.split().feeSplitBps()).isEqualTo(5520);
        assertThat(s.markets()).isEqualTo(Map.of(FeeFixtures.mint("A"), Market.BONDING_CURVE, FeeFixtures.mint("C"), Market.AMM));
    }

    @Test
    void reports_the_chain_unavailable_when_no_endpoint_answers() {
        peer.setFaults(Map.of("rates", Map.of("http5xx", 1.0)));
        try (SolanaRpc own = new SolanaRpc(JsonRpcClient.create(peer.settings(), new RpcMetrics(new SimpleMeterRegistry())))) {
            assertThatThrownBy(() -> new RpcChainState(own, new AsdfEcosystemLayout(), AsdfAddresses.DAT_AUTHORITY)
                    .read(tokens())).isInstanceOf(ChainUnavailableException.class);
        } finally {
            peer.clearFaults();
        }
    }
}
