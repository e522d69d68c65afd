package dev.asdf.burnengine.cli;

import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.persistence.YamlConfigFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every command that reads the engine's configuration or state shares with the daemon. */
final class StateOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "The YAML configuration file (docs/configuration.md); BURN_ENGINE_* variables override it.")
    Path config;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "The state directory (default: stateDir from the configuration, else ./burn-engine-state).")
    Path stateDir;

    /**
     * Reads and checks the whole configuration exactly as the daemon does, so a key the daemon would refuse is refused
     * here too.
     *
     * @throws dev.asdf.burnengine.core.config.ConfigException listing every problem
     */
    CliSettings settings() {
        ConfigTree tree = tree();
        CliSettings settings = CliSettings.from(tree);
        tree.finish();
        return settings;
    }

    ConfigTree tree() {
        Map<String, Object> file = config == null ? Map.of() : YamlConfigFile.read(config);
        Map<String, String> flags = new HashMap<>();
        if (stateDir != null) {
            flags.put("stateDir", stateDir.toString());
        }
        return ConfigTree.of(file, config == null ? "(no configuration file)" : config.toString(), System.getenv(), flags);
    }

    String describeSource() {
        return config == null ? "no configuration file (defaults: the embedded sandbox)" : config.toString();
    }
}
