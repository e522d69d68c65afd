package dev.asdf.burnengine.http.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Renders a lamport amount so that no JavaScript client silently loses precision: a JSON number while its magnitude
 * is at most 2^53 − 1 ({@code Number.MAX_SAFE_INTEGER}), a decimal string beyond. Every field whose name ends in
 * {@code Lamports} uses it; clients that may see large totals parse both forms ({@code BigInt(x)} accepts either).
 */
final class SafeInteger extends StdSerializer<Long> {
    static final long MAX_SAFE = (1L << 53) - 1;

    SafeInteger() {
        super(Long.class);
    }

    @Override
    public void serialize(Long value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        long v = value;
        if (v <= MAX_SAFE && v >= -MAX_SAFE) {
            gen.writeNumber(v);
        } else {
            gen.writeString(Long.toString(v));
        }
    }
}
