package dev.asdf.burnengine.solana.feesource;

import dev.asdf.burnengine.core.chain.TxSignature;
import dev.asdf.burnengine.core.fee.FeeVault;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The RPC fee source's resume point inside a {@code FeeCursor}: the last fully processed signature of each vault,
 * written {@code curve=<signature>;amm=<signature>} (either may be empty).
 */
record FeePosition(Map<FeeVault, TxSignature> last) {
    FeePosition {
        last = Map.copyOf(last);
    }

    static FeePosition parse(String text) {
        Map<FeeVault, TxSignature> last = new EnumMap<>(FeeVault.class);
        if (text == null || text.isBlank()) {
            return new FeePosition(last);
        }
        for (String part : text.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[1].isBlank()) {
                continue;
            }
            FeeVault vault = switch (kv[0]) {
                case "curve" -> FeeVault.BONDING_CURVE;
                case "amm" -> FeeVault.AMM;
                default -> throw new IllegalArgumentException("fee cursor position '" + text + "' has an unknown part '"
                        + kv[0] + "'; expected curve=<signature>;amm=<signature> (was the state written by another fee source?)");
            };
            last.put(vault, TxSignature.parse(kv[1]));
        }
        return new FeePosition(last);
    }

    Optional<TxSignature> last(FeeVault vault) {
        return Optional.ofNullable(last.get(vault));
    }

    FeePosition with(FeeVault vault, TxSignature signature) {
        Map<FeeVault, TxSignature> next = new EnumMap<>(FeeVault.class);
        next.putAll(last);
        next.put(vault, signature);
        return new FeePosition(next);
    }

    String text() {
        return "curve=" + last(FeeVault.BONDING_CURVE).map(Object::toString).orElse("")
                + ";amm=" + last(FeeVault.AMM).map(Object::toString).orElse("");
    }
}
