package dev.asdf.burnengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("docs/configuration.md documents exactly the keys the engine reads")
class ConfigurationDocsTest {
    private static final Path DOC = Path.of("..", "docs", "configuration.md");
    /** A table row whose first cell is a key: | `http.port` | ... */
    private static final Pattern ROW_KEY = Pattern.compile("(?m)^\\| `([A-Za-z0-9.]+)` \\|");

    private static Set<String> engineKeys() {
        CliRun run = CliRun.of("config", "keys");
        assertThat(run.exit).isZero();
        Set<String> keys = new TreeSet<>();
        run.out.lines().forEach(line -> keys.add(line.substring(0, line.indexOf(" = "))));
        return keys;
    }

    private static Set<String> documentedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher m = ROW_KEY.matcher(Files.readString(DOC));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    @DisplayName("every key the engine reads has a row")
    void everyKeyIsDocumented() throws IOException {
        assertThat(documentedKeys()).containsAll(engineKeys());
    }

    @Test
    @DisplayName("every documented key is one the engine reads (lists of sections aside)")
    void noDocumentedKeyIsStale() throws IOException {
        Set<String> stale = documentedKeys();
        stale.removeAll(engineKeys());
        assertThat(stale).containsExactly("alerts.webhooks");
    }
}
