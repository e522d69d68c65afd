package dev.asdf.burnengine.core.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One section of the {@link ConfigTree}. Each getter reads one key (flag, then environment, then file, then the
 * default), converts it, and on a bad value records a problem naming the key, the value, its origin and the fix,
 * returning the default so that every problem of a file is reported at once.
 */
public final class ConfigSection {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern SOL = Pattern.compile("(\\d+(?:\\.\\d{1,9})?)\\s*SOL", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAMPORTS = Pattern.compile("(\\d+)\\s*(?:lamports)?", Pattern.CASE_INSENSITIVE);

    private final ConfigTree tree;
    private final String path;
    private final Map<String, Object> node;

    ConfigSection(ConfigTree tree, String path, Map<String, Object> node) {
        this.tree = tree;
        this.path = path;
        this.node = node;
    }

    public String path() {
        return path;
    }

    public ConfigSection section(String key) {
        String full = key(key);
        tree.markRead(full);
        Object child = node.get(key);
        if (child == null) {
            return new ConfigSection(tree, full, Map.of());
        }
        if (!(child instanceof Map)) {
            tree.markRead(full);
            tree.report("config key '" + full + "' must be a section of keys, got '" + child + "'");
            return new ConfigSection(tree, full, Map.of());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) child;
        return new ConfigSection(tree, full, map);
    }

    public String string(String key, String defaultValue) {
        ConfigTree.Value v = tree.lookup(key(key), node.get(key), defaultValue);
        return v == null ? defaultValue : String.valueOf(v.raw()).strip();
    }

    public Optional<String> optionalString(String key) {
        ConfigTree.Value v = tree.lookup(key(key), node.get(key), "(none)");
        if (v == null || String.valueOf(v.raw()).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(String.valueOf(v.raw()).strip());
    }

    public boolean bool(String key, boolean defaultValue) {
        ConfigTree.Value v = tree.lookup(key(key), node.get(key), Boolean.toString(defaultValue));
        if (v == null) {
            return defaultValue;
        }
        String text = String.valueOf(v.raw()).strip().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        return bad(key, v, "is not true or false", defaultValue);
    }

    public int integer(String key, int defaultValue, int min, int max) {
        return (int) longValue(key, defaultValue, min, max);
    }

    public long longValue(String key, long defaultValue, long min, long max) {
        ConfigTree.Value v = tree.lookup(key(key), node.get(key), Long.toString(defaultValue));
        if (v == null) {
            return defaultValue;
        }
        long value;
        try {
            value = Long.parseLong(String.valueOf(v.raw()).strip().replace("_", ""));
        } catch (NumberFormatException e) {
            return bad(key, v, "is not a whole number; use a number between " + min + " and " + max, defaultValue);
        }
        if (value < min || value > max) {
            return bad(key, v, "is out of range; use a number between " + min + " and " + max, defaultValue);
        }
        return value;
    }

    /** A decimal number, e.g. a rate or a factor. */
    public double decimal(String key, double defaultValue, double min, double max) {
        ConfigTree.Value v = tree.lookup(key(key), node.get(key), Double.toString(defaultValue));
        if (v == null) {
            return defaultValue;
        }
        double value;
        try {
            value = Double.parseDouble(String.valueOf(v.raw()).strip());
        } catch (NumberFormatException e) {
            return bad(key, v, "is not a number; use a number between " + min + " and " + max, defaultValue);
        }
        if (Double.isNaN(value) || value < min || value > max) {
            return bad(key, v, "is out of range; use a number between " + min + " and " + max, defaultValue);
        }
        return value;
    }

    /** An amount of SOL: {@code 0.1 SOL}, {@code 100000000 lamports} or a bare number of lamports. */
    public long lamports(String key, long defaultValue) {
        ConfigTree.Value v = tree.lookup(key(key), node.get(key), defaultValue + " lamports");
        if (v == null) {
            return defaultValue;
        }
        String text = String.valueOf(v.raw()).strip().replace("_", "");
        Matcher sol = SOL.matcher(text);
        if (sol.matches()) {
            try {
                return new BigDecimal(sol.group(1)).movePointRight(9).longValueExact();
            } catch (ArithmeticException e) {
                return bad(key, v, "is too large for an amount of lamports", defaultValue);
            }
        }
        Matcher lamports = LAMPORTS.matcher(text);
        if (lamports.matches()) {
            try {
                return Long.parseLong(lamports.group(1));
            } catch (NumberFormatException e) {
                return bad(key, v, "is too large for an amount of lamports", defaultValue);
            }
        }
        return bad(key, v, "is not an amount; write e.g. '0.1 SOL' or '100000000 lamports'", defaultValue);
    }

    /** A duration: {@code 500ms}, {@code 5s}, {@code 10m}, {@code 2h}, {@code 1d}, or ISO-8601 ({@code PT5S}). */
    public Duration duration(String key, Duration defaultValue) {
        ConfigTree.Value v = tree.lookup(key(key), node.get(key), format(defaultValue));
        if (v == null) {
            return defaultValue;
        }
        String text = String.valueOf(v.raw()).strip();
        Matcher m = DURATION.matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            return bad(key, v, "is not a duration; write e.g. '500ms', '5s', '10m', '2h' or '1d'", defaultValue);
        }
    }

    /** One of an enum's constants, written in kebab case ({@code asdf-program} for {@code ASDF_PROGRAM}). */
    public <E extends Enum<E>> E choice(String key, E defaultValue) {
        ConfigTree.Value v = tree.lookup(key(key), node.get(key), kebab(defaultValue));
        if (v == null) {
            return defaultValue;
        }
        String text = String.valueOf(v.raw()).strip();
        for (E option : defaultValue.getDeclaringClass().getEnumConstants()) {
            if (kebab(option).equalsIgnoreCase(text) || option.name().equalsIgnoreCase(text)) {
                return option;
            }
        }
        List<String> options = new ArrayList<>();
        for (E option : defaultValue.getDeclaringClass().getEnumConstants()) {
            options.add(kebab(option));
        }
        return bad(key, v, "is not one of " + String.join(", ", options), defaultValue);
    }

    public Optional<Path> optionalPath(String key) {
        return path(key, "(none)");
    }

    public Path path(String key, Path defaultValue) {
        return path(key, defaultValue.toString()).orElse(defaultValue);
    }

    private Optional<Path> path(String key, String defaultText) {
        ConfigTree.Value v = tree.lookup(key(key), node.get(key), defaultText);
        Optional<String> text = v == null || String.valueOf(v.raw()).isBlank()
                ? Optional.empty() : Optional.of(String.valueOf(v.raw()).strip());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text.get()));
        } catch (InvalidPathException e) {
            problem(key, text.get(), "is not a valid path: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A URL with one of the given schemes (an RPC URL without {@code https://} is a classic mistake). */
    public Optional<URI> optionalUrl(String key, String... schemes) {
        ConfigTree.Value v = tree.lookup(key(key), node.get(key), "(none)");
        if (v == null || String.valueOf(v.raw()).isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(url(key, v, String.valueOf(v.raw()).strip(), schemes));
    }

    /** A list of strings (a YAML list, or a comma-separated string from the environment). */
    public List<String> strings(String key, List<String> defaultValue) {
        ConfigTree.Value v = tree.lookup(key(key), node.get(key), String.join(",", defaultValue));
        if (v == null) {
            return defaultValue;
        }
        List<String> out = new ArrayList<>();
        if (v.raw() instanceof List<?> list) {
            list.forEach(item -> out.add(String.valueOf(item).strip()));
        } else {
            for (String part : String.valueOf(v.raw()).split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /** A list of URLs, each checked like {@link #optionalUrl}. */
    public List<URI> urls(String key, List<String> defaultValue, String... schemes) {
        List<URI> out = new ArrayList<>();
        for (String text : strings(key, defaultValue)) {
            URI uri = url(key, new ConfigTree.Value(text, "the configuration"), text, schemes);
            if (uri != null) {
                out.add(uri);
            }
        }
        return out;
    }

    /** A list of sections (for example webhooks); environment variables cannot set these. */
    public List<ConfigSection> sections(String key) {
        String full = key(key);
        tree.markRead(full);
        Object raw = node.get(key);
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            tree.report("config key '" + full + "' must be a list, got '" + raw + "'");
            return List.of();
        }
        List<ConfigSection> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof Map<?, ?>) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) item;
                out.add(new ConfigSection(tree, full + "[" + i + "]", map));
            } else {
                tree.report("config key '" + full + "[" + i + "]' must be a section of keys, got '" + item + "'");
            }
        }
        return out;
    }

    /** Records a problem with a key's value found by the caller's own rule. */
    public void problem(String key, Object value, String message) {
        tree.report("config key '" + key(key) + "' = '" + value + "' " + message);
    }

    private URI url(String key, ConfigTree.Value v, String text, String... schemes) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                bad(key, v, "has no scheme and host; write the whole URL, e.g. '" + schemes[0] + "://" + text + "'", null);
                return null;
            }
            for (String allowed : schemes) {
                if (allowed.equalsIgnoreCase(scheme)) {
                    return uri;
                }
            }
            bad(key, v, "uses the scheme '" + scheme + "'; use " + String.join(" or ", schemes), null);
            return null;
        } catch (URISyntaxException e) {
            bad(key, v, "is not a URL: " + e.getReason(), null);
            return null;
        }
    }

    private <T> T bad(String key, ConfigTree.Value v, String what, T fallback) {
        tree.report("config key '" + key(key) + "' = '" + v.raw() + "' (from " + v.origin() + ") " + what);
        return fallback;
    }

    private String key(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String format(Duration d) {
        if (d.toMillis() % 86_400_000 == 0 && !d.isZero()) {
            return d.toDays() + "d";
        }
        if (d.toMillis() % 3_600_000 == 0 && !d.isZero()) {
            return d.toHours() + "h";
        }
        if (d.toMillis() % 60_000 == 0 && !d.isZero()) {
            return d.toMinutes() + "m";
        }
        if (d.toMillis() % 1000 == 0) {
            return d.toSeconds() + "s";
        }
        return d.toMillis() + "ms";
    }
}
