package dev.asdf.burnengine.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void aNewStateDirectoryIsCreatedPrivateWithItsLayout() throws Exception {
        Path root = tmp.resolve("state");
        StateDirectory.open(root);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root))).isEqualTo("rwx------");
        assertThat(root.resolve("journal")).isDirectory();
        assertThat(root.resolve("snapshots")).isDirectory();
        assertThat(root.resolve("metrics")).isDirectory();
    }

    @Test
    void aWorldWritableDirectoryIsRefusedWithTheChmodThatFixesIt() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("state"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> StateDirectory.open(root))
                .isInstanceOf(StateDirectoryException.class)
                .hasMessageContaining(root.toString())
                .hasMessageContaining("writable by every user")
                .hasMessageContaining("chmod 700 " + root);
    }

    @Test
    void aDirectoryOwnedByAnotherUserIsRefusedWithTheFix() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("state"));
        UserPrincipal nobody;
        try {
            nobody = root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(root, nobody);
        } catch (IOException e) {
            assumeTrue(false, "changing a directory's owner needs root and a 'nobody' user: " + e.getMessage());
            return;
        }
        assertThatThrownBy(() -> StateDirectory.open(root))
                .isInstanceOf(StateDirectoryException.class)
                .hasMessageContaining("belongs to user 'nobody'")
                .hasMessageContaining("chown -R");
    }

    @Test
    void aForeignFileInTheStateDirectoryIsNamed() throws Exception {
        Path root = tmp.resolve("state");
        StateDirectory.open(root);
        Files.writeString(root.resolve(".asdf-state.json"), "{}");
        assertThatThrownBy(() -> StateDirectory.open(root))
                .isInstanceOf(StateDirectoryException.class)
                .hasMessageContaining(".asdf-state.json")
                .hasMessageContaining("right --state-dir");
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsRefused() throws Exception {
        Path file = Files.writeString(tmp.resolve("state"), "x");
        assertThatThrownBy(() -> StateDirectory.open(file)).hasMessageContaining("is not a directory");
    }
}
