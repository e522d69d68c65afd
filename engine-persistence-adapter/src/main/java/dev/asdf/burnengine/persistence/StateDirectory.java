package dev.asdf.burnengine.persistence;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one directory that holds everything the engine must not lose: {@code journal/}, {@code snapshots/},
 * {@code metrics/} and {@code run.lock}. Checked before anything reads or writes it: it must belong to this user and
 * not be writable by others (anyone who can write it can rewrite history), and hold nothing else.
 */
public final class StateDirectory {
    static final String JOURNAL = "journal";
    static final String SNAPSHOTS = "snapshots";
    static final String METRICS = "metrics";
    /** The embedded sandbox keeps its simulated chain here, so a restarted sandbox daemon finds the same world. */
    public static final String SANDBOX = "sandbox";
    private static final Set<String> KNOWN = Set.of(JOURNAL, SNAPSHOTS, METRICS, SANDBOX, FileRunLock.FILE_NAME);

    private final Path root;

    private StateDirectory(Path root) {
        this.root = root;
    }

    /**
     * Opens (and on first use creates, mode 700) a state directory after checking it.
     *
     * @throws StateDirectoryException naming the path, what is wrong and the fix
     */
    public static StateDirectory open(Path path) {
        Path root = path.toAbsolutePath().normalize();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                if (posix) {
                    Files.createDirectories(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(root);
                }
            }
            if (!Files.isDirectory(root)) {
                throw new StateDirectoryException("state directory " + root + " exists but is not a directory;"
                        + " point --state-dir at a directory");
            }
            if (posix) {
                checkOwnerAndMode(root);
            }
            checkContents(root);
            for (String sub : new String[] {JOURNAL, SNAPSHOTS, METRICS}) {
                Path dir = root.resolve(sub);
                if (!Files.isDirectory(dir)) {
                    Files.createDirectories(dir);
                    Durability.fsyncDirectory(root);
                }
            }
        } catch (IOException e) {
            throw new StateDirectoryException("cannot prepare the state directory " + root + ": " + e
                    + "; check that the path is writable by this user (" + System.getProperty("user.name") + ")", e);
        }
        return new StateDirectory(root);
    }

    /**
     * Checks a state directory that must already hold engine state, creating nothing (for read-only commands).
     *
     * @throws StateDirectoryException when it does not exist or holds no journal yet
     */
    static StateDirectory existing(Path path) {
        Path root = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve(JOURNAL))) {
            throw new StateDirectoryException("no engine state in " + root + ": nothing has run with this state"
                    + " directory yet; pass the --state-dir the daemon uses, or run `engine-cli cycle` once");
        }
        try {
            checkContents(root);
        } catch (IOException e) {
            throw new StateDirectoryException("cannot read the state directory " + root + ": " + e.getMessage(), e);
        }
        return new StateDirectory(root);
    }

    public Path root() {
        return root;
    }

    Path journal() {
        return root.resolve(JOURNAL);
    }

    Path snapshots() {
        return root.resolve(SNAPSHOTS);
    }

    Path metrics() {
        return root.resolve(METRICS);
    }

    private static void checkOwnerAndMode(Path root) throws IOException {
        String owner = Files.getOwner(root).getName();
        String me = System.getProperty("user.name");
        if (!owner.equals(me)) {
            throw new StateDirectoryException("state directory " + root + " belongs to user '" + owner
                    + "' but the engine runs as '" + me + "'; run the engine as '" + owner + "', or `chown -R " + me
                    + " " + root + "`");
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(root);
        if (mode.contains(PosixFilePermission.OTHERS_WRITE)) {
            throw new StateDirectoryException("state directory " + root + " is writable by every user (mode "
                    + PosixFilePermissions.toString(mode) + "), so anyone could rewrite the journal; run `chmod 700 "
                    + root + "`");
        }
    }

    private static void checkContents(Path root) throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                if (!KNOWN.contains(p.getFileName().toString())) {
                    throw new StateDirectoryException("unexpected entry " + p + " in the state directory; it holds only "
                            + "journal/, snapshots/, metrics/, sandbox/ and run.lock: move it elsewhere (is this the right"
                            + " --state-dir?)");
                }
            }
        }
    }
}
