package dev.asdf.burnengine.solana.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.solana.idl.AccountSource;
import dev.asdf.burnengine.solana.idl.Idl;
import dev.asdf.burnengine.solana.idl.IdlAccountItem;
import dev.asdf.burnengine.solana.idl.IdlInstruction;
import dev.asdf.burnengine.solana.idl.IdlSeed;
import dev.asdf.burnengine.solana.idl.IdlSeedParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One program as the engine talks to it at one point in time: its IDL (account slots, discriminators, errors) plus
 * the trailing accounts the program requires beyond the IDL (e.g. pump's 2026-04-28 {@code bonding_curve_v2} and
 * buyback fee recipient on {@code buy}).
 *
 * <p>Public: instruction builders take their account lists from a profile, so a program upgrade is a new profile file
 * ({@code /profiles/*.json}), not edits scattered through the code. See docs/solana-layer.md.
 */
public final class ProgramProfile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final Idl idl;
    private final Map<String, List<TrailingAccount>> trailing;

    private ProgramProfile(String id, Idl idl, Map<String, List<TrailingAccount>> trailing) {
        this.id = id;
        this.idl = idl;
        this.trailing = trailing;
    }

    /**
     * Loads a profile file: {@code {"profile": "pump@2026-04-28", "idl": "/idl/pump.json", "trailingAccounts":
     * {"buy": [{"name": ..., "writable": ..., "when": "always"|"given", "pda": {...}}]}}}, the {@code pda} written as
     * in the IDL.
     *
     * @throws IllegalArgumentException when the resource is missing or malformed
     */
    public static ProgramProfile fromResource(String resource) {
        JsonNode root;
        try (InputStream in = ProgramProfile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("program profile " + resource + " is not on the classpath");
            }
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read program profile " + resource, e);
        }
        Idl idl = Idl.fromResource(root.path("idl").asText());
        Map<String, List<TrailingAccount>> trailing = new LinkedHashMap<>();
        var names = root.path("trailingAccounts").fieldNames();
        while (names.hasNext()) {
            String ix = names.next();
            idl.instruction(ix);
            List<TrailingAccount> list = new ArrayList<>();
            for (JsonNode a : root.path("trailingAccounts").path(ix)) {
                list.add(trailing(a, resource));
            }
            trailing.put(ix, List.copyOf(list));
        }
        return new ProgramProfile(root.path("profile").asText(), idl, Map.copyOf(trailing));
    }

    /** The profile's name and date, e.g. {@code pump@2026-04-28}. */
    public String id() {
        return id;
    }

    public Idl idl() {
        return idl;
    }

    public Address programId() {
        return idl.address();
    }

    /** Starts an instruction of this program; see {@link InstructionBuilder}. */
    public InstructionBuilder instruction(String name) {
        IdlInstruction ix = idl.instruction(name);
        return new InstructionBuilder(this, ix, trailing.getOrDefault(name, List.of()));
    }

    /** The trailing accounts this profile adds to an instruction, in order. */
    public List<TrailingAccount> trailingAccounts(String instruction) {
        return trailing.getOrDefault(instruction, List.of());
    }

    @Override
    public String toString() {
        return "ProgramProfile[" + id + ", " + idl.address() + "]";
    }

    private static TrailingAccount trailing(JsonNode a, String resource) {
        String when = a.path("when").asText("always");
        if (!when.equals("always") && !when.equals("given")) {
            throw new IllegalArgumentException("program profile " + resource + ": trailing account "
                    + a.path("name").asText() + " has when='" + when + "'; use 'always' or 'given'");
        }
        AccountSource source;
        if (a.has("address")) {
            source = new AccountSource.Fixed(Address.parse(a.path("address").asText()));
        } else if (a.has("pda")) {
            List<IdlSeed> seeds = new ArrayList<>();
            for (JsonNode s : a.path("pda").path("seeds")) {
                seeds.add(seed(s));
            }
            List<IdlSeed> program = a.path("pda").has("program") ? List.of(seed(a.path("pda").path("program")))
                    : List.of();
            source = new AccountSource.Derived(seeds, program);
        } else {
            source = new AccountSource.Given();
        }
        return new TrailingAccount(new IdlAccountItem(a.path("name").asText(), a.path("writable").asBoolean(false),
                a.path("signer").asBoolean(false), false, source), when.equals("given"));
    }

    /** Seeds as in the IDL, plus {@code {"kind": "const", "text": "bonding-curve-v2"}} for readable labels. */
    private static IdlSeed seed(JsonNode s) {
        if (s.path("kind").asText().equals("const") && s.has("text")) {
            return new IdlSeed.Const(s.path("text").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (s.path("kind").asText().equals("const") && s.has("address")) {
            return new IdlSeed.Const(Address.parse(s.path("address").asText()).toBytes());
        }
        return IdlSeedParser.parse(s);
    }
}
