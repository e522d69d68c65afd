package dev.asdf.burnengine.solana.idl;

/** A type in an Anchor IDL (0.30+ format). */
public sealed interface IdlType {
    /** The scalar and built-in types. */
    enum Primitive implements IdlType {
        BOOL(1), U8(1), I8(1), U16(2), I16(2), U32(4), I32(4), F32(4), U64(8), I64(8), F64(8), U128(16), I128(16),
        U256(32), I256(32), BYTES(4), STRING(4), PUBKEY(32);

        /** The fewest bytes a value takes (a length prefix for strings and bytes). */
        final int minSize;

        Primitive(int minSize) {
            this.minSize = minSize;
        }
    }

    /** {@code Option<T>}: a 1-byte tag, then T when the tag is 1. */
    record OptionOf(IdlType inner) implements IdlType {}

    /** {@code COption<T>}: a 4-byte tag, then T always (zero when absent). */
    record COptionOf(IdlType inner) implements IdlType {}

    /** {@code Vec<T>}: u32 count, then the elements. */
    record VecOf(IdlType inner) implements IdlType {}

    /** {@code [T; n]}: n elements back to back. */
    record ArrayOf(IdlType inner, int length) implements IdlType {}

    /** A struct or enum declared in the IDL's {@code types}. */
    record Defined(String name) implements IdlType {}
}
