package dev.asdf.burnengine.core.cycle;

import java.util.List;

/**
 * What resolving the steps left in flight by an earlier run found.
 *
 * @param unresolved steps whose outcome could not be established yet (the chain was unreachable); no new cycle may
 *                   start until they are
 */
public record ResolveReport(List<StepResult> resolved, List<String> unresolved) {
    public ResolveReport {
        resolved = List.copyOf(resolved);
        unresolved = List.copyOf(unresolved);
    }

    public boolean complete() {
        return unresolved.isEmpty();
    }
}
