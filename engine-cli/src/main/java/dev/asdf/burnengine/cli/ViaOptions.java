package dev.asdf.burnengine.cli;

import dev.asdf.burnengine.http.HttpSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --via URL}: ask a running daemon instead of opening the state directory (whose lock the daemon holds). */
final class ViaOptions {

    @Option(names = "--via", paramLabel = "URL",
            description = "Ask the running daemon at this address (e.g. http://127.0.0.1:3030) instead of the state"
                    + " directory the daemon has locked.")
    URI via;

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "The daemon's admin token (the file named by http.adminTokenFile) for --via calls that change"
                    + " something; default: http.adminTokenFile from --config.")
    Path adminTokenFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "How long to wait for the daemon's answer with --via (default: ${DEFAULT-VALUE} s; a whole"
                    + " cycle may take minutes).")
    long timeoutSeconds;

    boolean present() {
        return via != null;
    }

    /** @param state read for {@code http.adminTokenFile} only when {@code --admin-token-file} was not given */
    DaemonClient client(StateOptions state) {
        Optional<Path> token = Optional.ofNullable(adminTokenFile);
        if (token.isEmpty() && state.config != null) {
            if (state.settings().http().admin() instanceof HttpSettings.AdminAccess.TokenFile file) {
                token = Optional.of(file.file());
            }
        }
        return new DaemonClient(via, token, Duration.ofSeconds(timeoutSeconds));
    }
}
