package dev.asdf.burnengine.solana.idl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.codec.Discriminator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An Anchor IDL (0.30+ JSON format): the program's address, instructions, accounts, events, errors and types.
 *
 * <p>Public because program profiles, the transaction describer and later adapters look instructions, layouts and
 * errors up in it. Loaded from the IDL files vendored in this module's resources ({@code /idl/}).
 */
public final class Idl {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Address address;
    private final Map<String, IdlInstruction> instructions;
    private final List<IdlTypeRef> accounts;
    private final List<IdlTypeRef> events;
    private final Map<Integer, IdlError> errors;
    private final Map<String, IdlTypeDef> types;

    private Idl(String name, Address address, Map<String, IdlInstruction> instructions, List<IdlTypeRef> accounts,
            List<IdlTypeRef> events, Map<Integer, IdlError> errors, Map<String, IdlTypeDef> types) {
        this.name = name;
        this.address = address;
        this.instructions = instructions;
        this.accounts = accounts;
        this.events = events;
        this.errors = errors;
        this.types = types;
    }

    /**
     * Loads an IDL from the classpath.
     *
     * @throws IllegalArgumentException when the resource is missing or not an Anchor IDL
     */
    public static Idl fromResource(String resource) {
        try (InputStream in = Idl.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("IDL resource " + resource + " is not on the classpath");
            }
            return parse(JSON.readTree(in), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read IDL resource " + resource, e);
        }
    }

