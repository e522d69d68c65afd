package dev.asdf.burnengine.solana.chain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.feesource.FeeFixtures;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.rpc.AccountInfo;
import dev.asdf.burnengine.solana.rpc.JsonRpcClient;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import dev.asdf.burnengine.solana.rpc.RpcMetrics;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accounts that look like one of the creator's tokens but are not what the engine can trust: a mint owned by a
 * program the engine does not know, a mint too short to be one, a bonding curve not owned by pump. None is taken for
 * a token of the ecosystem (so the engine rejects their fees instead of crediting them).
 */
class RpcTokenDirectoryHostileAccountsTest {
    private LiteSvmPeer peer;
    private SolanaRpc rpc;
    private RpcTokenDirectory directory;
    private final Address mint = FeeFixtures.mint("B");
    private final Address stranger = Ed25519Keypair.generate(new SecureRandom()).address();

    @BeforeEach
    void start() {
        peer = LiteSvmPeer.start();
        FeeFixtures.seedAccounts(peer);
        rpc = new SolanaRpc(JsonRpcClient.create(peer.settings(), new RpcMetrics(new SimpleMeterRegistry())));
        directory = new RpcTokenDirectory(rpc, new AsdfEcosystemLayout());
        assertThat(directory.describe(mint)).as("the fixture's token B, before it is tampered with").isPresent();
    }

    @AfterEach
    void stop() {
        rpc.close();
        peer.close();
    }

    private void replace(Address address, Address owner, byte[] data) {
        AccountInfo original = rpc.account(address).orElseThrow();
        peer.setAccount(address, original.lamports(), owner, data);
    }

    @Test
    void a_mint_owned_by_a_token_program_the_engine_does_not_know_is_no_token() {
        replace(mint, stranger, rpc.account(mint).orElseThrow().data());

        assertThat(directory.describe(mint)).isEmpty();
        assertThat(directory.discover().tokens()).extracting(Token::mint).doesNotContain(mint);
    }

    @Test
    void a_mint_shorter_than_the_mint_layout_is_no_token() {
        AccountInfo original = rpc.account(mint).orElseThrow();
        replace(mint, original.owner(), Arrays.copyOf(original.data(), 40));

        assertThat(directory.describe(mint)).isEmpty();
    }

    @Test
    void a_bonding_curve_not_owned_by_pump_is_no_curve_of_ours() {
        Address curve = PumpAddresses.bondingCurve(mint);
        replace(curve, stranger, rpc.account(curve).orElseThrow().data());

        assertThat(directory.describe(mint)).isEmpty();
    }
}
