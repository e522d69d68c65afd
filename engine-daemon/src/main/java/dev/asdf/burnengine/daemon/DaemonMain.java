package dev.asdf.burnengine.daemon;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import com.google.inject.spi.Message;
import dev.asdf.burnengine.core.config.ConfigException;
import dev.asdf.burnengine.core.config.ConfigTree;
import dev.asdf.burnengine.persistence.StateDirectoryException;
import dev.asdf.burnengine.persistence.YamlConfigFile;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar engine-daemon.jar [--config FILE] [--state-dir DIR] [--http-port N]}: with no configuration it runs
 * on the embedded sandbox, with its state under {@code ./burn-engine-state} and the dashboard on 127.0.0.1:3030.
 */
@Command(name = "engine-daemon", mixinStandardHelpOptions = true, versionProvider = DaemonMain.Version.class,
        exitCodeOnInvalidInput = 4,
        description = {"Runs the burn engine as a service: tracks fees, runs cycles on schedule, serves the API,"
                + " dashboard and metrics.", "With no --config it runs on the embedded sandbox cluster.",
            "Exit codes: 0 stopped cleanly, 1 internal error, 3 run lock held, 4 configuration error,"
                + " 5 chain unreachable, 7 integrity failure (journal or saved state)."})
public final class DaemonMain implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(DaemonMain.class);

    @Option(names = "--config", paramLabel = "FILE", description = "The YAML configuration file (docs/configuration.md).")
    Path config;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "The state directory (default ./burn-engine-state).")
    Path stateDir;

    @Option(names = "--http-port", paramLabel = "N", description = "The API port (0 = any free port, printed at start).")
    Integer httpPort;

    public static void main(String[] args) {
        System.exit(new CommandLine(new DaemonMain()).execute(args));
    }

    @Override
    public Integer call() {
        DaemonSettings settings;
        try {
            settings = settings();
        } catch (ConfigException e) {
            System.err.println("engine-daemon: " + e.getMessage());
            return DaemonExit.CONFIGURATION_ERROR.code;
        }
        Daemon daemon;
        try {
            daemon = Guice.createInjector(Stage.PRODUCTION, new DaemonModule(settings)).getInstance(Daemon.class);
        } catch (CreationException e) {
            return fatal(rootCause(e, e.getErrorMessages()));
        } catch (ProvisionException e) {
            return fatal(rootCause(e, e.getErrorMessages()));
        }
        try {
            daemon.start(String.join(" ", commandLine()), System.out);
        } catch (FatalStart e) {
            System.err.println("engine-daemon: " + e.getMessage());
            LOG.error("start-up failed: {}", e.getMessage());
            return e.exit.code;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            daemon.stop("SIGTERM");
            // A JVM ended by a signal exits 143 however its hooks end, and main may be returning at the same moment
            // (its System.exit then waits for this hook): a graceful stop is a clean exit either way.
            Runtime.getRuntime().halt(DaemonExit.CLEAN.code);
        }, "daemon-shutdown"));
        try {
            daemon.awaitStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return DaemonExit.CLEAN.code;
    }

    private DaemonSettings settings() {
        Map<String, Object> file = config == null ? Map.of() : YamlConfigFile.read(config);
        Map<String, String> flags = new HashMap<>();
        if (stateDir != null) {
            flags.put("stateDir", stateDir.toString());
        }
        if (httpPort != null) {
            flags.put("http.port", httpPort.toString());
        }
        ConfigTree tree = ConfigTree.of(file, config == null ? "(no configuration file)" : config.toString(),
                System.getenv(), flags);
        DaemonSettings settings = DaemonSettings.from(tree);
        tree.finish();
        return settings;
    }

    private static int fatal(Throwable cause) {
        DaemonExit exit = cause instanceof StateDirectoryException || cause instanceof IllegalArgumentException
                || cause instanceof ConfigException ? DaemonExit.CONFIGURATION_ERROR : DaemonExit.INTERNAL_ERROR;
        System.err.println("engine-daemon: " + cause.getMessage());
        if (exit == DaemonExit.INTERNAL_ERROR) {
            LOG.error("start-up failed with an unexpected error", cause);
        }
        return exit.code;
    }

    /** Guice keeps a provider's exception in its error messages, not always as the exception's cause. */
    private static Throwable rootCause(Throwable e, Collection<Message> messages) {
        Throwable t = e;
        for (Message message : messages) {
            if (message.getCause() != null) {
                t = message.getCause();
                break;
            }
        }
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static List<String> commandLine() {
        return ProcessHandle.current().info().arguments().map(List::of).orElse(List.of("engine-daemon"));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = DaemonMain.class.getPackage().getImplementationVersion();
            return new String[] {"engine-daemon " + (v == null ? "dev" : v)};
        }
    }
}
