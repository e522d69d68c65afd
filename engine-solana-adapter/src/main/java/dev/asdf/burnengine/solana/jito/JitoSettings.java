package dev.asdf.burnengine.solana.jito;

import dev.asdf.burnengine.core.money.Lamports;
import java.net.URI;
import java.util.Objects;

/**
 * The {@code direct.jito*} keys: whether direct mode sends its steps as Jito bundles, to which block engine, and the
 * tip each step pays.
 *
 * @param enabled {@code direct.jito}
 * @param url {@code direct.jitoUrl}, the block engine's bundles JSON-RPC URL
 * @param tip {@code direct.jitoTipLamports}, paid by every step transaction to one of the block engine's tip accounts
 */
public record JitoSettings(boolean enabled, URI url, Lamports tip) {
    public static final String DEFAULT_URL = "https://mainnet.block-engine.jito.wtf/api/v1/bundles";
    public static final long DEFAULT_TIP_LAMPORTS = 10_000;
    /** The block engine ignores bundles that tip less. */
    public static final long MIN_TIP_LAMPORTS = 1_000;

    public JitoSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(tip, "tip");
        if (tip.value() < MIN_TIP_LAMPORTS) {
            throw new IllegalArgumentException("direct.jitoTipLamports = " + tip.value() + " is below the block"
                    + " engine's minimum tip of " + MIN_TIP_LAMPORTS + " lamports; set at least " + MIN_TIP_LAMPORTS);
        }
    }

    /** Not sending through Jito (the default). */
    public static JitoSettings disabled() {
        return new JitoSettings(false, URI.create(DEFAULT_URL), Lamports.of(DEFAULT_TIP_LAMPORTS));
    }
}
