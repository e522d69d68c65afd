package dev.asdf.burnengine.persistence;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.cycle.CycleId;
import dev.asdf.burnengine.core.cycle.CycleStep;
import dev.asdf.burnengine.core.cycle.StepId;
import dev.asdf.burnengine.core.cycle.StepOutcome;
import dev.asdf.burnengine.core.fee.LedgerAccountId;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.money.TokenAmount;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Function;

/**
 * The JSON form of the core's values, shared by the journal and the snapshots. Fields are the records' components
 * (never derived accessors); addresses and signatures are base58 strings; amounts are plain numbers; times are ISO-8601
 * UTC; sealed types carry a {@code kind}. Map keys are written sorted, so the same value always gives the same bytes.
 */
final class EngineJson {
    private EngineJson() {}

    static final ObjectMapper MAPPER = create();

    private static ObjectMapper create() {
        SimpleModule values = new SimpleModule("burn-engine-values");
        text(values, Address.class, Address::parse);
        text(values, TxSignature.class, TxSignature::parse);
        text(values, CycleId.class, CycleId::new);
        text(values, StepId.class, StepId::parse);
        text(values, Instant.class, IsoInstant::parse);
        number(values, Lamports.class, Lamports::value, Lamports::of);
        number(values, TokenAmount.class, TokenAmount::value, TokenAmount::of);
        values.addKeyDeserializer(Address.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) {
                return Address.parse(key);
            }
        });
        return JsonMapper.builder()
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(SerializationFeature.FAIL_ON_EMPTY_BEANS, false)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true)
                .configure(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST, false)
                .addMixIn(CycleStep.class, CycleStepKinds.class)
                .addMixIn(StepOutcome.class, StepOutcomeKinds.class)
                .addMixIn(LedgerAccountId.class, LedgerAccountIdKinds.class)
                .addModule(values)
                .build();
    }

    private static <T> void text(SimpleModule module, Class<T> type, Function<String, T> parse) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
                String text = p.getValueAsString();
                try {
                    return parse.apply(text);
                } catch (IllegalArgumentException | java.time.DateTimeException e) {
                    return context.reportInputMismatch(type, "bad %s '%s': %s", type.getSimpleName(), text, e.getMessage());
                }
            }
        });
    }

    private static <T> void number(SimpleModule module, Class<T> type, java.util.function.ToLongFunction<T> value,
            java.util.function.LongFunction<T> of) {
        module.addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T v, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeNumber(value.applyAsLong(v));
            }
        });
        module.addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
                long v = p.getLongValue();
                try {
                    return of.apply(v);
                } catch (IllegalArgumentException e) {
                    return context.reportInputMismatch(type, "bad %s %d: %s", type.getSimpleName(), v, e.getMessage());
                }
            }
        });
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = CycleStep.RootBuyback.class, name = "root"),
        @JsonSubTypes.Type(value = CycleStep.SecondaryBuyback.class, name = "secondary")
    })
    private abstract static class CycleStepKinds {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = StepOutcome.Confirmed.class, name = "confirmed"),
        @JsonSubTypes.Type(value = StepOutcome.Failed.class, name = "failed"),
        @JsonSubTypes.Type(value = StepOutcome.Expired.class, name = "expired"),
        @JsonSubTypes.Type(value = StepOutcome.NotSent.class, name = "not-sent"),
        @JsonSubTypes.Type(value = StepOutcome.Skipped.class, name = "skipped")
    })
    private abstract static class StepOutcomeKinds {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = LedgerAccountId.OfToken.class, name = "token"),
        @JsonSubTypes.Type(value = LedgerAccountId.Unattributed.class, name = "unattributed")
    })
    private abstract static class LedgerAccountIdKinds {
    }
}
