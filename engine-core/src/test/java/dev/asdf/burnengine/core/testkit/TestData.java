package dev.asdf.burnengine.core.testkit;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.fee.FeeEvent;
import dev.asdf.burnengine.core.fee.FeeEventId;
import dev.asdf.burnengine.core.fee.FeeVault;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import java.nio.ByteBuffer;
import java.time.Instant;

/** Deterministic test values: addresses, signatures, tokens and fee events from small integers. */
public final class TestData {
    private TestData() {}

    /** An address whose bytes are derived from {@code n} (distinct for distinct n). */
    public static Address address(long n) {
        byte[] b = new byte[32];
        ByteBuffer.wrap(b).putLong(0x5A5A5A5AL).putLong(n).putLong(~n).putLong(n * 31 + 7);
        return Address.of(b);
    }

    public static TxSignature signature(long n) {
        byte[] b = new byte[64];
        ByteBuffer buf = ByteBuffer.wrap(b);
        for (int i = 0; i < 8; i++) {
            buf.putLong(n * 1_000_003L + i);
        }
        return TxSignature.of(b);
    }

    public static Token root(long n, String symbol) {
        return new Token(address(n), symbol, symbol + " root", TokenRole.ROOT, Market.BONDING_CURVE, TokenProgram.SPL_TOKEN);
    }

    public static Token secondary(long n, String symbol) {
        return new Token(address(n), symbol, symbol + " token", TokenRole.SECONDARY, Market.BONDING_CURVE, TokenProgram.SPL_TOKEN);
    }

    public static FeeEvent fee(long signature, int index, Token token, long lamports, long slot) {
        return new FeeEvent(new FeeEventId(signature(signature), index), token.mint(), Lamports.of(lamports),
                FeeVault.BONDING_CURVE, slot, Instant.ofEpochSecond(1_700_000_000L + slot));
    }
}
