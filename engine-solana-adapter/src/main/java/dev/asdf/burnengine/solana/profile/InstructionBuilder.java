package dev.asdf.burnengine.solana.profile;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.BorshWriter;
import dev.asdf.burnengine.solana.crypto.ProgramAddress;
import dev.asdf.burnengine.solana.idl.AccountSource;
import dev.asdf.burnengine.solana.idl.IdlAccountItem;
import dev.asdf.burnengine.solana.idl.IdlInstruction;
import dev.asdf.burnengine.solana.idl.IdlSeed;
import dev.asdf.burnengine.solana.message.AccountMeta;
import dev.asdf.burnengine.solana.message.Instruction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds one instruction of a {@link ProgramProfile}: accounts in the IDL's order with the IDL's flags, then the
 * profile's trailing accounts; data = discriminator + the Borsh arguments the caller wrote.
 *
 * <p>An account is, in this order: the address the caller gave, the IDL's fixed address, the PDA the IDL declares
 * (seeds resolved recursively from other accounts of the instruction), or, for an Anchor optional account, the
 * program id ("none"). Anything else is an error naming the account, so a profile whose program gained an account the
 * builder does not know fails loudly at build time.
 */
public final class InstructionBuilder {
    private static final Map<String, Address> CONST_PDAS = new ConcurrentHashMap<>();

    private final ProgramProfile profile;
    private final IdlInstruction ix;
    private final List<TrailingAccount> trailing;
    private final Map<String, Address> given = new HashMap<>();
    private final Map<String, Address> resolved = new HashMap<>();
    private final Set<String> included = new HashSet<>();
    private byte[] args = new byte[0];

    InstructionBuilder(ProgramProfile profile, IdlInstruction ix, List<TrailingAccount> trailing) {
        this.profile = profile;
        this.ix = ix;
        this.trailing = trailing;
    }

    /**
     * Names one account.
     *
     * @throws IllegalArgumentException when neither the IDL nor the profile's trailing accounts have that name
     */
    public InstructionBuilder account(String name, Address address) {
        if (item(name) == null) {
            throw new IllegalArgumentException("instruction " + ix.name() + " of profile " + profile.id()
                    + " has no account '" + name + "'; its accounts are " + names());
        }
        given.put(name, address);
        return this;
    }

    /**
     * Passes a trailing account that the profile marks {@code "when": "given"}, deriving it like any other account.
     *
     * @throws IllegalArgumentException when the profile has no such trailing account
     */
    public InstructionBuilder include(String trailingName) {
        if (trailing.stream().noneMatch(t -> t.account().name().equals(trailingName))) {
            throw new IllegalArgumentException("instruction " + ix.name() + " of profile " + profile.id()
                    + " has no trailing account '" + trailingName + "'");
        }
        included.add(trailingName);
        return this;
    }

    /** The Borsh-encoded arguments (without the discriminator). */
    public InstructionBuilder args(BorshWriter writer) {
        this.args = writer.toByteArray();
        return this;
    }

    public InstructionBuilder args(byte[] encoded) {
        this.args = encoded.clone();
        return this;
    }

    /**
     * The address an account of this instruction will have.
     *
     * @throws IllegalArgumentException when it is neither given nor derivable
     */
    public Address resolve(String name) {
        return resolve(name, new HashSet<>());
    }

    public Instruction build() {
        List<AccountMeta> metas = new ArrayList<>(ix.accounts().size() + trailing.size());
        for (IdlAccountItem item : ix.accounts()) {
            Address address = resolve(item.name());
            boolean none = item.optional() && address.equals(profile.programId());
            metas.add(new AccountMeta(address, item.signer() && !none, item.writable() && !none));
        }
        for (TrailingAccount t : trailing) {
            IdlAccountItem item = t.account();
            if (t.onlyWhenGiven() && !given.containsKey(item.name()) && !included.contains(item.name())) {
                continue;
            }
            metas.add(new AccountMeta(resolve(item.name()), item.signer(), item.writable()));
        }
        byte[] data = new byte[8 + args.length];
        ix.discriminator().copyTo(data, 0);
        System.arraycopy(args, 0, data, 8, args.length);
        return new Instruction(profile.programId(), metas, data);
    }

    private Address resolve(String name, Set<String> visiting) {
        Address known = given.get(name);
        if (known == null) {
            known = resolved.get(name);
        }
        if (known != null) {
            return known;
        }
        IdlAccountItem item = item(name);
        if (item == null) {
            throw new IllegalArgumentException("instruction " + ix.name() + " of profile " + profile.id()
                    + " refers to an account '" + name + "' it does not have; the profile is inconsistent");
        }
        if (!visiting.add(name)) {
            throw new IllegalArgumentException("account '" + name + "' of " + ix.name() + " derives from itself;"
                    + " the profile is inconsistent");
        }
        Address address;
        AccountSource source = item.source();
        if (source instanceof AccountSource.Fixed fixed) {
            address = fixed.address();
        } else if (source instanceof AccountSource.Derived derived) {
            address = derive(item, derived, visiting);
        } else if (item.optional()) {
            address = profile.programId();
        } else {
            throw missing(item, "it is neither a fixed address nor a PDA in the IDL");
        }
        resolved.put(name, address);
        return address;
    }

    private Address derive(IdlAccountItem item, AccountSource.Derived derived, Set<String> visiting) {
        List<byte[]> seeds = new ArrayList<>(derived.seeds().size());
        boolean allConst = true;
        for (IdlSeed seed : derived.seeds()) {
            if (seed instanceof IdlSeed.Const c) {
                seeds.add(c.value());
            } else if (seed instanceof IdlSeed.Account a) {
                if (a.readsAccountData()) {
                    throw missing(item, "its PDA seed '" + a.path() + "' is read from account data");
                }
                seeds.add(resolve(a.path(), visiting).toBytes());
                allConst = false;
            } else {
                throw missing(item, "its PDA seed '" + ((IdlSeed.Arg) seed).path() + "' is an instruction argument");
            }
        }
        Address program = profile.programId();
        if (!derived.program().isEmpty()) {
            IdlSeed p = derived.program().get(0);
            if (p instanceof IdlSeed.Const c) {
                program = Address.of(c.value());
            } else if (p instanceof IdlSeed.Account a) {
                program = resolve(a.path(), visiting);
                allConst = false;
            } else {
                throw missing(item, "its PDA program is an instruction argument");
            }
        }
        if (!allConst) {
            return ProgramAddress.find(seeds, program).address();
        }
        StringBuilder key = new StringBuilder(program.toString());
        for (byte[] s : seeds) {
            key.append('/').append(HexFormat.of().formatHex(s));
        }
        Address finalProgram = program;
        return CONST_PDAS.computeIfAbsent(key.toString(), k -> ProgramAddress.find(seeds, finalProgram).address());
    }

    private IllegalArgumentException missing(IdlAccountItem item, String why) {
        return new IllegalArgumentException("account '" + item.name() + "' of " + profile.id() + " " + ix.name()
                + " was not given and cannot be derived: " + why + "; pass it with account(\"" + item.name()
                + "\", address)");
    }

    private IdlAccountItem item(String name) {
        for (IdlAccountItem a : ix.accounts()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        for (TrailingAccount t : trailing) {
            if (t.account().name().equals(name)) {
                return t.account();
            }
        }
        return null;
    }

    private List<String> names() {
        List<String> out = new ArrayList<>();
        ix.accounts().forEach(a -> out.add(a.name()));
        trailing.forEach(t -> out.add(t.account().name()));
        return out;
    }
}
