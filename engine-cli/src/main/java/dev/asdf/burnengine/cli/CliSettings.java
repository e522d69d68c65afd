package dev.asdf.burnengine.cli;

import dev.asdf.burnengine.core.EngineSettings;
import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.core.schedule.CycleSchedule;
import dev.asdf.burnengine.core.schedule.RunTimers;
import dev.asdf.burnengine.http.HttpSettings;
import dev.asdf.burnengine.http.alert.WebhookTarget;
import dev.asdf.burnengine.http.alert.WebhookTargets;
import dev.asdf.burnengine.persistence.PersistenceSettings;
import dev.asdf.burnengine.solana.SolanaSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * What the CLI was configured with. It reads every section the daemon reads (the daemon's timers included, unused
 * here) so that one configuration file serves both runners and a typo is reported by either.
 *
 * @param http the daemon's HTTP settings: the admin token file for {@code --via}, the explorer for links
 * @param webhooks where a failed cron cycle is reported
 */
record CliSettings(
        Path stateDir,
        SolanaSettings solana,
        EngineSettings engine,
        CycleSchedule schedule,
        PersistenceSettings persistence,
        HttpSettings http,
        List<WebhookTarget> webhooks) {

    static final Path DEFAULT_STATE_DIR = Path.of("burn-engine-state");

    static CliSettings from(ConfigTree config) {
        SolanaSettings solana = SolanaSettings.from(config);
        RunTimers.from(config);
        return new CliSettings(
                config.root().path("stateDir", DEFAULT_STATE_DIR),
                solana,
                EngineSettings.from(config, "unknown").withFingerprint(solana.fingerprint()),
                CycleSchedule.from(config.section("schedule"), solana.defaultSchedule()),
                PersistenceSettings.from(config.section("persistence")),
                HttpSettings.from(config.section("http"), HttpSettings.ExplorerCluster.parse(solana.explorerCluster())),
                WebhookTargets.from(config.section("alerts")));
    }
}
