package dev.asdf.burnengine.solana.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.ecosystem.Ecosystem;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.solana.feesource.FeeFixtures;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RpcTokenDirectoryTest {
    private static LiteSvmPeer peer;
    private static SolanaRpc rpc;

    @BeforeAll
    static void start() {
        peer = LiteSvmPeer.start();
        FeeFixtures.seedAccounts(peer);
        rpc = new SolanaRpc(JsonRpcClient.create(peer.settings(), new RpcMetrics(new SimpleMeterRegistry())));
    }

    @AfterAll
    static void stop() {
        rpc.close();
        peer.close();
    }

    private final RpcTokenDirectory directory = new RpcTokenDirectory(rpc, new AsdfEcosystemLayout());

    private static Token find(Ecosystem e, String name) {
        Address mint = FeeFixtures.mint(name);
        return e.tokens().stream().filter(t -> t.mint().equals(mint)).findFirst().orElseThrow(
                () -> new AssertionError("token " + name + " (" + mint + ") was not discovered: " + e.tokens()));
    }

    @Test
    void discovers_the_creators_curves_and_pools_with_the_root_from_dat_state() {
        Ecosystem e = directory.discover();
        assertThat(e.creatorAuthority()).isEqualTo(FeeFixtures.creator());
        assertThat(e.tokens()).hasSize(3);
        assertThat(find(e, "A").role()).isEqualTo(TokenRole.ROOT);
        assertThat(find(e, "B").role()).isEqualTo(TokenRole.SECONDARY);
        assertThat(e.split().feeSplitBps()).isEqualTo(5520);
    }

    @Test
    void tells_a_migrated_token_by_its_complete_curve_or_its_pool() {
        Ecosystem e = directory.discover();
        assertThat(find(e, "A").market()).isEqualTo(Market.BONDING_CURVE);
        assertThat(find(e, "C").market()).isEqualTo(Market.AMM);
    }

    @Test
    void reads_the_token_program_from_the_mints_owner() {
        Ecosystem e = directory.discover();
        assertThat(find(e, "A").program()).isEqualTo(TokenProgram.SPL_TOKEN);
        assertThat(find(e, "B").program()).isEqualTo(TokenProgram.TOKEN_2022);
    }

    @Test
    void describes_a_mint_of_our_creator_and_refuses_a_stranger() {
        assertThat(directory.describe(FeeFixtures.mint("B"))).hasValueSatisfying(
                t -> assertThat(t.market()).isEqualTo(Market.BONDING_CURVE));
        assertThat(directory.describe(FeeFixtures.mint("D"))).isEmpty();
    }
}
