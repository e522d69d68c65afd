package dev.asdf.burnengine.solana.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * Parses the JSON shapes of transaction errors returned by Solana's JSON-RPC.
 *
 * <p>Public: the RPC client hands the {@code err} node of a response here.
 */
public final class TransactionErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TransactionErrors() {}

    /**
     * @throws IllegalArgumentException naming the text when it is not JSON or not an error shape
     */
    public static TransactionError parse(String json) {
        try {
            return parse(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("transaction error '" + abbreviate(json) + "' is not JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * @throws IllegalArgumentException naming the node when it is not an error shape
     */
    public static TransactionError parse(JsonNode err) {
        if (err == null || err.isNull() || err.isMissingNode()) {
            throw new IllegalArgumentException("transaction error is null; a successful transaction has no error");
        }
        if (err.isTextual()) {
            return new TransactionError.TransactionFailed(err.asText(), "");
        }
        if (err.isObject() && err.size() == 1) {
            Map.Entry<String, JsonNode> only = err.properties().iterator().next();
            if (only.getKey().equals("InstructionError")) {
                return instructionError(only.getValue(), err);
            }
            return new TransactionError.TransactionFailed(only.getKey(), only.getValue().toString());
        }
        throw new IllegalArgumentException("transaction error " + abbreviate(err.toString())
                + " is neither a name nor an object with one key; expected e.g. \"BlockhashNotFound\" or"
                + " {\"InstructionError\":[2,{\"Custom\":6002}]}");
    }

    private static TransactionError instructionError(JsonNode value, JsonNode whole) {
        if (!value.isArray() || value.size() != 2 || !value.get(0).canConvertToInt() || !value.get(0).isIntegralNumber()
                || value.get(0).intValue() < 0 || value.get(0).intValue() > 255) {
            throw new IllegalArgumentException("transaction error " + abbreviate(whole.toString())
                    + " has a malformed InstructionError; expected [instruction index 0..255, error]");
        }
        int index = value.get(0).intValue();
        JsonNode kind = value.get(1);
        if (kind.isTextual()) {
            return new TransactionError.InstructionFailed(index, new InstructionErrorKind.BuiltIn(kind.asText(), ""));
        }
        if (kind.isObject() && kind.size() == 1) {
            Map.Entry<String, JsonNode> only = kind.properties().iterator().next();
            if (only.getKey().equals("Custom")) {
                JsonNode code = only.getValue();
                if (!code.isIntegralNumber() || !code.canConvertToLong() || code.longValue() < 0
                        || code.longValue() > 0xFFFF_FFFFL) {
                    throw new IllegalArgumentException("transaction error " + abbreviate(whole.toString())
                            + " has a Custom code that is not a u32");
                }
                return new TransactionError.InstructionFailed(index, new InstructionErrorKind.Custom(code.longValue()));
            }
            return new TransactionError.InstructionFailed(index,
                    new InstructionErrorKind.BuiltIn(only.getKey(), only.getValue().toString()));
        }
        throw new IllegalArgumentException("transaction error " + abbreviate(whole.toString())
                + " has an instruction error that is neither a name nor an object with one key");
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
