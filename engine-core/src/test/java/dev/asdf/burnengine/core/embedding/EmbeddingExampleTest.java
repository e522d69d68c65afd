package dev.asdf.burnengine.core.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asdf.burnengine.core.cycle.CycleReport;
import dev.asdf.burnengine.core.testkit.FakeChain;
import dev.asdf.burnengine.core.testkit.InMemoryJournal;
import dev.asdf.burnengine.core.testkit.InMemoryRunLock;
import dev.asdf.burnengine.core.testkit.InMemoryStateStore;
import dev.asdf.burnengine.core.testkit.TestData;
import dev.asdf.burnengine.core.token.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** docs/embedding.md shows exactly the code that this test compiles and runs. */
class EmbeddingExampleTest {
    private static final Path DOC = Path.of("..", "docs", "embedding.md");
    private static final Path SOURCE =
            Path.of("src", "test", "java", "dev", "asdf", "burnengine", "core", "embedding", "EmbeddingExample.java");

    @Test
    @DisplayName("the example in docs/embedding.md is the compiled example, character for character")
    void theDocumentedExampleIsTheCompiledOne() throws IOException {
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        String example = between(source, "// tag::example[]\n", "// end::example[]");
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String documented = between(doc, "```java\n", "```");
        assertThat(documented).isEqualTo(example);
    }

    @Test
    @DisplayName("the documented example runs a real cycle against in-memory ports")
    void theExampleRuns() {
        Clock clock = Clock.systemUTC();
        FakeChain chain = new FakeChain(clock);
        Token root = TestData.root(1, "ROOT");
        Token secondary = TestData.secondary(2, "SEC");
        chain.withToken(root).withToken(secondary);
        chain.trade(root, 1_000_000);
        chain.trade(secondary, 200_000_000);
        List<String> log = new ArrayList<>();

        CycleReport report = EmbeddingExample.pollAndRunOneCycle(chain, chain, chain, chain, new InMemoryStateStore(),
                new InMemoryJournal(), new InMemoryRunLock(clock), log);

        assertThat(report.status()).isEqualTo(CycleReport.Status.COMPLETED);
        assertThat(log).first().isEqualTo("credited 2 fee events");
        assertThat(log).anyMatch(line -> line.startsWith("burned ") && line.contains("SEC"));
        assertThat(chain.burned(secondary.mint())).isPositive();
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end, from + start.length());
        if (from < 0 || to < 0) {
            throw new AssertionError("markers '" + start.strip() + "' / '" + end.strip() + "' not found");
        }
        return text.substring(from + start.length(), to);
    }
}
