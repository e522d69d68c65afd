package dev.asdf.burnengine.solana.error;

/** Why one instruction failed: a program's custom code, or one of the runtime's built-in instruction errors. */
public sealed interface InstructionErrorKind {
    /** {@code {"Custom": code}}: a u32 the program chose (Anchor programs: 6000 + index, framework codes below). */
    record Custom(long code) implements InstructionErrorKind {
        public Custom {
            if (code < 0 || code > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("a custom program error is a u32, got " + code);
            }
        }
    }

    /** A runtime error such as {@code "AccountNotEnoughKeys"} or {@code {"BorshIoError": "…"}} (detail as JSON). */
    record BuiltIn(String name, String detail) implements InstructionErrorKind {}
}
