package dev.asdf.burnengine.solana.describe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON of a {@link TransactionDescription} (its records' fields, in order). Public: the CLI's {@code --json}. */
public final class DescriptionJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DescriptionJson() {}

    public static String render(TransactionDescription d) {
        try {
            return JSON.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a transaction description always serializes", e);
        }
    }
}
