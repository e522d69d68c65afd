package dev.asdf.burnengine.core.config;

import java.util.List;

/** The configuration cannot be used; every problem is listed with its key, its value and the fix. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(problems.size() == 1
                ? "configuration error: " + problems.get(0)
                : problems.size() + " configuration errors:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