    static Idl parse(JsonNode root, String source) {
        try {
            String name = root.path("metadata").path("name").asText(root.path("name").asText());
            Address address = Address.parse(root.path("address").asText());
            Map<String, IdlInstruction> instructions = new LinkedHashMap<>();
            for (JsonNode ix : root.path("instructions")) {
                List<IdlAccountItem> slots = new ArrayList<>();
                flattenAccounts(ix.path("accounts"), "", slots);
                instructions.put(ix.path("name").asText(), new IdlInstruction(ix.path("name").asText(),
                        discriminator(ix), slots, fields(ix.path("args"))));
            }
            List<IdlTypeRef> accounts = refs(root.path("accounts"));
            List<IdlTypeRef> events = refs(root.path("events"));
            Map<Integer, IdlError> errors = new LinkedHashMap<>();
            for (JsonNode e : root.path("errors")) {
                errors.put(e.path("code").asInt(), new IdlError(e.path("code").asInt(), e.path("name").asText(),
                        e.path("msg").asText("")));
            }
            Map<String, IdlTypeDef> types = new LinkedHashMap<>();
            for (JsonNode t : root.path("types")) {
                types.put(t.path("name").asText(), typeDef(t));
            }
            return new Idl(name, address, Map.copyOf(instructions), accounts, events, Map.copyOf(errors),
                    Map.copyOf(types));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("IDL " + source + " is not an Anchor 0.30+ IDL: " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public Address address() {
        return address;
    }

    /**
     * @throws IllegalArgumentException naming the instruction when the IDL does not have it
     */
    public IdlInstruction instruction(String instructionName) {
        IdlInstruction ix = instructions.get(instructionName);
        if (ix == null) {
            throw new IllegalArgumentException("the " + name + " IDL has no instruction '" + instructionName
                    + "'; the program profile and the IDL disagree");
        }
        return ix;
    }

    public List<IdlInstruction> instructions() {
        return List.copyOf(instructions.values());
    }

    /** The instruction whose discriminator starts {@code data}. */
    public Optional<IdlInstruction> instructionOf(byte[] data) {
        for (IdlInstruction ix : instructions.values()) {
            if (ix.discriminator().matches(data, 0)) {
                return Optional.of(ix);
            }
        }
        return Optional.empty();
    }

    public List<IdlTypeRef> accounts() {
        return accounts;
    }

    public List<IdlTypeRef> events() {
        return events;
    }

    /** The event whose discriminator starts {@code payload}. */
    public Optional<IdlTypeRef> eventOf(byte[] payload) {
        return events.stream().filter(e -> e.discriminator().matches(payload, 0)).findFirst();
    }

    /** The account type whose discriminator starts {@code data}. */
    public Optional<IdlTypeRef> accountOf(byte[] data) {
        return accounts.stream().filter(a -> a.discriminator().matches(data, 0)).findFirst();
    }

    public Optional<IdlError> error(int code) {
        return Optional.ofNullable(errors.get(code));
    }

    public List<IdlError> errors() {
        return List.copyOf(errors.values());
    }

    /**
     * @throws IllegalArgumentException naming the type when the IDL does not declare it
     */
    public IdlTypeDef type(String typeName) {
        IdlTypeDef t = types.get(typeName);
        if (t == null) {
            throw new IllegalArgumentException("the " + name + " IDL declares no type '" + typeName + "'");
        }
        return t;
    }

    private static void flattenAccounts(JsonNode list, String prefix, List<IdlAccountItem> out) {
        for (JsonNode a : list) {
            String accountName = prefix + a.path("name").asText();
            if (a.has("accounts")) {
                flattenAccounts(a.path("accounts"), accountName + ".", out);
                continue;
            }
            AccountSource source;
            if (a.has("address")) {
                source = new AccountSource.Fixed(Address.parse(a.path("address").asText()));
            } else if (a.has("pda")) {
                JsonNode pda = a.path("pda");
                List<IdlSeed> program = pda.has("program") ? List.of(seed(pda.path("program"))) : List.of();
                List<IdlSeed> seeds = new ArrayList<>();
                for (JsonNode s : pda.path("seeds")) {
                    seeds.add(seed(s));
                }
                source = new AccountSource.Derived(seeds, program);
            } else {
                source = new AccountSource.Given();
            }
            out.add(new IdlAccountItem(accountName, a.path("writable").asBoolean(false),
                    a.path("signer").asBoolean(false), a.path("optional").asBoolean(false), source));
        }
    }

    static IdlSeed seed(JsonNode s) {
        String kind = s.path("kind").asText();
        switch (kind) {
            case "const":
                byte[] value = new byte[s.path("value").size()];
                for (int i = 0; i < value.length; i++) {
                    value[i] = (byte) s.path("value").get(i).asInt();
                }
                return new IdlSeed.Const(value);
            case "account":
                return new IdlSeed.Account(s.path("path").asText());
            case "arg":
                return new IdlSeed.Arg(s.path("path").asText());
            default:
                throw new IllegalArgumentException("unknown PDA seed kind '" + kind + "'");
        }
    }

    private static Discriminator discriminator(JsonNode node) {
        JsonNode d = node.path("discriminator");
        byte[] bytes = new byte[d.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) d.get(i).asInt();
        }
        return Discriminator.of(bytes);
    }

    private static List<IdlTypeRef> refs(JsonNode list) {
        List<IdlTypeRef> out = new ArrayList<>();
        for (JsonNode n : list) {
            out.add(new IdlTypeRef(n.path("name").asText(), discriminator(n)));
        }
        return List.copyOf(out);
    }

    private static List<IdlField> fields(JsonNode list) {
        List<IdlField> out = new ArrayList<>();
        int index = 0;
        for (JsonNode f : list) {
            if (f.isObject() && f.has("name")) {
                out.add(new IdlField(f.path("name").asText(), type(f.path("type"))));
            } else {
                out.add(new IdlField(Integer.toString(index), type(f)));
            }
            index++;
        }
        return out;
    }

    private static IdlTypeDef typeDef(JsonNode t) {
        JsonNode body = t.path("type");
        String kind = body.path("kind").asText();
        if (kind.equals("struct")) {
            return new IdlTypeDef.Struct(t.path("name").asText(), fields(body.path("fields")));
        }
        if (kind.equals("enum")) {
            List<IdlTypeDef.Variant> variants = new ArrayList<>();
            for (JsonNode v : body.path("variants")) {
                variants.add(new IdlTypeDef.Variant(v.path("name").asText(), fields(v.path("fields"))));
            }
            return new IdlTypeDef.Enum(t.path("name").asText(), variants);
        }
        throw new IllegalArgumentException("type " + t.path("name").asText() + " has unsupported kind '" + kind + "'");
    }

    static IdlType type(JsonNode t) {
        if (t.isTextual()) {
            return IdlType.Primitive.valueOf(t.asText().toUpperCase(java.util.Locale.ROOT));
        }
        if (t.has("option")) {
            return new IdlType.OptionOf(type(t.path("option")));
        }
        if (t.has("coption")) {
            return new IdlType.COptionOf(type(t.path("coption")));
        }
        if (t.has("vec")) {
            return new IdlType.VecOf(type(t.path("vec")));
        }
        if (t.has("array")) {
            return new IdlType.ArrayOf(type(t.path("array").get(0)), t.path("array").get(1).asInt());
        }
        if (t.has("defined")) {
            JsonNode d = t.path("defined");
            return new IdlType.Defined(d.isTextual() ? d.asText() : d.path("name").asText());
        }
        throw new IllegalArgumentException("unsupported IDL type " + t);
    }
}
