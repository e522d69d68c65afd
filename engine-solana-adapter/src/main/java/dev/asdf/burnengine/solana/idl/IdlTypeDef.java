package dev.asdf.burnengine.solana.idl;

import java.util.List;

/** A type declared in the IDL: a struct (named or tuple fields) or an enum (variants with optional fields). */
public sealed interface IdlTypeDef {
    String name();

    record Struct(String name, List<IdlField> fields) implements IdlTypeDef {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    record Enum(String name, List<Variant> variants) implements IdlTypeDef {
        public Enum {
            variants = List.copyOf(variants);
        }
    }

    record Variant(String name, List<IdlField> fields) {
        public Variant {
            fields = List.copyOf(fields);
        }
    }
}
