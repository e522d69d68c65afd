package dev.asdf.burnengine.persistence;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Upgrades a snapshot written with an older schema, one version at a time: a snapshot of schema n passes through the
 * step n → n+1, then n+1 → n+2, up to {@link #CURRENT}. A new schema is one new step here and one test that reads a
 * snapshot of the old schema; old snapshots stay readable forever.
 */
final class SnapshotMigrations {
    /** The schema this version writes. Schema 1 is the first published one, so no production step exists yet. */
    static final int CURRENT = 1;

    private final int current;
    private final Map<Integer, UnaryOperator<ObjectNode>> steps;

    SnapshotMigrations(int current, Map<Integer, UnaryOperator<ObjectNode>> steps) {
        this.current = current;
        this.steps = Map.copyOf(steps);
        for (int v = 1; v < current; v++) {
            if (!this.steps.containsKey(v)) {
                throw new IllegalStateException("no snapshot migration from schema " + v + " to " + (v + 1));
            }
        }
    }

    static SnapshotMigrations production() {
        return new SnapshotMigrations(CURRENT, Map.of());
    }

    int current() {
        return current;
    }

    /**
     * @throws SnapshotTooNewException when the snapshot was written by a newer version
     */
    ObjectNode upgrade(ObjectNode state, int schema, Path file) {
        if (schema > current) {
            throw new SnapshotTooNewException(file, schema, current);
        }
        if (schema < 1) {
            throw new IllegalArgumentException("snapshot schema " + schema + " in " + file + " does not exist");
        }
        ObjectNode node = state;
        for (int v = schema; v < current; v++) {
            node = steps.get(v).apply(node);
        }
        return node;
    }
}
