package dev.asdf.burnengine.solana.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.config.ConfigException;
import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.solana.ExecutionStrategy;
import dev.asdf.burnengine.solana.SolanaSettings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DirectSettingsTest {
    private static final String MINT = "9zB5wRarXMj86MymwLumSKA1Dx35zPqqKfcZtK1Spump";
    private static final String TREASURY = "84ddDW8Vvuc9NMTQQFMtd2SAhR3xvGEJgJ9Xqe2VMi68";

    private static SolanaSettings read(Map<String, Object> direct) {
        ConfigTree tree = ConfigTree.of(Map.of("cluster", "devnet", "strategy", "direct", "keypair",
                Map.of("file", "payer.json"), "rpc", Map.of("endpoints", List.of("https://rpc.example.org")),
                "direct", direct), "test", Map.of(), Map.of());
        SolanaSettings settings = SolanaSettings.from(tree);
        tree.finish();
        return settings;
    }

    @Test
    void theDefaultsAreTheIssuesSplitAndTheKeysAreRead() {
        SolanaSettings s = read(Map.of("rootMint", MINT, "rootTreasury", TREASURY, "devWallet", TREASURY,
                "maxSpendPerCycle", "2 SOL", "slippageBps", 150, "lookupTable", TREASURY));
        assertThat(s.strategy()).isEqualTo(ExecutionStrategy.DIRECT);
        DirectSettings d = s.direct();
        assertThat(d.rootMint()).contains(Address.parse(MINT));
        assertThat(d.rootShareBps()).isEqualTo(4480);
        assertThat(d.devFeeBps()).isEqualTo(100);
        assertThat(d.slippageBps()).isEqualTo(150);
        assertThat(d.maxSpendPerCycle()).isEqualTo(Lamports.of(2_000_000_000L));
        assertThat(d.lookupTable()).contains(Address.parse(TREASURY));
        assertThat(d.split().feeSplitBps()).isEqualTo(5520);
        assertThat(d.split().devFeeBps()).isEqualTo(100);
        assertThat(d.jitoBundles()).isFalse();
        assertThat(s.fingerprint()).isEqualTo("cluster=devnet;strategy=direct;root=" + MINT);
    }

    @Test
    void aMissingRootMintABadAddressAndJitoAreRefusedNamingKeyValueAndFix() {
        assertThatThrownBy(() -> read(Map.of("rootTreasury", "not-an-address", "jito", true)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config key 'direct.rootMint' = '(none)' is required with strategy direct")
                .hasMessageContaining("config key 'direct.rootTreasury' = 'not-an-address' is not a Solana address")
                .hasMessageContaining("solana address")
                .hasMessageContaining("config key 'direct.jito' = 'true' is not available yet");
        assertThatThrownBy(() -> read(Map.of("rootMint", MINT, "rootShareBps", 10_000)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("direct.rootShareBps");
        assertThatThrownBy(() -> read(Map.of("rootMint", MINT, "maxSpendPerCycle", "0 SOL")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config key 'direct.maxSpendPerCycle' = '0 lamports' must be positive");
    }

    @Test
    void onTheDefaultStrategyTheDirectKeysAreReadButNotRequired() {
        ConfigTree tree = ConfigTree.of(Map.of(), "test", Map.of(), Map.of());
        SolanaSettings s = SolanaSettings.from(tree);
        tree.finish();
        assertThat(s.direct()).isEqualTo(DirectSettings.defaults());
        assertThat(tree.keysRead()).containsKeys("direct.rootMint", "direct.rootTreasury", "direct.devWallet",
                "direct.rootShareBps", "direct.devFeeBps", "direct.slippageBps", "direct.maxSpendPerCycle",
                "direct.minAllocation", "direct.jito", "direct.lookupTable");
    }
}
