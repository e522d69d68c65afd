package dev.asdf.burnengine.solana.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.config.ConfigException;
import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.solana.ExecutionStrategy;
import dev.asdf.burnengine.solana.SolanaSettings;
import dev.asdf.burnengine.solana.jito.JitoSettings;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
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
        assertThat(d.jito()).isEqualTo(JitoSettings.disabled());
        assertThat(d.jito().url()).isEqualTo(URI.create("https://mainnet.block-engine.jito.wtf/api/v1/bundles"));
        assertThat(d.jito().tip()).isEqualTo(Lamports.of(10_000));
        assertThat(s.fingerprint()).isEqualTo("cluster=devnet;strategy=direct;root=" + MINT);
    }

    @Test
    void aMissingRootMintAndABadAddressAreRefusedNamingKeyValueAndFix() {
        assertThatThrownBy(() -> read(Map.of("rootTreasury", "not-an-address")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config key 'direct.rootMint' = '(none)' is required with strategy direct")
                .hasMessageContaining("config key 'direct.rootTreasury' = 'not-an-address' is not a Solana address")
                .hasMessageContaining("solana address");
        assertThatThrownBy(() -> read(Map.of("rootMint", MINT, "rootShareBps", 10_000)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("direct.rootShareBps");
        assertThatThrownBy(() -> read(Map.of("rootMint", MINT, "maxSpendPerCycle", "0 SOL")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config key 'direct.maxSpendPerCycle' = '0 lamports' must be positive");
    }

    @Test
    @DisplayName("direct.jito: true is accepted with its block engine URL and tip")
    void jitoIsReadWithItsUrlAndTip() {
        DirectSettings d = read(Map.of("rootMint", MINT, "jito", true, "jitoUrl",
                "https://frankfurt.mainnet.block-engine.jito.wtf/api/v1/bundles", "jitoTipLamports", "25000 lamports"))
                .direct();
        assertThat(d.jito().enabled()).isTrue();
        assertThat(d.jito().url()).isEqualTo(URI.create("https://frankfurt.mainnet.block-engine.jito.wtf/api/v1/bundles"));
        assertThat(d.jito().tip()).isEqualTo(Lamports.of(25_000));
    }

    @Test
    @DisplayName("a direct.jitoUrl that is not an http(s) URL is refused naming key, value and fix")
    void aJitoUrlThatIsNotHttpIsRefused() {
        assertThatThrownBy(() -> read(Map.of("rootMint", MINT, "jito", true, "jitoUrl", "ws://block-engine.example")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config key 'direct.jitoUrl' = 'ws://block-engine.example'")
                .hasMessageContaining("use https or http");
        assertThatThrownBy(() -> read(Map.of("rootMint", MINT, "jitoUrl", "block-engine.example/api/v1/bundles")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config key 'direct.jitoUrl' = 'block-engine.example/api/v1/bundles'")
                .hasMessageContaining("write the whole URL");
    }

    @Test
    @DisplayName("a direct.jitoTipLamports below the block engine's 1000-lamport minimum is refused naming the fix")
    void aTipBelowTheMinimumIsRefused() {
        assertThatThrownBy(() -> read(Map.of("rootMint", MINT, "jito", true, "jitoTipLamports", 999)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config key 'direct.jitoTipLamports' = '999 lamports' is below the Jito block"
                        + " engine's minimum tip of 1000 lamports")
                .hasMessageContaining("write e.g. '10000 lamports'");
        assertThat(read(Map.of("rootMint", MINT, "jito", true, "jitoTipLamports", 1_000)).direct().jito().tip())
                .isEqualTo(Lamports.of(1_000));
    }

    @Test
    void onTheDefaultStrategyTheDirectKeysAreReadButNotRequired() {
        ConfigTree tree = ConfigTree.of(Map.of(), "test", Map.of(), Map.of());
        SolanaSettings s = SolanaSettings.from(tree);
        tree.finish();
        assertThat(s.direct()).isEqualTo(DirectSettings.defaults());
        assertThat(tree.keysRead()).containsKeys("direct.rootMint", "direct.rootTreasury", "direct.devWallet",
                "direct.rootShareBps", "direct.devFeeBps", "direct.slippageBps", "direct.maxSpendPerCycle",
                "direct.minAllocation", "direct.jito", "direct.jitoUrl", "direct.jitoTipLamports",
                "direct.lookupTable");
    }
}
