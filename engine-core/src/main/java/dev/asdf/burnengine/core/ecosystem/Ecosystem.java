package dev.asdf.burnengine.core.ecosystem;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.token.Token;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One creator's token family as read from chain: the creator authority that earns every fee, its tokens (at most one
 * root) and the split configuration.
 */
public record Ecosystem(Address creatorAuthority, List<Token> tokens, SplitConfig split) {
    public Ecosystem {
        Objects.requireNonNull(creatorAuthority, "creatorAuthority");
        Objects.requireNonNull(split, "split");
        tokens = List.copyOf(tokens);
        long roots = tokens.stream().filter(Token::isRoot).count();
        if (roots > 1) {
            throw new IllegalArgumentException("an ecosystem has at most one root token, found " + roots + ": "
                    + tokens.stream().filter(Token::isRoot).map(t -> t.mint().toString()).toList());
        }
    }

    public Optional<Token> root() {
        return tokens.stream().filter(Token::isRoot).findFirst();
    }
}
