package dev.asdf.burnengine.solana.idl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;

/** Compares a decoded {@link IdlValue} with the oracle's canonical JSON (integers as text, keys in base58). */
final class IdlValueMatcher {
    private IdlValueMatcher() {}

    /** Empty when equal, else the path of the first difference. */
    static String difference(IdlValue value, JsonNode expected, String path) {
        if (value instanceof IdlValue.Some s) {
            return difference(s.value(), expected, path);
        }
        if (value instanceof IdlValue.None) {
            return expected.isNull() ? "" : path + ": None vs " + expected;
        }
        if (value instanceof IdlValue.Bool b) {
            return expected.isBoolean() && expected.asBoolean() == b.value() ? "" : path + ": " + b + " vs " + expected;
        }
        if (value instanceof IdlValue.Int i) {
            return i.value().toString().equals(expected.asText()) ? "" : path + ": " + i + " vs " + expected;
        }
        if (value instanceof IdlValue.Text t) {
            return t.value().equals(expected.asText()) ? "" : path + ": " + t + " vs " + expected;
        }
        if (value instanceof IdlValue.Key k) {
            return k.value().toString().equals(expected.asText()) ? "" : path + ": " + k + " vs " + expected;
        }
        if (value instanceof IdlValue.Bytes b) {
            if (expected.isTextual()) {
                return HexFormat.of().formatHex(b.value()).equals(expected.asText()) ? "" : path + ": bytes differ";
            }
            byte[] bytes = b.value();
            if (expected.size() != bytes.length) {
                return path + ": " + bytes.length + " bytes vs " + expected.size();
            }
            for (int n = 0; n < bytes.length; n++) {
                if ((bytes[n] & 0xFF) != expected.get(n).asInt()) {
                    return path + "[" + n + "]";
                }
            }
            return "";
        }
        if (value instanceof IdlValue.Seq s) {
            if (!expected.isArray() || expected.size() != s.values().size()) {
                return path + ": " + s.values().size() + " elements vs " + expected;
            }
            for (int n = 0; n < expected.size(); n++) {
                String d = difference(s.values().get(n), expected.get(n), path + "[" + n + "]");
                if (!d.isEmpty()) {
                    return d;
                }
            }
            return "";
        }
        if (value instanceof IdlValue.Struct s) {
            for (IdlValue.Field f : s.fields()) {
                String d = difference(f.value(), expected.path(f.name()), path + "." + f.name());
                if (!d.isEmpty()) {
                    return d;
                }
            }
            return s.fields().size() == expected.size() ? "" : path + ": field count differs";
        }
        IdlValue.Variant v = (IdlValue.Variant) value;
        Iterator<Map.Entry<String, JsonNode>> it = expected.properties().iterator();
        return it.hasNext() && it.next().getKey().equals(v.name()) ? "" : path + ": variant " + v.name() + " vs "
                + expected;
    }
}
