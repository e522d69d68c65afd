package dev.asdf.burnengine.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A small real tmpfs for tests that need a full or a read-only file system (needs root, as on CI). */
final class TmpfsMount implements AutoCloseable {
    final Path path;

    private TmpfsMount(Path path) {
        this.path = path;
    }

    /** Mounts a tmpfs of {@code kib} KiB, or returns null with the reason printed when mounting is not allowed here. */
    static TmpfsMount tryMount(Path where, int kib) throws IOException, InterruptedException {
        Files.createDirectories(where);
        int rc = run("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", where.toString());
        return rc == 0 ? new TmpfsMount(where) : null;
    }

    void remountReadOnly() throws IOException, InterruptedException {
        if (run("mount", "-o", "remount,ro", path.toString()) != 0) {
            throw new IOException("cannot remount " + path + " read-only");
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", path.toString());
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
