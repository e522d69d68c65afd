package dev.asdf.burnengine.core.token;

import dev.asdf.burnengine.core.chain.Address;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ecosystem's tokens in discovery order, with exactly one root at most.
 *
 * <p>Not thread-safe; the engine serialises access.
 */
public final class TokenRegistry {
    private final Map<Address, TokenState> tokens = new LinkedHashMap<>();

    public TokenRegistry() {}

    public TokenRegistry(Collection<TokenState> initial) {
        initial.forEach(this::put);
    }

    /** Adds or refreshes a token's chain facts, keeping its participation state; a new root demotes the old one. */
    public TokenState register(Token token) {
        if (token.isRoot()) {
            demoteOtherRoots(token.mint());
        }
        TokenState current = tokens.get(token.mint());
        TokenState next = current == null ? TokenState.active(token) : current.withToken(token);
        tokens.put(token.mint(), next);
        return next;
    }

    /** Replaces a token's whole state (restore from a snapshot). */
    public void put(TokenState state) {
        if (state.token().isRoot()) {
            demoteOtherRoots(state.token().mint());
        }
        tokens.put(state.token().mint(), state);
    }

    public boolean contains(Address mint) {
        return tokens.containsKey(mint);
    }

    public Optional<TokenState> find(Address mint) {
        return Optional.ofNullable(tokens.get(mint));
    }

    /**
     * @throws IllegalArgumentException naming the mint when it is not an ecosystem token
     */
    public TokenState require(Address mint) {
        TokenState state = tokens.get(mint);
        if (state == null) {
            throw new IllegalArgumentException("token " + mint + " is not part of this ecosystem; known tokens: "
                    + tokens.size() + " (see GET /tokens or `engine-cli tokens`)");
        }
        return state;
    }

    public Optional<TokenState> root() {
        return tokens.values().stream().filter(s -> s.token().isRoot()).findFirst();
    }

    public void setStatus(Address mint, TokenStatus status, String reason) {
        tokens.put(mint, require(mint).withStatus(status, reason));
    }

    public void markRan(Address mint, Instant when) {
        tokens.computeIfPresent(mint, (m, s) -> s.withLastRunAt(when));
    }

    public List<TokenState> all() {
        return List.copyOf(tokens.values());
    }

    public int size() {
        return tokens.size();
    }

    private void demoteOtherRoots(Address newRoot) {
        List<Address> others = new ArrayList<>();
        tokens.forEach((mint, state) -> {
            if (state.token().isRoot() && !mint.equals(newRoot)) {
                others.add(mint);
            }
        });
        for (Address mint : others) {
            TokenState s = tokens.get(mint);
            tokens.put(mint, s.withToken(s.token().withRole(TokenRole.SECONDARY)));
        }
    }
}
