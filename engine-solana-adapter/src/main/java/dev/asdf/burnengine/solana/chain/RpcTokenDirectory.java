package dev.asdf.burnengine.solana.chain;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.ecosystem.Ecosystem;
import dev.asdf.burnengine.core.port.TokenDirectory;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.core.token.TokenRole;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.pump.BondingCurve;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.pumpswap.Pool;
import dev.asdf.burnengine.solana.program.pumpswap.PumpSwapAddresses;
import dev.asdf.burnengine.solana.program.token.MintAccount;
import dev.asdf.burnengine.solana.program.token.TokenMetadata;
import dev.asdf.burnengine.solana.rpc.AccountInfo;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TokenDirectory} over JSON-RPC: the creator's bonding curves ({@code getProgramAccounts} of pump with the
 * creator at offset 49; the mint read from the curve's token account) and its PumpSwap pools (coin creator at offset
 * 211; the mint is the base mint). Migrated when the curve is {@code complete} or a pool exists; the token program is
 * the mint's owner; the root comes from the program state; names from Token-2022 metadata when present.
 *
 * <p>Hostile or foreign accounts are never taken for ours: a curve must be owned by pump and a pool by PumpSwap, and a
 * mint must be owned by SPL Token or Token-2022 and hold at least the 82-byte mint layout; anything else is no token of
 * this ecosystem (logged), so its fees are rejected rather than credited.
 */
