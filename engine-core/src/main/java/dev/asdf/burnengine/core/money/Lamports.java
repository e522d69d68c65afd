package dev.asdf.burnengine.core.money;

/**
 * An amount of SOL in lamports (10^-9 SOL). Never negative; arithmetic fails loudly on overflow instead of wrapping,
 * because a wrapped balance is a spend nobody intended.
 */
public record Lamports(long value) implements Comparable<Lamports> {
    public static final Lamports ZERO = new Lamports(0);
    public static final long PER_SOL = 1_000_000_000L;

    public Lamports {
        if (value < 0) {
            throw new IllegalArgumentException("lamports cannot be negative, got " + value);
        }
    }

    public static Lamports of(long value) {
        return value == 0 ? ZERO : new Lamports(value);
    }

    public Lamports plus(Lamports other) {
        return of(Math.addExact(value, other.value));
    }

    /** @throws IllegalArgumentException if the result would be negative */
    public Lamports minus(Lamports other) {
        return of(Math.subtractExact(value, other.value));
    }

    /** The difference, or zero when {@code other} is larger. */
    public Lamports minusOrZero(Lamports other) {
        return value <= other.value ? ZERO : of(value - other.value);
    }

    public Lamports min(Lamports other) {
        return value <= other.value ? this : other;
    }

    public Lamports max(Lamports other) {
        return value >= other.value ? this : other;
    }

    /** {@code floor(value × numerator / denominator)} computed without intermediate overflow. */
    public Lamports mulDiv(long numerator, long denominator) {
        return of(MulDiv.floor(value, numerator, denominator));
    }

    public boolean isZero() {
        return value == 0;
    }

    public boolean isLessThan(Lamports other) {
        return value < other.value;
    }

    public boolean isAtLeast(Lamports other) {
        return value >= other.value;
    }

    @Override
    public int compareTo(Lamports o) {
        return Long.compare(value, o.value);
    }

    /** SOL with nine decimals, for messages ("0.100000000 SOL"). */
    public String toSol() {
        return String.format("%d.%09d SOL", value / PER_SOL, value % PER_SOL);
    }

    @Override
    public String toString() {
        return value + " lamports";
    }
}
