package dev.asdf.burnengine.daemon;

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
 * Everything the daemon was configured with, read once at start from the configuration tree (file, environment,
 * flags); each module reads its own section.
 */
record DaemonSettings(
        Path stateDir,
        SolanaSettings solana,
        EngineSettings engine,
        CycleSchedule schedule,
        RunTimers timers,
        PersistenceSettings persistence,
        HttpSettings http,
        List<WebhookTarget> webhooks) {

    static final Path DEFAULT_STATE_DIR = Path.of("burn-engine-state");

    /** Reads every section; call {@link ConfigTree#finish()} afterwards to report all problems at once. */
    static DaemonSettings from(ConfigTree config) {
        SolanaSettings solana = SolanaSettings.from(config);
        return new DaemonSettings(
                config.root().path("stateDir", DEFAULT_STATE_DIR),
                solana,
                EngineSettings.from(config, "unknown"),
                CycleSchedule.from(config.section("schedule"), solana.defaultSchedule()),
                RunTimers.from(config),
                PersistenceSettings.from(config.section("persistence")),
                HttpSettings.from(config.section("http"),
                        HttpSettings.ExplorerCluster.parse(solana.explorerCluster())),
                WebhookTargets.from(config.section("alerts")));
    }
}
