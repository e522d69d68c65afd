package dev.asdf.burnengine.solana.codec;

import dev.asdf.burnengine.core.chain.Address;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Finds Anchor event payloads (8-byte event discriminator + Borsh body) in the two places programs put them.
 *
 * <p>{@code emit_cpi!} events (pump, PumpSwap) are self-invocations whose instruction data is the 8-byte event-CPI tag
 * {@code e445a52e51cb9a1d} followed by the payload; {@code emit!} events (the ASDF program) are
 * {@code Program data: <base64>} log lines written while that program is on top of the invoke stack. Public because the
 * fee source reads trade events from confirmed transactions.
 */
public final class AnchorEvents {
    /** {@code sha256("anchor:event")[0..8]} read little-endian, the tag of every event self-CPI. */
    public static final Discriminator EVENT_CPI_TAG = Discriminator.ofHex("e445a52e51cb9a1d");

    private static final String DATA_PREFIX = "Program data: ";

    private AnchorEvents() {}

    /** Whether an inner instruction's data is an Anchor event self-CPI (tag + at least an event discriminator). */
    public static boolean isEventCpi(byte[] instructionData) {
        return instructionData.length >= 2 * Discriminator.LENGTH && EVENT_CPI_TAG.matches(instructionData, 0);
    }

    /** The event payload carried by an event self-CPI, or empty when the data is not one. */
    public static Optional<byte[]> payloadOfEventCpi(byte[] instructionData) {
        if (!isEventCpi(instructionData)) {
            return Optional.empty();
        }
        byte[] payload = new byte[instructionData.length - Discriminator.LENGTH];
        System.arraycopy(instructionData, Discriminator.LENGTH, payload, 0, payload.length);
        return Optional.of(payload);
    }

    /**
     * The payload of one {@code Program data: <base64>} log line, or empty when the line is another kind of log.
     *
     * @throws DecodingException when the line is a program-data line whose base64 is malformed
     */
    public static Optional<byte[]> payloadOfLogLine(String logLine) {
        if (!logLine.startsWith(DATA_PREFIX)) {
            return Optional.empty();
        }
        String base64 = logLine.substring(DATA_PREFIX.length()).strip();
        try {
            return Optional.of(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new DecodingException("log line '" + abbreviate(logLine) + "' is a program-data line but its base64 is"
                    + " malformed: " + e.getMessage(), e);
        }
    }

    /**
     * The payloads of the {@code Program data:} lines written while {@code program} was the innermost running program,
     * in log order. Lines of other programs (including CPIs made by {@code program}) are skipped.
     */
    public static List<byte[]> payloadsEmittedBy(List<String> logLines, Address program) {
        String invoke = "Program " + program + " invoke [";
        Deque<String> stack = new ArrayDeque<>();
        List<byte[]> payloads = new ArrayList<>();
        for (String line : logLines) {
            if (line.startsWith("Program ") && line.contains(" invoke [")) {
                stack.push(line.startsWith(invoke) ? program.toString() : line.substring(8, line.indexOf(' ', 8)));
            } else if (line.startsWith("Program ") && (line.endsWith(" success") || line.contains(" failed: "))
                    && !line.startsWith(DATA_PREFIX) && !line.startsWith("Program log:")) {
                if (!stack.isEmpty()) {
                    stack.pop();
                }
            } else if (line.startsWith(DATA_PREFIX) && program.toString().equals(stack.peek())) {
                payloadOfLogLine(line).ifPresent(payloads::add);
            }
        }
        return payloads;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
