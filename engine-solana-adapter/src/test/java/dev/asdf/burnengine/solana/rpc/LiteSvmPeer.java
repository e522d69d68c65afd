package dev.asdf.burnengine.solana.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asdf.burnengine.core.chain.Address;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The LiteSVM JSON-RPC facade ({@code src/test/litesvm/litesvm-rpc.mjs}) as a child process on 127.0.0.1, on free
 * ports, with its test-only controls. It dies with the JVM (it watches its stdin) and on {@link #close()}.
 */
public final class LiteSvmPeer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The facade's folder: {@code -Dlitesvm.facade.dir} (another module's tests), else relative to the module (surefire)
     * or to the reactor root (exec:java from the root).
     */
    private static final Path FACADE_DIR = System.getProperty("litesvm.facade.dir") != null
            ? Path.of(System.getProperty("litesvm.facade.dir"))
            : Files.isDirectory(Path.of("src", "test", "litesvm"))
            ? Path.of("src", "test", "litesvm") : Path.of("engine-solana-adapter", "src", "test", "litesvm");
    private final Process process;
    private final int httpPort;
    private final int wsPort;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private LiteSvmPeer(Process process, int httpPort, int wsPort) {
        this.process = process;
        this.httpPort = httpPort;
        this.wsPort = wsPort;
    }

    public static LiteSvmPeer start() {
        if (!Files.isDirectory(FACADE_DIR.resolve("node_modules").resolve("litesvm"))) {
            throw new IllegalStateException("the LiteSVM facade's packages are not installed in " + FACADE_DIR.toAbsolutePath()
                    + "; run `npm install` there (the Maven build does it in generate-test-resources when node_modules is missing)");
        }
        try {
            Process p = new ProcessBuilder("node", "litesvm-rpc.mjs", "0", "--exit-with-stdin")
                    .directory(FACADE_DIR.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).get(60, TimeUnit.SECONDS);
            if (line == null) {
                throw new IllegalStateException("the LiteSVM facade exited before printing its ports (exit " + p.waitFor() + ")");
            }
            JsonNode ports = JSON.readTree(line);
            return new LiteSvmPeer(p, ports.path("http").asInt(), ports.path("ws").asInt());
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the LiteSVM facade with `node litesvm-rpc.mjs` in "
                    + FACADE_DIR.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    public URI httpUrl() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    public URI httpUrl(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    public URI wsUrl() {
        return URI.create("ws://127.0.0.1:" + wsPort);
    }

    /** Settings for a client of this peer with short timings, so faults are retried quickly. */
    public RpcSettings settings() {
        return RpcSettings.defaults(List.of(httpUrl())).withEndpoints(List.of(httpUrl()), List.of(wsUrl()))
                .withTimings(Duration.ofSeconds(5), Duration.ofMillis(10), Duration.ofMillis(200), Duration.ofMillis(20),
                        Duration.ofMillis(200));
    }

    /** Calls a method without any client logic (controls are never subject to the fault mode). */
    public JsonNode control(String method, Object... params) {
        ObjectNode body = JSON.createObjectNode();
        body.put("jsonrpc", "2.0");
        body.put("id", 1);
        body.put("method", method);
        body.set("params", JSON.valueToTree(List.of(params)));
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(httpUrl()).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(r.body());
            if (answer.has("error")) {
                throw new IllegalStateException(method + " failed: " + answer.get("error"));
            }
            return answer.get("result");
        } catch (IOException e) {
            throw new IllegalStateException(method + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void setAccount(Address address, long lamports, Address owner, byte[] data) {
        control("litesvm_setAccount", Map.of("pubkey", address.toString(), "lamports", lamports, "owner", owner.toString(),
                "data", Base64.getEncoder().encodeToString(data)));
    }

    public void airdrop(Address to, long lamports) {
        control("requestAirdrop", to.toString(), lamports);
    }

    /** An airdrop that the fault mode never touches (for funding during a chaos run). */
    public void airdropControl(Address to, long lamports) {
        control("litesvm_airdrop", to.toString(), lamports);
    }

    public long advanceSlots(int n) {
        return control("litesvm_advanceSlots", n).asLong();
    }

    public void expireBlockhash() {
        control("litesvm_expireBlockhash");
    }

    public JsonNode addRecordedTransaction(JsonNode record) {
        return control("litesvm_addRecordedTransaction", record);
    }

    public void setFaults(Map<String, Object> faults) {
        control("litesvm_setFaults", faults);
    }

    public void injectFault(Map<String, Object> fault) {
        control("litesvm_injectFault", fault);
    }

    public void clearFaults() {
        control("litesvm_clearFaults");
    }

    public int closeWebSockets() {
        return control("litesvm_closeWebSockets").asInt();
    }

    public JsonNode stats() {
        return control("litesvm_stats");
    }

    public void resetStats() {
        control("litesvm_resetStats");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
