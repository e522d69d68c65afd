package dev.asdf.burnengine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Talks to a running daemon's HTTP API for {@code --via}: the read endpoints, and the admin endpoints with the bearer
 * token read from the same file the daemon reads ({@code http.adminTokenFile}). The token is never printed.
 */
final class DaemonClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Optional<Path> tokenFile;
    private final Duration timeout;
    private final HttpClient client;

    DaemonClient(URI base, Optional<Path> tokenFile, Duration timeout) {
        String scheme = base.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || base.getHost() == null) {
            throw new CliFailure(ExitCode.CONFIGURATION_ERROR, "--via '" + base + "' is not an http(s) URL of the"
                    + " daemon; use e.g. --via http://127.0.0.1:3030");
        }
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.tokenFile = tokenFile;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The daemon's answer: its HTTP status and JSON body (a missing node when it was not JSON). */
    record Answer(int status, JsonNode body) {
        String errorCode() {
            return body.path("error").asText("");
        }

        String errorMessage() {
            String message = body.path("message").asText("");
            return message.isEmpty() ? "HTTP " + status : message;
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(base.getPath() + path)).GET());
    }

    Answer post(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(base.getPath() + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token())
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        return send(request);
    }

    URI base() {
        return base;
    }

    private Answer send(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new CliFailure(ExitCode.CHAIN_UNREACHABLE, "the daemon at " + base + " is not answering (connection"
                    + " refused); is it running, and is this its http.host and http.port?", e);
        } catch (HttpTimeoutException e) {
            throw new CliFailure(ExitCode.CHAIN_UNREACHABLE, "the daemon at " + base + " did not answer within "
                    + timeout.toSeconds() + " s; check its log, or raise --timeout", e);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.CHAIN_UNREACHABLE, "cannot reach the daemon at " + base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.INTERNAL_ERROR, "interrupted while waiting for the daemon at " + base, e);
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            body = MissingNode.getInstance();
        }
        Answer answer = new Answer(response.statusCode(), body == null ? MissingNode.getInstance() : body);
        if (answer.status() == 401 || answer.status() == 403) {
            throw new CliFailure(ExitCode.CONFIGURATION_ERROR, "the daemon at " + base + " refused the admin call ("
                    + answer.errorCode() + "): " + answer.errorMessage()
                    + "; pass the file the daemon reads as http.adminTokenFile with --admin-token-file");
        }
        if (answer.status() == 429) {
            throw new CliFailure(ExitCode.INTERNAL_ERROR, "the daemon at " + base + " rate-limited this call;"
                    + " wait " + response.headers().firstValue("Retry-After").orElse("a few") + " s and try again");
        }
        return answer;
    }

    private String token() {
        Path file = tokenFile.orElseThrow(() -> new CliFailure(ExitCode.CONFIGURATION_ERROR, "the daemon's admin"
                + " API needs its token: pass --admin-token-file FILE (the file the daemon reads as"
                + " http.adminTokenFile), or --config with that key set"));
        try {
            String token = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (token.isEmpty()) {
                throw new CliFailure(ExitCode.CONFIGURATION_ERROR, "the admin token file " + file + " is empty;"
                        + " it must hold the daemon's admin token");
            }
            return token;
        } catch (IOException e) {
            throw new CliFailure(ExitCode.CONFIGURATION_ERROR, "cannot read the admin token file " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
