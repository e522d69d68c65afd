package dev.asdf.burnengine.solana.idl;

import dev.asdf.burnengine.core.chain.Address;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A value decoded with an IDL type, for display (the CLI) and for generic checks against the oracle.
 */
public sealed interface IdlValue {
    record Bool(boolean value) implements IdlValue {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** Every integer width, exactly. */
    record Int(BigInteger value) implements IdlValue {
        @Override
        public String toString() {
            return value.toString();
        }
    }

    record Float(double value) implements IdlValue {
        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    record Text(String value) implements IdlValue {
        @Override
        public String toString() {
            return '"' + value + '"';
        }
    }

    record Key(Address value) implements IdlValue {
        @Override
        public String toString() {
            return value.toString();
        }
    }

    record Bytes(byte[] value) implements IdlValue {
        public Bytes {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes other && Arrays.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "0x" + HexFormat.of().formatHex(value);
        }
    }

    record None() implements IdlValue {
        @Override
        public String toString() {
            return "None";
        }
    }

    record Some(IdlValue value) implements IdlValue {
        @Override
        public String toString() {
            return "Some(" + value + ")";
        }
    }

    record Seq(List<IdlValue> values) implements IdlValue {
        public Seq {
            values = List.copyOf(values);
        }

        @Override
        public String toString() {
            return values.stream().map(IdlValue::toString).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    record Field(String name, IdlValue value) {}

    record Struct(List<Field> fields) implements IdlValue {
        public Struct {
            fields = List.copyOf(fields);
        }

        /**
         * @throws IllegalArgumentException when there is no such field
         */
        public IdlValue get(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst().map(Field::value)
                    .orElseThrow(() -> new IllegalArgumentException("no field '" + name + "' in " + this));
        }

        @Override
        public String toString() {
            return fields.stream().map(f -> f.name() + ": " + f.value())
                    .collect(Collectors.joining(", ", "{", "}"));
        }
    }

    record Variant(String name, IdlValue fields) implements IdlValue {
        @Override
        public String toString() {
            return fields instanceof Struct s && s.fields().isEmpty() ? name : name + fields;
        }
    }
}
