package dev.asdf.burnengine.persistence;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    private JournalLine() {}

    /** The encoded line (ending with a newline) and its hash. */
    record Encoded(byte[] bytes, String hash) {
    }

    /** The header fields of a line, and where its payload starts for a later full parse. */
    record Header(long seq, Instant at, String type, String prevHash, String hash) {
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
        try (JsonParser p = EngineJson.MAPPER.getFactory().createParser(line, 0, length)) {
            long seq = -1;
            String at = null;
            String type = null;
            String prev = null;
            expect(p.nextToken() == JsonToken.START_OBJECT, "not a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "seq" -> seq = p.getLongValue();
                    case "at" -> at = p.getText();
                    case "type" -> type = p.getText();
                    case "prevHash" -> prev = p.getText();
                    default -> p.skipChildren();
                }
            }
            expect(seq > 0 && at != null && type != null && prev != null, "a header field (seq, at, type, prevHash) is missing");
            return new Header(seq, Instant.parse(at), type, prev, stored);
        } catch (IOException | RuntimeException e) {
            throw new BadLine("it is not valid journal JSON: " + e.getMessage(), null, null);
        }
    }

    /** Parses the entry of a line already verified. */
    static JournalEntry.Journaled read(byte[] line, int length) throws IOException {
        try (JsonParser p = EngineJson.MAPPER.getFactory().createParser(line, 0, length)) {
            long seq = -1;
            Instant at = null;
            Class<? extends JournalEntry> type = null;
            JournalEntry entry = null;
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "seq" -> seq = p.getLongValue();
                    case "at" -> at = Instant.parse(p.getText());
                    case "type" -> type = TYPES.get(p.getText());
                    case "payload" -> {
                        if (type == null) {
                            throw new IOException("unknown journal entry type before its payload");
                        }
                        entry = EngineJson.MAPPER.readValue(p, type);
                    }
                    default -> p.skipChildren();
                }
            }
            if (entry == null || at == null) {
                throw new IOException("journal line " + seq + " has no payload");
            }
            return new JournalEntry.Journaled(seq, at, entry);
        }
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

    private static void expect(boolean condition, String message) throws IOException {
        if (!condition) {
            throw new IOException(message);
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
