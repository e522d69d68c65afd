package dev.asdf.burnengine.solana.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asdf.burnengine.solana.Vectors;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.describe.TransactionDescriber;
import dev.asdf.burnengine.solana.error.TransactionErrors;
import dev.asdf.burnengine.solana.idl.Idl;
import dev.asdf.burnengine.solana.idl.IdlDecoder;
import dev.asdf.burnengine.solana.message.Transaction;
import dev.asdf.burnengine.solana.profile.ProgramProfiles;
import dev.asdf.burnengine.solana.program.asdf.DatState;
import dev.asdf.burnengine.solana.program.asdf.TokenStats;
import dev.asdf.burnengine.solana.program.pump.BondingCurve;
import dev.asdf.burnengine.solana.program.pump.PumpGlobal;
import dev.asdf.burnengine.solana.program.pump.TradeEvent;
import dev.asdf.burnengine.solana.program.pumpfees.FeeConfig;
import dev.asdf.burnengine.solana.program.pumpswap.GlobalConfig;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import dev.asdf.burnengine.solana.program.pumpswap.SwapEvent;
import dev.asdf.burnengine.solana.program.token.MintAccount;
import dev.asdf.burnengine.solana.program.token.TokenAccount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Random bytes, truncated real accounts and mutated real transactions: every decoder either decodes or throws its
 * documented {@link DecodingException}; nothing else (no index, arithmetic or null-pointer exception) may escape.
 */
class DecoderFuzzTest {
    private static final Map<String, Consumer<byte[]>> ACCOUNT_DECODERS = Map.of(
            "DATState", DatState::decode, "TokenStats", TokenStats::decode, "BondingCurve", BondingCurve::decode,
            "Global", PumpGlobal::decode, "Pool", Pool::decode, "GlobalConfig", GlobalConfig::decode,
            "FeeConfig", FeeConfig::decode, "Mint", MintAccount::decode, "Account", TokenAccount::decode);
    private final TransactionDescriber describer = new TransactionDescriber(ProgramProfiles.current());

    @Test
    void randomBytesNeverEscapeTheTransactionDecoderAsAnotherException() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 20_000; i++) {
            byte[] data = new byte[random.nextInt(1_300)];
            random.nextBytes(data);
            if (i % 2 == 0 && data.length > 0) {
                data[0] = (byte) random.nextInt(4);
            }
            expectDecodedOrRefused("random bytes (seed 1, case " + i + ")", data, this::decodeAndDescribe);
        }
    }

    @Test
    void mutatedRealTransactionsDecodeOrAreRefused() {
        List<byte[]> corpus = new ArrayList<>();
        for (JsonNode c : Vectors.load("transactions.json").path("cases")) {
            corpus.add(Base64.getDecoder().decode(c.path("wire").asText()));
        }
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 30_000; i++) {
            byte[] data = mutate(corpus.get(random.nextInt(corpus.size())), random);
            expectDecodedOrRefused("mutated transaction (seed 2, case " + i + ")", data, this::decodeAndDescribe);
        }
    }

    @Test
    void truncatedAndMutatedRealAccountsDecodeOrAreRefused() {
        List<JsonNode> accounts = new ArrayList<>();
        Vectors.load("accounts.json").path("cases").forEach(accounts::add);
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 30_000; i++) {
            JsonNode c = accounts.get(random.nextInt(accounts.size()));
            Consumer<byte[]> decoder = ACCOUNT_DECODERS.get(c.path("type").asText());
            byte[] data = random.nextBoolean()
                    ? Arrays.copyOf(Vectors.hex(c.path("data")), random.nextInt(Vectors.hex(c.path("data")).length + 1))
                    : mutate(Vectors.hex(c.path("data")), random);
            Idl idl = idlOf(c.path("program").asText());
            expectDecodedOrRefused("account " + c.path("type").asText() + " (seed 3, case " + i + ")", data, d -> {
                if (decoder != null) {
                    decoder.accept(d);
                }
                if (idl != null) {
                    idl.accountOf(d).ifPresent(ref -> new IdlDecoder(idl).definedAfterDiscriminator(ref, d));
                }
            });
        }
    }

    @Test
    void truncatedAndMutatedEventsDecodeOrAreRefused() {
        List<JsonNode> events = new ArrayList<>();
        Vectors.load("events.json").path("cases").forEach(events::add);
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < 20_000; i++) {
            JsonNode c = events.get(random.nextInt(events.size()));
            byte[] payload = Vectors.hex(c.path("payload"));
            byte[] data = random.nextBoolean() ? Arrays.copyOf(payload, random.nextInt(payload.length + 1))
                    : mutate(payload, random);
            Idl idl = idlOf(c.path("program").asText());
            String type = c.path("type").asText();
            expectDecodedOrRefused("event " + type + " (seed 4, case " + i + ")", data, d -> {
                if (type.equals("TradeEvent")) {
                    TradeEvent.decode(d, 0);
                } else if (type.equals("BuyEvent") || type.equals("SellEvent")) {
                    SwapEvent.decode(d, 0);
                }
                idl.eventOf(d).ifPresent(ref -> new IdlDecoder(idl).definedAfterDiscriminator(ref, d));
            });
        }
    }

    @Test
    void arbitraryErrorTextIsParsedOrRefusedAsBadInput() {
        String[] pieces = {"{", "}", "[", "]", "\"InstructionError\"", ":", ",", "\"Custom\"", "6002", "-1", "300",
            "\"BlockhashNotFound\"", "null", "1.5", "true", "\"x\""};
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            try {
                TransactionErrors.parse(s.toString());
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).as("message for '%s' (seed 5, case %d)", s, i).isNotBlank();
            } catch (RuntimeException e) {
                fail("error text '" + s + "' (seed 5, case " + i + ") escaped as " + e, e);
            }
        }
    }

    private void decodeAndDescribe(byte[] data) {
        Transaction.decode(data);
        describer.describe(data);
    }

    private static Idl idlOf(String program) {
        ProgramProfiles p = ProgramProfiles.current();
        return switch (program) {
            case "asdf" -> p.asdf().idl();
            case "pump" -> p.pump().idl();
            case "pump_amm" -> p.pumpAmm().idl();
            case "pump_fees" -> p.pumpFees().idl();
            default -> null;
        };
    }

    private static byte[] mutate(byte[] original, SplittableRandom random) {
        byte[] data = original.clone();
        int kind = random.nextInt(4);
        if (kind == 0 && data.length > 0) {
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                data[random.nextInt(data.length)] = (byte) random.nextInt(256);
            }
            return data;
        }
        if (kind == 1) {
            return Arrays.copyOf(data, random.nextInt(data.length + 1));
        }
        if (kind == 2) {
            byte[] longer = Arrays.copyOf(data, data.length + 1 + random.nextInt(8));
            for (int n = data.length; n < longer.length; n++) {
                longer[n] = (byte) random.nextInt(256);
            }
            return longer;
        }
        if (data.length > 0) {
            data[random.nextInt(data.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return data;
    }

    private static void expectDecodedOrRefused(String what, byte[] data, Consumer<byte[]> decoder) {
        try {
            decoder.accept(data);
        } catch (DecodingException expected) {
            assertThat(expected.getMessage()).as("message for %s", what).isNotBlank();
        } catch (RuntimeException e) {
            fail(what + " escaped as " + e, e);
        }
    }
}
