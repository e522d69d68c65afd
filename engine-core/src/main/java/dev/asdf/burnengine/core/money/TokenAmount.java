package dev.asdf.burnengine.core.money;

/** An amount of an SPL token in base units (before decimals). Never negative; overflow-checked. */
public record TokenAmount(long value) implements Comparable<TokenAmount> {
    public static final TokenAmount ZERO = new TokenAmount(0);

    public TokenAmount {
        if (value < 0) {
            throw new IllegalArgumentException("a token amount cannot be negative, got " + value);
        }
    }

    public static TokenAmount of(long value) {
        return value == 0 ? ZERO : new TokenAmount(value);
    }

    public TokenAmount plus(TokenAmount other) {
        return of(Math.addExact(value, other.value));
    }

    public TokenAmount minus(TokenAmount other) {
        return of(Math.subtractExact(value, other.value));
    }

    public boolean isZero() {
        return value == 0;
    }

    @Override
    public int compareTo(TokenAmount o) {
        return Long.compare(value, o.value);
    }

    @Override
    public String toString() {
        return value + " base units";
    }
}