public final class RpcTokenDirectory implements TokenDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(RpcTokenDirectory.class);
    private static final int MINT_LENGTH = 82;
    private static final int CURVE_CREATOR_OFFSET = 49;
    private static final int POOL_COIN_CREATOR_OFFSET = 211;
    private static final int TOKEN_ACCOUNT_OWNER_OFFSET = 32;
    private final SolanaRpc rpc;
    private final EcosystemLayout layout;

    public RpcTokenDirectory(SolanaRpc rpc, EcosystemLayout layout) {
        this.rpc = rpc;
        this.layout = layout;
    }

    @Override
    public Ecosystem discover() {
        Address creator = layout.vaults().creator();
        Map<Address, Market> markets = new LinkedHashMap<>();
        for (AccountInfo curve : rpc.programAccounts(ProgramIds.PUMP, CURVE_CREATOR_OFFSET, creator.toBytes(), 0)) {
            Optional<BondingCurve> decoded = decodeCurve(curve);
            if (decoded.isEmpty()) {
                continue;
            }
            mintOfCurve(curve.address()).ifPresent(mint ->
                    markets.put(mint, decoded.get().complete() ? Market.AMM : Market.BONDING_CURVE));
        }
        for (AccountInfo pool : rpc.programAccounts(ProgramIds.PUMP_AMM, POOL_COIN_CREATOR_OFFSET, creator.toBytes(), 0)) {
            decodePool(pool).ifPresent(p -> markets.put(p.baseMint(), Market.AMM));
        }
        ProgramState state = layout.programState(rpc);
        List<Address> mints = new ArrayList<>(markets.keySet());
        List<Optional<AccountInfo>> mintAccounts = rpc.accounts(mints);
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < mints.size(); i++) {
            Address mint = mints.get(i);
            boolean root = state.rootMint().map(mint::equals).orElse(false);
            mintAccounts.get(i).flatMap(a -> token(mint, a, root ? TokenRole.ROOT : TokenRole.SECONDARY,
                    markets.get(mint))).ifPresent(tokens::add);
        }
        return new Ecosystem(creator, tokens, state.split());
    }

    @Override
    public Optional<Token> describe(Address mint) {
        Address creator = layout.vaults().creator();
        Address curveAddress = PumpAddresses.bondingCurve(mint);
        Address poolAddress = PumpSwapAddresses.canonicalPool(mint);
        List<Optional<AccountInfo>> accounts = rpc.accounts(List.of(mint, curveAddress, poolAddress));
        if (accounts.get(0).isEmpty()) {
            return Optional.empty();
        }
        Optional<BondingCurve> curve = accounts.get(1).flatMap(RpcTokenDirectory::decodeCurve);
        Optional<Pool> pool = accounts.get(2).flatMap(RpcTokenDirectory::decodePool);
        boolean ours = curve.map(c -> c.creator().equals(creator)).orElse(false)
                || pool.map(p -> p.coinCreator().equals(creator)).orElse(false);
        if (!ours) {
            return Optional.empty();
        }
        Market market = pool.isPresent() || curve.map(BondingCurve::complete).orElse(false) ? Market.AMM : Market.BONDING_CURVE;
        boolean root = layout.programState(rpc).rootMint().map(mint::equals).orElse(false);
        return token(mint, accounts.get(0).get(), root ? TokenRole.ROOT : TokenRole.SECONDARY, market);
    }

    private Optional<Address> mintOfCurve(Address curve) {
        for (Address program : List.of(ProgramIds.SPL_TOKEN, ProgramIds.TOKEN_2022)) {
            for (AccountInfo account : rpc.programAccounts(program, TOKEN_ACCOUNT_OWNER_OFFSET, curve.toBytes(), 0)) {
                byte[] data = account.data();
                if (data.length >= 64) {
                    Address mint = Address.of(java.util.Arrays.copyOfRange(data, 0, 32));
                    if (PumpAddresses.bondingCurve(mint).equals(curve)) {
                        return Optional.of(mint);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<BondingCurve> decodeCurve(AccountInfo account) {
        return decodeOwned(account, ProgramIds.PUMP, "bonding curve", "pump", BondingCurve::decode);
    }

    private static Optional<Pool> decodePool(AccountInfo account) {
        return decodeOwned(account, ProgramIds.PUMP_AMM, "pool", "PumpSwap", Pool::decode);
    }

    /** The account decoded, or empty when a foreign program owns it (logged) or it does not decode. */
    private static <T> Optional<T> decodeOwned(AccountInfo account, Address program, String what, String programName,
            Function<byte[], T> decoder) {
        if (!account.owner().equals(program)) {
            LOG.warn("{} {} is owned by {}, not {} ({}): not one of this ecosystem", what, account.address(),
                    account.owner(), programName, program);
            return Optional.empty();
        }
        try {
            return Optional.of(decoder.apply(account.data()));
        } catch (DecodingException e) {
            return Optional.empty();
        }
    }

    /** The token, or empty (logged) when the mint account is not a mint of a token program the engine burns with. */
    private static Optional<Token> token(Address mint, AccountInfo mintAccount, TokenRole role, Market market) {
        TokenProgram program;
        if (mintAccount.owner().equals(ProgramIds.TOKEN_2022)) {
            program = TokenProgram.TOKEN_2022;
        } else if (mintAccount.owner().equals(ProgramIds.SPL_TOKEN)) {
            program = TokenProgram.SPL_TOKEN;
        } else {
            LOG.warn("mint {} is owned by {}, which is neither SPL Token nor Token-2022: the engine cannot buy or burn it,"
                    + " so it is not taken as a token of this ecosystem", mint, mintAccount.owner());
            return Optional.empty();
        }
        if (mintAccount.data().length < MINT_LENGTH) {
            LOG.warn("mint {} holds {} bytes, fewer than a mint's {}: not taken as a token of this ecosystem", mint,
                    mintAccount.data().length, MINT_LENGTH);
            return Optional.empty();
        }
        String symbol = "";
        String name = "";
        try {
            Optional<TokenMetadata> metadata = MintAccount.decode(mintAccount.data()).metadata();
            if (metadata.isPresent()) {
                symbol = metadata.get().symbol();
                name = metadata.get().name();
            }
        } catch (DecodingException unreadable) {
            // names are display text only; a mint we cannot read still trades
        }
        return Optional.of(new Token(mint, symbol, name, role, market, program));
    }
}
