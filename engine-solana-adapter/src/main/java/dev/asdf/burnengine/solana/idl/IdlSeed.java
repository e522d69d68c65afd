package dev.asdf.burnengine.solana.idl;

/** One seed of a PDA declared in the IDL. */
public sealed interface IdlSeed {
    /** Fixed bytes (a UTF-8 label or a 32-byte key). */
    record Const(byte[] value) implements IdlSeed {
        public Const {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }
    }

    /** The address of another account of the instruction; a dotted path reads a field of that account's data. */
    record Account(String path) implements IdlSeed {
        public boolean readsAccountData() {
            return path.indexOf('.') >= 0;
        }
    }

    /** The bytes of an instruction argument. */
    record Arg(String path) implements IdlSeed {}
}
