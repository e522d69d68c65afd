package dev.asdf.burnengine.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the built jars run as a real process (the way an operator runs it), its output in a file, and the few HTTP
 * calls the end-to-end tests make to a running daemon.
 */
final class JarProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DASHBOARD = Pattern.compile("dashboard\\s+(http://127\\.0\\.0\\.1:(\\d+))/");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Process process;
    final Path output;

    private JarProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static Path jar(String property) {
        String path = System.getProperty(property);
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("the end-to-end tests run the built jars; " + property + " = " + path
                    + " does not exist: run `./mvnw -B verify` from the repository root");
        }
        return Path.of(path);
    }

    /** Starts {@code java -jar <jar> args...} in {@code workDir}, stdout and stderr into {@code <name>.log}. */
    static JarProcess start(String jarProperty, Path workDir, String name, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar(jarProperty).toString()));
        command.addAll(List.of(args));
        Path log = workDir.resolve(name + ".log");
        try {
            Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new JarProcess(p, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a CLI command to its end and returns its exit code and output. */
    static Result run(Path workDir, String name, String... args) {
        try (JarProcess cli = start("cli.jar", workDir, name, args)) {
            if (!cli.process.waitFor(120, TimeUnit.SECONDS)) {
                throw new AssertionError("engine-cli " + String.join(" ", args) + " did not finish in 120 s:\n"
                        + cli.log());
            }
            return new Result(cli.process.exitValue(), cli.log());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    record Result(int exit, String output) {
    }

    String log() {
        try {
            return Files.exists(output) ? Files.readString(output) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the daemon's "dashboard http://127.0.0.1:PORT/" line and returns its base URL. */
    String awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Matcher m = DASHBOARD.matcher(log());
            if (m.find()) {
                return m.group(1);
            }
            if (!process.isAlive()) {
                throw new AssertionError("the daemon exited with " + process.exitValue() + " before it was ready:\n" + log());
            }
            sleep(100);
        }
        throw new AssertionError("the daemon was not ready after " + timeout + ":\n" + log());
    }

    /** Polls {@code GET base+path} until the JSON answer satisfies {@code done}. */
    static JsonNode awaitJson(String url, Predicate<JsonNode> done, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get(url).body();
            if (done.test(last)) {
                return last;
            }
            sleep(250);
        }
        throw new AssertionError("waited " + timeout + " for " + what + " at " + url + "; last answer: " + last);
    }

    record Answer(int status, JsonNode body) {
    }

    static Answer get(String url) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** An admin call: POST with the bearer token and a JSON body. */
    static Answer post(String url, Path tokenFile, String json) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + Files.readString(tokenFile).strip())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), JSON.readTree(r.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String getText(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Sends SIGTERM and waits for the exit code. */
    int terminate(Duration timeout) {
        process.destroy();
        return awaitExit(timeout);
    }

    /** Waits for the process to exit on its own. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("no exit within " + timeout + ":\n" + log());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return process.exitValue();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
