package dev.asdf.burnengine.core.token;

import dev.asdf.burnengine.core.chain.Address;
import java.util.Objects;

/**
 * What the engine knows about one ecosystem token from chain: identity, role, market and token program.
 *
 * @param symbol display text from token metadata; untrusted chain data, never interpreted
 * @param name display text from token metadata; untrusted chain data, never interpreted
 */
public record Token(Address mint, String symbol, String name, TokenRole role, Market market, TokenProgram program) {
    public Token {
        Objects.requireNonNull(mint, "mint");
        Objects.requireNonNull(role, () -> "role of token " + mint);
        Objects.requireNonNull(market, () -> "market of token " + mint);
        Objects.requireNonNull(program, () -> "token program of token " + mint);
        symbol = symbol == null ? "" : symbol;
        name = name == null ? "" : name;
    }

    public boolean isRoot() {
        return role == TokenRole.ROOT;
    }

    public Token withRole(TokenRole newRole) {
        return new Token(mint, symbol, name, newRole, market, program);
    }

    public Token withMarket(Market newMarket) {
        return new Token(mint, symbol, name, role, newMarket, program);
    }

    /** A label for logs and messages: the symbol when known, else the shortened mint. */
    public String label() {
        String m = mint.toString();
        return symbol.isBlank() ? m.substring(0, Math.min(8, m.length())) + "…" : symbol + " (" + m + ")";
    }
}
