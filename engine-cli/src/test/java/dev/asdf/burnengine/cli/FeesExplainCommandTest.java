package dev.asdf.burnengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fees explain} on the recorded fee transactions the solana adapter's oracle writes
 * (engine-solana-adapter/src/test/resources/vectors/fee-transactions.json), which carry what must be credited.
 */
class FeesExplainCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of("..", "engine-solana-adapter", "src", "test", "resources", "vectors",
            "fee-transactions.json");

    @TempDir
    Path dir;

    private static JsonNode fixture(String name) throws Exception {
        for (JsonNode c : JSON.readTree(FIXTURES.toFile()).path("cases")) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no fixture " + name);
    }

    private static String creator() throws Exception {
        return JSON.readTree(FIXTURES.toFile()).path("creator").asText();
    }

    private Path write(JsonNode fixture, boolean base64) throws Exception {
        ObjectNode result = fixture.path("result").deepCopy();
        if (base64) {
            result.set("transaction", JSON.createArrayNode().add(result.path("transactionBase64").asText()).add("base64"));
        }
        result.remove("transactionBase64");
        ObjectNode answer = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", 1);
        answer.set("result", result);
        Path file = dir.resolve("tx.json");
        Files.writeString(file, answer.toString());
        return file;
    }

    @Test
    void prints_each_credited_event_with_its_mint_lamports_event_and_inner_index() throws Exception {
        JsonNode fixture = fixture("one transaction trades two ecosystem tokens and credits each its own fee");
        CliRun run = CliRun.of("fees", "explain", write(fixture, false).toString(), "--creator", creator());
        assertThat(run.exit).as(run.err).isZero();
        for (JsonNode credit : fixture.path("expect").path("credits")) {
            assertThat(run.out).contains("credit " + credit.path("mint").asText() + " " + credit.path("lamports").asLong()
                    + " lamports (BONDING_CURVE, TradeEvent at inner instruction " + credit.path("index").asInt());
        }
        assertThat(run.out).contains("bonding curve").contains("+10000 lamports");
    }

    @Test
    void reads_the_base64_encoding_and_prints_json() throws Exception {
        JsonNode fixture = fixture("a pump buy pays its creator fee into the curve vault");
        CliRun run = CliRun.of("fees", "explain", write(fixture, true).toString(), "--creator", creator(), "--json");
        assertThat(run.exit).as(run.err).isZero();
        JsonNode out = JSON.readTree(run.out);
        assertThat(out.path("credits")).hasSize(1);
        assertThat(out.path("credits").path(0).path("mint").asText())
                .isEqualTo(fixture.path("expect").path("credits").path(0).path("mint").asText());
        assertThat(out.path("credits").path(0).path("innerInstructionIndex").asInt()).isEqualTo(2);
        assertThat(out.path("vaultDeltas").path("bondingCurve").path("lamports").asLong()).isEqualTo(12_345);
    }

    @Test
    void shows_an_unattributed_remainder() throws Exception {
        CliRun run = CliRun.of("fees", "explain", write(fixture("a plain transfer into the vault is an unattributed deposit"),
                false).toString(), "--creator", creator());
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("credits: none").contains("unattributed 50000 lamports in the BONDING_CURVE vault");
    }

    @Test
    void refuses_input_that_is_neither_a_file_nor_a_signature() {
        CliRun run = CliRun.of("fees", "explain", "not-a-file-or-signature", "--rpc", "http://127.0.0.1:9");
        assertThat(run.exit).isEqualTo(4);
        assertThat(run.err).contains("neither a readable file nor a transaction signature");
    }
}
