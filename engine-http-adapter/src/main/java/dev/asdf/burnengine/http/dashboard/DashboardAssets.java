package dev.asdf.burnengine.http.dashboard;

import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's files, read from this module's resources into memory once. Only the names listed here exist: a
 * request path is looked up in this map and never turned into a file path, so there is nothing to traverse.
 */
final class DashboardAssets {
    static final String RESOURCE_DIR = "dev/asdf/burnengine/http/dashboard/";
    static final List<String> FILES = List.of("index.html", "admin.html", "style.css", "common.js", "chart.js",
            "dashboard.js", "admin.js", "favicon.svg");

    /** @param etag a strong validator: the content's SHA-256 prefix, quoted */
    record Asset(String name, Buffer content, String contentType, String etag) {
    }

    private final Map<String, Asset> assets;

    private DashboardAssets(Map<String, Asset> assets) {
        this.assets = Map.copyOf(assets);
    }

    static DashboardAssets load() {
        Map<String, Asset> loaded = new LinkedHashMap<>();
        for (String name : FILES) {
            byte[] bytes = read(name);
            loaded.put(name, new Asset(name, Buffer.buffer(bytes), contentType(name), etag(bytes)));
        }
        return new DashboardAssets(loaded);
    }

    Optional<Asset> find(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    private static byte[] read(String name) {
        try (InputStream in = DashboardAssets.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("dashboard asset " + RESOURCE_DIR + name + " is missing from the"
                        + " engine-http-adapter jar; rebuild the module");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dashboard asset " + name, e);
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        throw new IllegalStateException("dashboard asset " + name + " has no known content type");
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256, which every Java platform must provide", e);
        }
    }
}
