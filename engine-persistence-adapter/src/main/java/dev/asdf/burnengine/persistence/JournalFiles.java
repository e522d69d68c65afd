package dev.asdf.burnengine.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Names and lists the journal's files: {@code journal-000001.jsonl}, {@code journal-000002.jsonl}, ... */
final class JournalFiles {
    private static final Pattern NAME = Pattern.compile("journal-(\\d{6})\\.jsonl");

    private JournalFiles() {}

    static Path file(Path directory, int number) {
        return directory.resolve(String.format("journal-%06d.jsonl", number));
    }

    /**
     * The journal files in order, checked to be numbered 1, 2, 3, ... without a gap.
     *
     * @throws JournalCorruptException naming a missing file
     * @throws StateDirectoryException naming a file that does not belong in the journal directory
     */
    static List<Path> list(Path directory) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path p : (Iterable<Path>) entries.sorted()::iterator) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(p)) {
                    throw new StateDirectoryException("unexpected entry " + p + " in the journal directory; only"
                            + " journal-NNNNNN.jsonl files belong there: move it out of " + directory);
                }
                files.add(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the journal directory " + directory + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < files.size(); i++) {
            Path expected = file(directory, i + 1);
            if (!files.get(i).equals(expected)) {
                throw new JournalCorruptException(expected, 0, "this journal file is missing (the files must be"
                        + " numbered 1, 2, 3, ... without a gap; found " + files.get(i).getFileName() + " instead)");
            }
        }
        return files;
    }

    static int number(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a journal file name: " + file);
        }
        return Integer.parseInt(m.group(1));
    }
}
