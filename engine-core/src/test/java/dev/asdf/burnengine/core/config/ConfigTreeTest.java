package dev.asdf.burnengine.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asdf.burnengine.core.EngineSettings;
import dev.asdf.burnengine.core.money.Lamports;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTreeTest {

    private static ConfigTree tree(Map<String, ?> file) {
        return ConfigTree.of(file, "burn-engine.yaml", Map.of(), Map.of());
    }

    enum Strategy { ASDF_PROGRAM, DIRECT }

    @Test
    void anEmptyTreeGivesEveryDefault() {
        ConfigTree t = ConfigTree.empty();
        assertThat(t.section("http").integer("port", 3030, 0, 65535)).isEqualTo(3030);
        t.finish();
        assertThat(t.keysRead()).containsEntry("http.port", "3030");
    }

    @Test
    void theEnvironmentOverridesTheFileAndFlagsOverrideBoth() {
        Map<String, Object> file = Map.of("http", Map.of("port", 4000));
        ConfigTree fileOnly = tree(file);
        ConfigTree env = ConfigTree.of(file, "f", Map.of("BURN_ENGINE_HTTP_PORT", "5000", "PATH", "/bin"), Map.of());
        ConfigTree flag = ConfigTree.of(file, "f", Map.of("BURN_ENGINE_HTTP_PORT", "5000"), Map.of("http.port", "0"));
        assertThat(fileOnly.section("http").integer("port", 3030, 0, 65535)).isEqualTo(4000);
        assertThat(env.section("http").integer("port", 3030, 0, 65535)).isEqualTo(5000);
        assertThat(flag.section("http").integer("port", 3030, 0, 65535)).isZero();
        env.finish();
        flag.finish();
    }

    @Test
    void camelCaseKeysMapToScreamingSnakeVariables() {
        assertThat(ConfigTree.variableName("cycle.maxSecondariesPerCycle"))
                .isEqualTo("BURN_ENGINE_CYCLE_MAX_SECONDARIES_PER_CYCLE");
    }

    @Test
    void anUnknownKeyIsReportedWithASuggestion() {
        ConfigTree t = tree(Map.of("cycle", Map.of("maxSecondariesPerCyle", 2)));
        t.section("cycle").integer("maxSecondariesPerCycle", 4, 0, 64);
        assertThatThrownBy(t::finish)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'cycle.maxSecondariesPerCyle' in burn-engine.yaml")
                .hasMessageContaining("did you mean 'cycle.maxSecondariesPerCycle'");
    }

    @Test
    void anUnknownEnvironmentVariableIsReportedWithASuggestion() {
        ConfigTree t = ConfigTree.of(Map.of(), "f", Map.of("BURN_ENGINE_HTTP_PROT", "1"), Map.of());
        t.section("http").integer("port", 3030, 0, 65535);
        assertThatThrownBy(t::finish).hasMessageContaining("unknown environment variable BURN_ENGINE_HTTP_PROT")
                .hasMessageContaining("did you mean BURN_ENGINE_HTTP_PORT");
    }

    @Test
    void aBadValueNamesTheKeyTheValueItsOriginAndTheFix() {
        ConfigTree t = ConfigTree.of(Map.of(), "f", Map.of("BURN_ENGINE_HTTP_PORT", "eighty"), Map.of());
        assertThat(t.section("http").integer("port", 3030, 0, 65535)).isEqualTo(3030);
        assertThatThrownBy(t::finish).hasMessageContaining("config key 'http.port' = 'eighty' (from BURN_ENGINE_HTTP_PORT)"
                + " is not a whole number; use a number between 0 and 65535");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ConfigTree t = tree(Map.of("http", Map.of("port", 70000), "fees", Map.of("pollInterval", "soon")));
        t.section("http").integer("port", 3030, 0, 65535);
        t.section("fees").duration("pollInterval", Duration.ofSeconds(5));
        assertThatThrownBy(t::finish).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void amountsAcceptSolLamportsOrBareNumbers() {
        ConfigTree t = tree(Map.of("a", "0.1 SOL", "b", "2500 lamports", "c", 42, "d", "1_000_000"));
        ConfigSection s = t.root();
        assertThat(s.lamports("a", 0)).isEqualTo(100_000_000L);
        assertThat(s.lamports("b", 0)).isEqualTo(2_500L);
        assertThat(s.lamports("c", 0)).isEqualTo(42L);
        assertThat(s.lamports("d", 0)).isEqualTo(1_000_000L);
        t.finish();
    }

    @Test
    void aBadAmountSaysHowToWriteOne() {
        ConfigTree t = tree(Map.of("cycle", Map.of("threshold", "ten SOL")));
        t.section("cycle").lamports("threshold", Lamports.PER_SOL);
        assertThatThrownBy(t::finish).hasMessageContaining("'ten SOL'").hasMessageContaining("write e.g. '0.1 SOL'");
    }

    @Test
    void durationsAcceptShortFormsAndIso() {
        ConfigTree t = tree(Map.of("a", "500ms", "b", "10m", "c", "PT2H", "d", "1d"));
        ConfigSection s = t.root();
        assertThat(s.duration("a", Duration.ZERO)).isEqualTo(Duration.ofMillis(500));
        assertThat(s.duration("b", Duration.ZERO)).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.duration("c", Duration.ZERO)).isEqualTo(Duration.ofHours(2));
        assertThat(s.duration("d", Duration.ZERO)).isEqualTo(Duration.ofDays(1));
        t.finish();
    }

    @Test
    void choicesAreKebabCaseAndAWrongOneListsTheOptions() {
        ConfigTree ok = tree(Map.of("strategy", "direct"));
        assertThat(ok.root().choice("strategy", Strategy.ASDF_PROGRAM)).isEqualTo(Strategy.DIRECT);
        ConfigTree bad = tree(Map.of("strategy", "manual"));
        bad.root().choice("strategy", Strategy.ASDF_PROGRAM);
        assertThatThrownBy(bad::finish).hasMessageContaining("is not one of asdf-program, direct");
    }

    @Test
    void anRpcUrlWithoutSchemeIsCaughtWithTheFix() {
        ConfigTree t = tree(Map.of("rpc", Map.of("endpoints", List.of("api.mainnet-beta.solana.com", "https://rpc.example.org"))));
        List<URI> urls = t.section("rpc").urls("endpoints", List.of(), "https", "http");
        assertThat(urls).containsExactly(URI.create("https://rpc.example.org"));
        assertThatThrownBy(t::finish).hasMessageContaining("'api.mainnet-beta.solana.com'")
                .hasMessageContaining("write the whole URL, e.g. 'https://api.mainnet-beta.solana.com'");
    }

    @Test
    void aListOfSectionsIsReadItemByItem() {
        ConfigTree t = tree(Map.of("alerts", Map.of("webhooks", List.of(
                Map.of("url", "https://hooks.slack.com/x", "format", "slack"),
                Map.of("url", "https://discord.com/api/webhooks/y", "formt", "discord")))));
        List<ConfigSection> hooks = t.section("alerts").sections("webhooks");
        hooks.forEach(h -> {
            h.string("url", "");
            h.string("format", "generic");
        });
        assertThatThrownBy(t::finish).hasMessageContaining("unknown key 'alerts.webhooks[1].formt'");
    }

    @Test
    void theEngineSettingsReadFromAnEmptyTreeAreTheDefaults() {
        ConfigTree t = ConfigTree.empty();
        assertThat(EngineSettings.from(t, "fp")).isEqualTo(EngineSettings.defaults("fp"));
        t.finish();
    }

    @Test
    void theEngineSettingsTakeTheConfiguredLimits() {
        ConfigTree t = tree(Map.of("cycle", Map.of("maxSecondariesPerCycle", 2, "maxSpendPerCycle", "5 SOL"),
                "deadLetter", Map.of("maxRetries", 3)));
        EngineSettings s = EngineSettings.from(t, "fp");
        t.finish();
        assertThat(s.cycles().limits().maxSecondariesPerCycle()).isEqualTo(2);
        assertThat(s.cycles().limits().maxSpendPerCycle()).isEqualTo(Lamports.of(5_000_000_000L));
        assertThat(s.deadLetters().maxRetries()).isEqualTo(3);
    }
}
