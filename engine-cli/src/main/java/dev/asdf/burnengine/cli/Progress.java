package dev.asdf.burnengine.cli;

import java.io.PrintWriter;

/**
 * Progress lines for long work: shown on a terminal, silent under cron (no console) or with {@code --quiet}, so a
 * cron job's mail holds only what went wrong.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean visible;

    private Progress(PrintWriter err, boolean visible) {
        this.err = err;
        this.visible = visible;
    }

    static Progress of(PrintWriter err, boolean quiet) {
        return new Progress(err, !quiet && System.console() != null);
    }

    static Progress silent(PrintWriter err) {
        return new Progress(err, false);
    }

    void step(String line) {
        if (visible) {
            err.println(line);
            err.flush();
        }
    }

    /** A warning is shown even under cron: it is something the operator must read. */
    void warn(String line) {
        err.println("warning: " + line);
        err.flush();
    }
}
