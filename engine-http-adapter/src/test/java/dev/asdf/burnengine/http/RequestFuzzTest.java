package dev.asdf.burnengine.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 10,000 random and malformed requests against a real server on 127.0.0.1 (4 connections at a time, each request on
 * its own connection, reproducible from the seed): no answer may be a 5xx, and the server must still be healthy and
 * unchanged afterwards.
 */
class RequestFuzzTest {
    static final int REQUESTS = 10_000;
    static final int THREADS = 4;
    static final long SEED = 0x5EED_2026L;

    static final String[] METHODS = {"GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD",
            "TRACE", "CONNECT", "BREW", "get", "G\tET", "POST /x", "\u00ff\u00fe", ""};
    static final String MINT = TestServer.A.mint().toString();
    static final String[] PATHS = {"/", "/admin", "/health", "/health/sync", "/ready", "/fees", "/tokens",
            "/tokens/" + MINT, "/tokens/{x}", "/burns", "/treasury", "/cycle/status", "/cycles", "/cycles/{x}", "/dlq",
            "/metrics", "/api/openapi.json", "/ws", "/assets/dashboard.js", "/assets/{x}", "/cycle",
            "/admin/tokens/{m}/pause", "/admin/tokens/{m}/resume", "/admin/tokens/reload", "/admin/dlq/{m}/retry",
            "/admin/dlq/{m}/drop", "/admin/emergency-stop", "/admin/emergency-stop/release"};
    static final String[] NASTY = {"..", "%2e%2e", "..%2f", "%00", "%zz", "%", "%%", "~", "\u00e9", "%c0%af", "//",
            "?", "#", ";", "*", "{x}", "A".repeat(300), "%ff%fe", "\\..\\", " ", "%20", "+", "'\"<>", "${jndi:x}"};
    static final String[] PARAMS = {"limit", "offset", "dryRun", "x", "", "limit[]"};
    static final String[] VALUES = {"-1", "0", "1", "100", "101", "abc", "9999999999999999999", "", "true", "false",
            "%zz", "1e3", "NaN", "0x10", " 5"};
    static final String[] BODIES = {"", "{}", "{\"reason\":\"fuzz\"}", "{\"reason\":", "[]", "null", "\"x\"", "{\"a\":1}",
            "{\"reason\":123}", "{\"reason\":\"" + "y".repeat(600) + "\"}", "\u0000\u0001\u0002", "{{{{{{{{{{{{{{{{{{{{"
            + "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{", "{\"reason\":\"a\",\"reason\":\"b\"}"};
    static final String[] CONTENT_TYPES = {"application/json", "text/plain", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded", "application/json; charset=utf-16", "", "\u00ff"};

    @Test
    void randomAndMalformedRequestsNeverGetA5xxAndTheServerStaysUp() throws Exception {
        try (TestServer s = TestServer.start()) {
            int port = s.server.actualPort();
            List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger answered = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(SEED + t);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < REQUESTS / THREADS; i++) {
                        byte[] request = request(random);
                        int status = exchange(port, request);
                        if (status > 0) {
                            answered.incrementAndGet();
                        }
                        if (status >= 500) {
                            serverErrors.add(status + " for " + abbreviate(new String(request, StandardCharsets.ISO_8859_1)));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertThat(serverErrors).isEmpty();
            assertThat(s.registry.get("burn_engine_http_server_errors").counter().count())
                    .as("500s the server logged, answered or not").isZero();
            assertThat(answered.get()).as("requests answered with a status").isGreaterThan(REQUESTS * 9 / 10);
            assertThat(s.get("/health").statusCode()).isEqualTo(200);
            assertThat(s.engine.view().emergencyStop().engaged()).isFalse();
            assertThat(s.engine.view().cycles().cyclesPlanned()).isZero();
        }
    }

    private static byte[] request(Random r) {
        int mode = r.nextInt(20);
        if (mode == 0) {
            byte[] garbage = new byte[1 + r.nextInt(200)];
            r.nextBytes(garbage);
            return concat(garbage, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        if (mode == 1) {
            String[] broken = {"GET\r\n\r\n", "GET /health\r\n\r\n", "GET /health HTTP/9.9\r\n\r\n",
                    "GET /health HTTP/1.1\r\nNo-Colon-Header\r\n\r\n", "GET /health HTTP/1.1\nHost: x\n\n",
                    "GET /health HTTP/1.1\r\nHost: " + "h".repeat(20_000) + "\r\n\r\n",
                    "GET /" + "p".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                    "POST /cycle HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nnope\r\n0\r\n\r\n",
                    "POST /admin/emergency-stop HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
                    "POST /admin/emergency-stop HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\nhello",
                    "GET /health HTTP/1.1\r\nHost: x\r\nUpgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                            + "HTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n"};
            return broken[r.nextInt(broken.length)].getBytes(StandardCharsets.ISO_8859_1);
        }
        String method = pick(r, METHODS);
        String path = pick(r, PATHS).replace("{m}", r.nextInt(4) == 0 ? pick(r, NASTY) : MINT)
                .replace("{x}", pick(r, NASTY));
        if (r.nextInt(5) == 0) {
            path = path + "/" + pick(r, NASTY);
        }
        if (r.nextInt(3) == 0) {
            StringBuilder q = new StringBuilder("?");
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                q.append(pick(r, PARAMS)).append('=').append(pick(r, VALUES)).append('&');
            }
            path = path + q;
        }
        byte[] body = pick(r, BODIES).getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(40) == 0) {
            body = "z".repeat(70 * 1024).getBytes(StandardCharsets.ISO_8859_1);
        }
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1\r\n");
        if (r.nextBoolean()) {
            head.append("Authorization: ").append(r.nextBoolean() ? "Bearer " : "").append(Long.toHexString(r.nextLong())).append("\r\n");
        }
        if (r.nextBoolean()) {
            head.append("Content-Type: ").append(pick(r, CONTENT_TYPES)).append("\r\n");
        }
        if (r.nextInt(6) == 0) {
            head.append("Origin: ").append(r.nextBoolean() ? "https://evil.example" : pick(r, NASTY)).append("\r\n");
        }
        if (r.nextInt(10) == 0) {
            head.append("Access-Control-Request-Method: POST\r\n");
        }
        if (r.nextInt(8) == 0) {
            head.append("X-").append(pick(r, NASTY).replace(" ", "")).append(": ").append(pick(r, NASTY)).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        return concat(head.toString().getBytes(StandardCharsets.UTF_8), body);
    }

    /** @return the response's status, or 0 when the server closed the connection without one */
    private static int exchange(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before reading a body it refuses (413): read what it said
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            try {
                int c;
                while (head.size() < 12 && (c = in.read()) != -1) {
                    head.write(c);
                }
            } catch (SocketTimeoutException | SocketException e) {
                return 0;
            }
            String line = head.toString(StandardCharsets.ISO_8859_1);
            if (!line.startsWith("HTTP/1.") || line.length() < 12) {
                return 0;
            }
            return Integer.parseInt(line.substring(9, 12));
        }
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String abbreviate(String s) {
        String one = s.replace("\r\n", "\\r\\n");
        return one.length() <= 300 ? one : one.substring(0, 297) + "...";
    }
}
