package dev.asdf.burnengine.http.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BearerTokenTest {
    static final String SECRET = "s3cr3t-token-of-32-characters-xx";

    @TempDir
    Path dir;

    private BearerToken load(String content) throws IOException {
        Path file = dir.resolve("token");
        Files.writeString(file, content);
        return BearerToken.load(file);
    }

    @Test
    void theExactTokenMatchesWhateverTheSchemesCase() throws IOException {
        BearerToken token = load(SECRET + "\n");
        assertThat(token.matches("Bearer " + SECRET)).isTrue();
        assertThat(token.matches("bearer " + SECRET)).isTrue();
    }

    @Test
    void anyOtherCredentialDoesNotMatch() throws IOException {
        BearerToken token = load(SECRET);
        assertThat(token.matches(null)).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches("Bearer")).isFalse();
        assertThat(token.matches("Bearer " + SECRET.substring(1))).isFalse();
        assertThat(token.matches("Bearer " + SECRET + "x")).isFalse();
        assertThat(token.matches("Basic " + SECRET)).isFalse();
        assertThat(token.matches(SECRET)).isFalse();
    }

    @Test
    void aMissingFileIsReportedWithItsPathAndTheFix() {
        Path missing = dir.resolve("absent");
        assertThatThrownBy(() -> BearerToken.load(missing))
                .hasMessageContaining("http.adminTokenFile").hasMessageContaining(missing.toString())
                .hasMessageContaining("openssl rand -hex 32");
    }

    @Test
    void aShortTokenIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> load("short"))
                .hasMessageContaining("at least " + BearerToken.MIN_LENGTH).hasMessageNotContaining("short\"")
                .hasMessageContaining("holds 5 characters");
    }

    @Test
    void aTokenWithSpacesIsRefused() {
        assertThatThrownBy(() -> load("sixteen chars and spaces")).hasMessageContaining("without spaces");
    }

    @Test
    void itNeverPrintsTheToken() throws IOException {
        assertThat(load(SECRET).toString()).doesNotContain(SECRET).isEqualTo("BearerToken[redacted]");
    }
}
