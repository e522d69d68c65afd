package dev.asdf.burnengine.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads every journal file once, checking each line's hash, the sequence numbers and the links between lines. The
 * only damage it tolerates is an incomplete last line of the last file (a crash in the middle of a write), which it
 * reports as a torn tail; anything else is a {@link JournalCorruptException}.
 */
final class JournalScan {

    /** One journal file and the entries in it. */
    record FileExtent(Path path, long firstSeq, long lastSeq, long validLength) {
    }

    /** Bytes after the last complete line of the last file. */
    record TornTail(Path file, long validLength, long bytesRemoved, String detail) {
    }

    /**
     * @param torn null when the journal ends with a complete line
     */
    record Result(List<FileExtent> files, long lastSeq, String lastHash, TornTail torn) {
        long entries() {
            return lastSeq;
        }
    }

    private JournalScan() {}

    static Result scan(Path directory) {
        List<Path> paths = JournalFiles.list(directory);
        List<FileExtent> extents = new ArrayList<>();
        MessageDigest digest = JournalLine.sha256();
        long seq = 0;
        String hash = JournalLine.GENESIS;
        TornTail torn = null;
        for (int f = 0; f < paths.size(); f++) {
            Path file = paths.get(f);
            boolean last = f == paths.size() - 1;
            long firstSeq = seq + 1;
            LineReader reader;
            try (InputStream in = Files.newInputStream(file)) {
                reader = new LineReader(in);
                long lineNo = 0;
                while (reader.next()) {
                    lineNo++;
                    if (!reader.terminated()) {
                        if (!last) {
                            throw new JournalCorruptException(file, lineNo, "the file ends in the middle of a line but a"
                                    + " later journal file exists");
                        }
                        torn = new TornTail(file, reader.lineStart(), reader.length(),
                                "an incomplete last line of " + reader.length() + " bytes (a crash during a write)");
                        break;
                    }
                    if (reader.isAllZero()) {
                        if (last && reader.restIsZeroOrNewline(in)) {
                            torn = new TornTail(file, reader.lineStart(), Files.size(file) - reader.lineStart(),
                                    "a zero-filled tail (a crash before the data reached the disk)");
                            break;
                        }
                        throw new JournalCorruptException(file, lineNo, "the line is zero bytes, not an entry");
                    }
                    JournalLine.Header header;
                    try {
                        header = JournalLine.verify(reader.buffer(), reader.length(), digest);
                    } catch (JournalLine.BadLine e) {
                        throw new JournalCorruptException(file, lineNo, e.getMessage()
                                + (e.expectedHash == null ? "" : " (stored hash " + e.expectedHash + ", actual " + e.actualHash + ")"));
                    }
                    if (header.seq() != seq + 1) {
                        throw new JournalCorruptException(file, lineNo, "entry has seq " + header.seq() + ", expected "
                                + (seq + 1) + " (an entry is missing or duplicated)");
                    }
                    if (!header.prevHash().equals(hash)) {
                        throw new JournalCorruptException(file, lineNo, "entry " + header.seq() + " links to prevHash "
                                + header.prevHash() + " but the previous entry's hash is " + hash
                                + " (expected " + hash + ", actual " + header.prevHash() + ")");
                    }
                    if (!JournalLine.isKnownType(header.type())) {
                        throw new JournalCorruptException(file, lineNo, "entry " + header.seq() + " has the unknown type '"
                                + header.type() + "' (written by a newer engine version?)");
                    }
                    seq = header.seq();
                    hash = header.hash();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read journal file " + file + ": " + e.getMessage(), e);
            }
            long valid = torn != null && torn.file().equals(file) ? torn.validLength() : reader.position();
            extents.add(new FileExtent(file, firstSeq, seq, valid));
        }
        return new Result(List.copyOf(extents), seq, hash, torn);
    }

    /** Splits a stream into lines without decoding them, remembering where each starts. */
    static final class LineReader {
        private final InputStream in;
        private final byte[] chunk = new byte[64 * 1024];
        private int chunkPos;
        private int chunkLen;
        private byte[] line = new byte[1024];
        private int length;
        private boolean terminated;
        private long position;
        private long lineStart;

        LineReader(InputStream in) {
            this.in = in;
        }

        boolean next() throws IOException {
            lineStart = position;
            length = 0;
            terminated = false;
            while (true) {
                if (chunkPos == chunkLen) {
                    chunkLen = in.read(chunk);
                    chunkPos = 0;
                    if (chunkLen <= 0) {
                        chunkLen = 0;
                        return length > 0;
                    }
                }
                byte b = chunk[chunkPos++];
                position++;
                if (b == '\n') {
                    terminated = true;
                    return true;
                }
                if (length == line.length) {
                    line = Arrays.copyOf(line, line.length * 2);
                }
                line[length++] = b;
            }
        }

        byte[] buffer() {
            return line;
        }

        int length() {
            return length;
        }

        boolean terminated() {
            return terminated;
        }

        long lineStart() {
            return lineStart;
        }

        long position() {
            return position;
        }

        boolean isAllZero() {
            for (int i = 0; i < length; i++) {
                if (line[i] != 0) {
                    return false;
                }
            }
            return length > 0;
        }

        boolean restIsZeroOrNewline(InputStream stream) throws IOException {
            for (int i = chunkPos; i < chunkLen; i++) {
                if (chunk[i] != 0 && chunk[i] != '\n') {
                    return false;
                }
            }
            int b;
            while ((b = stream.read()) >= 0) {
                if (b != 0 && b != '\n') {
                    return false;
                }
            }
            return true;
        }
    }
}
