package dev.asdf.burnengine.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The engine's configuration as one tree: a file (YAML parsed by the runner into maps, lists and scalars), environment
 * overrides ({@code BURN_ENGINE_HTTP_PORT} for {@code http.port}) and command-line flags, in that order of precedence
 * (flags win). Each module reads its own section with typed getters; every problem is collected with its key, its value,
 * where the value came from and the fix, and {@link #finish()} also reports every key nobody read (a typo), with a
 * suggestion.
 *
 * <p>JDK only, no I/O: the runners parse files and read the environment and pass the results in.
 */
public final class ConfigTree {
    static final String ENV_PREFIX = "BURN_ENGINE_";

    private final Map<String, Object> file;
    private final String source;
    private final Map<String, String> environment;
    private final Map<String, String> flags;
    private final Set<String> read = new TreeSet<>();
    private final Set<String> envRead = new TreeSet<>();
    private final Map<String, String> defaults = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    private ConfigTree(Map<String, Object> file, String source, Map<String, String> environment, Map<String, String> flags) {
        this.file = file;
        this.source = source;
        this.environment = environment;
        this.flags = flags;
    }

    /**
     * @param file the parsed configuration file (empty when there is none)
     * @param source how to name the file in messages, e.g. its path
     * @param environment the process environment; only {@code BURN_ENGINE_*} variables are used
     * @param flags values from command-line flags, by dotted key ({@code http.port})
     */
    public static ConfigTree of(Map<String, ?> file, String source, Map<String, String> environment, Map<String, String> flags) {
        Map<String, String> env = new TreeMap<>();
        environment.forEach((k, v) -> {
            if (k.startsWith(ENV_PREFIX)) {
                env.put(k, v);
            }
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) (Map<String, ?>) new LinkedHashMap<>(file);
        return new ConfigTree(tree, source, env, new LinkedHashMap<>(flags));
    }

    /** A tree with no file, no environment and no flags: every key at its default. */
    public static ConfigTree empty() {
        return of(Map.of(), "(defaults)", Map.of(), Map.of());
    }

    public ConfigSection root() {
        return new ConfigSection(this, "", file);
    }

    /** The section at a dotted path ({@code "http"}, {@code "rpc.retry"}); missing sections read as empty. */
    public ConfigSection section(String path) {
        ConfigSection s = root();
        for (String part : path.split("\\.")) {
            s = s.section(part);
        }
        return s;
    }

    /** Records a problem found by a binder's own checks (a cross-field rule, a value read from chain). */
    public void problem(String message) {
        problems.add(message);
    }

    /**
     * Reports every collected problem and every key nobody read.
     *
     * @throws ConfigException listing all of them
     */
    public void finish() {
        List<String> all = new ArrayList<>(problems);
        List<String> leaves = new ArrayList<>();
        collectLeaves("", file, leaves);
        for (String key : leaves) {
            if (!read.contains(key)) {
                all.add("unknown key '" + key + "' in " + source + suggestion(key) + "; remove it or fix its name"
                        + " (docs/configuration.md lists every key)");
            }
        }
        for (String variable : environment.keySet()) {
            if (!envRead.contains(variable)) {
                all.add("unknown environment variable " + variable + suggestionForVariable(variable)
                        + "; unset it or fix its name (BURN_ENGINE_ + the key in capitals, e.g. BURN_ENGINE_HTTP_PORT)");
            }
        }
        if (!all.isEmpty()) {
            throw new ConfigException(all);
        }
    }

    /** Every key read so far with its default, for documentation checks. */
    public Map<String, String> keysRead() {
        return Map.copyOf(defaults);
    }

    // ---- used by ConfigSection ----

    /** The raw value of a key and where it came from; null when absent everywhere. */
    Value lookup(String key, Object fromFile, String defaultText) {
        read.add(key);
        defaults.putIfAbsent(key, defaultText);
        String variable = variableName(key);
        if (environment.containsKey(variable)) {
            envRead.add(variable);
        }
        String flag = flags.get(key);
        if (flag != null) {
            return new Value(flag, "the command line");
        }
        String env = environment.get(variable);
        if (env != null) {
            return new Value(env, variable);
        }
        return fromFile == null ? null : new Value(fromFile, source);
    }

    void markRead(String key) {
        read.add(key);
    }

    void report(String message) {
        problems.add(message);
    }

    /** {@code cycle.maxSecondariesPerCycle} → {@code BURN_ENGINE_CYCLE_MAX_SECONDARIES_PER_CYCLE} */
    static String variableName(String key) {
        StringBuilder b = new StringBuilder(ENV_PREFIX);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.' || c == '-') {
                b.append('_');
            } else if (Character.isUpperCase(c)) {
                b.append('_').append(c);
            } else {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    private static void collectLeaves(String prefix, Object node, List<String> out) {
        if (node instanceof Map<?, ?> map) {
            if (map.isEmpty() && !prefix.isEmpty()) {
                out.add(prefix);
            }
            map.forEach((k, v) -> collectLeaves(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else if (node instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
            for (int i = 0; i < list.size(); i++) {
                collectLeaves(prefix + "[" + i + "]", list.get(i), out);
            }
        } else {
            out.add(prefix);
        }
    }

    private String suggestion(String key) {
        String best = closest(key, read);
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    private String suggestionForVariable(String variable) {
        Set<String> names = new TreeSet<>();
        read.forEach(k -> names.add(variableName(k)));
        String best = closest(variable, names);
        return best == null ? "" : " (did you mean " + best + "?)";
    }

    private static String closest(String wanted, Set<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(wanted.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return bestDistance <= Math.max(2, wanted.length() / 4) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** A raw value and its origin, for messages. */
    record Value(Object raw, String origin) {
    }
}
