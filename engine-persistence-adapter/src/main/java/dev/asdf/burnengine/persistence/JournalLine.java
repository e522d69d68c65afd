package dev.asdf.burnengine.persistence;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.asdf.burnengine.core.journal.JournalEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One journal line: {@code {"seq":n,"at":"…","type":"…","prevHash":"…","payload":{…},"hash":"…"}}. The hash is the
 * SHA-256 of the exact bytes of the line without its {@code ,"hash":"…"} member, so verification never depends on
 * re-serialising anything, and any edited byte breaks the chain.
 */
final class JournalLine {
    static final String GENESIS = "0".repeat(64);
    private static final byte[] HASH_MEMBER = ",\"hash\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH_HEX = 64;
    /** {@code ,"hash":"} + 64 hex + {@code "}} */
    private static final int TAIL = HASH_MEMBER.length + HASH_HEX + 2;
    private static final Map<String, Class<? extends JournalEntry>> TYPES = entryTypes();
    /** One reader per entry type: resolving the type on every line costs more than parsing a small payload. */
    private static final Map<String, ObjectReader> READERS = entryReaders();

    private JournalLine() {}

    /** The encoded line (ending with a newline) and its hash. */
    record Encoded(byte[] bytes, String hash) {
    }

    /** The header fields of a line, and where its payload lies for a later parse. */
    record Header(long seq, String at, String type, String prevHash, String hash, int payloadStart, int payloadEnd) {
    }

    static Encoded encode(long seq, Instant at, JournalEntry entry, String prevHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator gen = EngineJson.MAPPER.getFactory().createGenerator(out)) {
            gen.writeStartObject();
            gen.writeNumberField("seq", seq);
            gen.writeStringField("at", at.toString());
            gen.writeStringField("type", typeName(entry));
            gen.writeStringField("prevHash", prevHash);
            gen.writeFieldName("payload");
            EngineJson.MAPPER.writeValue(gen, entry);
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode journal entry " + entry.getClass().getSimpleName(), e);
        }
        byte[] canonical = out.toByteArray();
        String hash = HexFormat.of().formatHex(sha256().digest(canonical));
        byte[] tail = (",\"hash\":\"" + hash + "\"}\n").getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[canonical.length - 1 + tail.length];
        System.arraycopy(canonical, 0, line, 0, canonical.length - 1);
        System.arraycopy(tail, 0, line, canonical.length - 1, tail.length);
        return new Encoded(line, hash);
    }

    /**
     * Verifies a line's own hash and reads its header.
     *
     * @param line the line's bytes without the newline
     * @throws BadLine naming what is wrong
     */
    static Header verify(byte[] line, int length, MessageDigest digest) throws BadLine {
        if (length < TAIL + 2 || line[length - 1] != '}' || line[length - 2] != '"'
                || !regionEquals(line, length - TAIL, HASH_MEMBER)) {
            throw new BadLine("not a journal line (no trailing \"hash\" member)", null, null);
        }
        String stored = new String(line, length - 2 - HASH_HEX, HASH_HEX, StandardCharsets.US_ASCII);
        digest.reset();
        digest.update(line, 0, length - TAIL);
        digest.update((byte) '}');
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(stored)) {
            throw new BadLine("its content does not match its hash (the line was edited)", stored, actual);
        }
        return layout(line, length);
    }

    /** Reads the header of a line in the layout {@link #encode} writes (without checking its hash). */
    static Header layout(byte[] line, int length) throws BadLine {
        if (length < TAIL + 2) {
            throw new BadLine("not a journal line (too short)", null, null);
        }
        Cursor c = new Cursor(line, length - TAIL);
        try {
            c.expect("{\"seq\":");
            long seq = c.number();
            c.expect(",\"at\":\"");
            String at = c.until('"');
            c.expect("\",\"type\":\"");
            String type = c.until('"');
            c.expect("\",\"prevHash\":\"");
            String prev = c.fixed(HASH_HEX);
            c.expect("\",\"payload\":");
            String hash = new String(line, length - 2 - HASH_HEX, HASH_HEX, StandardCharsets.US_ASCII);
            return new Header(seq, at, type, prev, hash, c.position(), length - TAIL);
        } catch (RuntimeException e) {
            throw new BadLine("it is not in the journal's line layout (" + e.getMessage() + ")", null, null);
        }
    }

    /** Parses the entry of a line whose header was read by {@link #layout}. */
    static JournalEntry.Journaled read(byte[] line, Header header) throws IOException {
        ObjectReader reader = READERS.get(header.type());
        if (reader == null) {
            throw new IOException("unknown journal entry type '" + header.type() + "' at entry " + header.seq());
        }
        JournalEntry entry = reader.readValue(line, header.payloadStart(), header.payloadEnd() - header.payloadStart());
        return new JournalEntry.Journaled(header.seq(), IsoInstant.parse(header.at()), entry);
    }

    static boolean isKnownType(String type) {
        return TYPES.containsKey(type);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String typeName(JournalEntry entry) {
        return entry.getClass().getSimpleName();
    }

    private static Map<String, Class<? extends JournalEntry>> entryTypes() {
        Map<String, Class<? extends JournalEntry>> types = new LinkedHashMap<>();
        for (Class<?> c : JournalEntry.class.getPermittedSubclasses()) {
            types.put(c.getSimpleName(), c.asSubclass(JournalEntry.class));
        }
        return Map.copyOf(types);
    }

    private static Map<String, ObjectReader> entryReaders() {
        Map<String, ObjectReader> readers = new LinkedHashMap<>();
        TYPES.forEach((name, type) -> readers.put(name, EngineJson.MAPPER.readerFor(type)));
        return Map.copyOf(readers);
    }

    private static boolean regionEquals(byte[] bytes, int from, byte[] expected) {
        if (from < 0) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[from + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads the fixed layout {@link #encode} writes, byte by byte. */
    private static final class Cursor {
        private final byte[] bytes;
        private final int end;
        private int pos;

        Cursor(byte[] bytes, int end) {
            this.bytes = bytes;
            this.end = end;
        }

        void expect(String literal) {
            for (int i = 0; i < literal.length(); i++) {
                if (pos >= end || bytes[pos] != literal.charAt(i)) {
                    throw new IllegalArgumentException("expected '" + literal + "' at byte " + pos);
                }
                pos++;
            }
        }

        long number() {
            long value = 0;
            int start = pos;
            while (pos < end && bytes[pos] >= '0' && bytes[pos] <= '9' && pos - start < 18) {
                value = value * 10 + (bytes[pos++] - '0');
            }
            if (pos == start) {
                throw new IllegalArgumentException("expected a number at byte " + start);
            }
            return value;
        }

        String until(char terminator) {
            int start = pos;
            while (pos < end && bytes[pos] != terminator) {
                if (bytes[pos] == '\\') {
                    throw new IllegalArgumentException("unexpected escape at byte " + pos);
                }
                pos++;
            }
            return new String(bytes, start, pos - start, StandardCharsets.US_ASCII);
        }

        String fixed(int length) {
            if (pos + length > end) {
                throw new IllegalArgumentException("line ends at byte " + end);
            }
            String s = new String(bytes, pos, length, StandardCharsets.US_ASCII);
            pos += length;
            return s;
        }

        int position() {
            return pos;
        }
    }

    /** Why a line cannot be part of the chain. */
    static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;
        final String expectedHash;
        final String actualHash;

        BadLine(String message, String expectedHash, String actualHash) {
            super(message);
            this.expectedHash = expectedHash;
            this.actualHash = actualHash;
        }
    }
}
