package dev.asdf.burnengine.solana.idl;

import dev.asdf.burnengine.solana.codec.BorshReader;
import dev.asdf.burnengine.solana.codec.DecodingException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes Borsh bytes generically with the types of an IDL: instruction arguments, accounts and events.
 *
 * <p>Public because the transaction describer (the CLI's {@code decode}) and the oracle tests show values of any
 * instruction or event the IDL declares. Typed decoders (e.g. the pump {@code TradeEvent}) are faster where it matters.
 */
public final class IdlDecoder {
    private static final int MAX_DEPTH = 32;

    private final Idl idl;

    public IdlDecoder(Idl idl) {
        this.idl = idl;
    }

    /** An instruction's arguments, after its 8-byte discriminator; trailing bytes are tolerated (Anchor ignores them). */
    public IdlValue.Struct instructionArgs(IdlInstruction ix, byte[] data) {
        ix.discriminator().require(data, 0, idl.name() + " instruction " + ix.name() + " data");
        BorshReader r = BorshReader.of(data, 8, data.length, idl.name() + " instruction " + ix.name() + " data");
        return fields(ix.args(), r, 0);
    }

    /** An account or event body of a defined struct type, after its 8-byte discriminator. */
    public IdlValue.Struct definedAfterDiscriminator(IdlTypeRef ref, byte[] data) {
        ref.discriminator().require(data, 0, idl.name() + " " + ref.name());
        BorshReader r = BorshReader.of(data, 8, data.length, idl.name() + " " + ref.name());
        IdlValue v = defined(ref.name(), r, 0);
        if (v instanceof IdlValue.Struct s) {
            return s;
        }
        throw new DecodingException(idl.name() + " " + ref.name() + " is not a struct in the IDL");
    }

    public IdlValue value(IdlType type, BorshReader r) {
        return value(type, r, "value", 0);
    }

    private IdlValue.Struct fields(List<IdlField> fields, BorshReader r, int depth) {
        List<IdlValue.Field> out = new ArrayList<>(fields.size());
        for (IdlField f : fields) {
            out.add(new IdlValue.Field(f.name(), value(f.type(), r, f.name(), depth + 1)));
        }
        return new IdlValue.Struct(out);
    }

    private IdlValue value(IdlType type, BorshReader r, String field, int depth) {
        if (depth > MAX_DEPTH) {
            throw new DecodingException(r.what() + ": types nest deeper than " + MAX_DEPTH + " at field '" + field + "'");
        }
        if (type instanceof IdlType.Primitive p) {
            return primitive(p, r, field);
        }
        if (type instanceof IdlType.OptionOf o) {
            return r.optionTag(field) ? new IdlValue.Some(value(o.inner(), r, field, depth + 1)) : new IdlValue.None();
        }
        if (type instanceof IdlType.COptionOf o) {
            long tag = r.u32(field + " coption tag");
            if (tag > 1) {
                throw new DecodingException(r.what() + ": field '" + field + "' has coption tag " + tag);
            }
            IdlValue inner = value(o.inner(), r, field, depth + 1);
            return tag == 1 ? new IdlValue.Some(inner) : new IdlValue.None();
        }
        if (type instanceof IdlType.VecOf v) {
            int n = r.vecLength(field, minSize(v.inner()));
            List<IdlValue> values = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                values.add(value(v.inner(), r, field + "[" + i + "]", depth + 1));
            }
            return new IdlValue.Seq(values);
        }
        if (type instanceof IdlType.ArrayOf a) {
            if (a.inner() == IdlType.Primitive.U8) {
                return new IdlValue.Bytes(r.bytes(a.length(), field));
            }
            List<IdlValue> values = new ArrayList<>(a.length());
            for (int i = 0; i < a.length(); i++) {
                values.add(value(a.inner(), r, field + "[" + i + "]", depth + 1));
            }
            return new IdlValue.Seq(values);
        }
        return defined(((IdlType.Defined) type).name(), r, depth);
    }

    private IdlValue defined(String name, BorshReader r, int depth) {
        IdlTypeDef def = idl.type(name);
        if (def instanceof IdlTypeDef.Struct s) {
            return fields(s.fields(), r, depth);
        }
        IdlTypeDef.Enum e = (IdlTypeDef.Enum) def;
        int at = r.position();
        int index = r.u8(name + " variant");
        if (index >= e.variants().size()) {
            throw new DecodingException(r.what() + ": enum " + name + " at offset " + at + " has variant " + index
                    + " but the IDL declares " + e.variants().size());
        }
        IdlTypeDef.Variant v = e.variants().get(index);
        return new IdlValue.Variant(v.name(), fields(v.fields(), r, depth));
    }

    private static IdlValue primitive(IdlType.Primitive p, BorshReader r, String field) {
        switch (p) {
            case BOOL:
                return new IdlValue.Bool(r.bool(field));
            case U8:
                return integer(r.u8(field));
            case I8:
                return integer((byte) r.u8(field));
            case U16:
                return integer(r.u16(field));
            case I16:
                return integer((short) r.u16(field));
            case U32:
                return integer(r.u32(field));
            case I32:
                return integer(r.i32(field));
            case F32:
                return new IdlValue.Float(java.lang.Float.intBitsToFloat(r.i32(field)));
            case U64:
                return new IdlValue.Int(new BigInteger(Long.toUnsignedString(r.u64(field))));
            case I64:
                return integer(r.i64(field));
            case F64:
                return new IdlValue.Float(Double.longBitsToDouble(r.i64(field)));
            case U128:
                return new IdlValue.Int(r.u128(field));
            case I128:
                return new IdlValue.Int(r.i128(field));
            case U256:
            case I256:
                byte[] le = r.bytes(32, field);
                byte[] be = new byte[33];
                for (int i = 0; i < 32; i++) {
                    be[32 - i] = le[i];
                }
                BigInteger v = new BigInteger(be);
                return new IdlValue.Int(p == IdlType.Primitive.I256 && v.testBit(255) ? v.subtract(BigInteger.ONE.shiftLeft(256)) : v);
            case BYTES:
                int n = r.vecLength(field, 1);
                return new IdlValue.Bytes(r.bytes(n, field));
            case STRING:
                return new IdlValue.Text(r.string(field));
            case PUBKEY:
                return new IdlValue.Key(r.pubkey(field));
            default:
                throw new IllegalStateException("unhandled primitive " + p);
        }
    }

    private static IdlValue integer(long v) {
        return new IdlValue.Int(BigInteger.valueOf(v));
    }

    private int minSize(IdlType t) {
        if (t instanceof IdlType.Primitive p) {
            return p.minSize;
        }
        if (t instanceof IdlType.ArrayOf a) {
            return Math.max(1, a.length() * minSize(a.inner()));
        }
        return 1;
    }
}
