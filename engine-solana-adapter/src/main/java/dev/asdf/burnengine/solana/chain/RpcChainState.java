package dev.asdf.burnengine.solana.chain;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.cycle.ChainBalances;
import dev.asdf.burnengine.core.cycle.ChainSnapshot;
import dev.asdf.burnengine.core.money.Lamports;
import dev.asdf.burnengine.core.port.ChainState;
import dev.asdf.burnengine.core.token.Market;
import dev.asdf.burnengine.core.token.Token;
import dev.asdf.burnengine.solana.codec.DecodingException;
import dev.asdf.burnengine.solana.program.pump.BondingCurve;
import dev.asdf.burnengine.solana.program.pump.PumpAddresses;
import dev.asdf.burnengine.solana.program.token.TokenAccount;
import dev.asdf.burnengine.solana.rpc.AccountInfo;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ChainState} over JSON-RPC: the slot, the vaults, the authority's float and the root treasury net of their
 * rent-exempt minimum (what a collect or a transfer can move without closing the account), the program's split and
 * last collection, each token's market from its bonding curve ({@code complete} = migrated) and the fee payer's
 * balance; the accounts in one batched call. Throws {@code ChainUnavailableException} when no endpoint answers.
 */
public final class RpcChainState implements ChainState {
    private final SolanaRpc rpc;
    private final EcosystemLayout layout;
    private final Address feePayer;
    private volatile long rentExemptEmpty = -1;

    public RpcChainState(SolanaRpc rpc, EcosystemLayout layout, Address feePayer) {
        this.rpc = rpc;
        this.layout = layout;
        this.feePayer = feePayer;
    }

    @Override
    public ChainSnapshot read(List<Token> tokens) {
        long slot = rpc.slot();
        ProgramState state = layout.programState(rpc);
        Optional<Address> root = state.rootMint().or(() -> tokens.stream().filter(Token::isRoot).map(Token::mint).findFirst());
        List<Address> wanted = new ArrayList<>(List.of(layout.vaults().curveVault(), layout.vaults().ammVault(),
                layout.authority(), feePayer));
        root.ifPresent(r -> wanted.add(layout.rootTreasury(r)));
        int firstCurve = wanted.size();
        tokens.forEach(t -> wanted.add(PumpAddresses.bondingCurve(t.mint())));
        List<Optional<AccountInfo>> accounts = rpc.accounts(wanted);
        long rent = rentExemptEmpty();
        Lamports curveVault = spendable(accounts.get(0), rent);
        Lamports ammVault = accounts.get(1).map(RpcChainState::tokenAmount).orElse(Lamports.ZERO);
        Lamports authority = accounts.get(2).map(a -> Lamports.of(Math.max(0, a.lamports()
                - (a.data().length == 0 ? rent : rpc.minimumBalanceForRentExemption(a.data().length)))))
                .orElse(Lamports.ZERO);
        Lamports feePayerBalance = Lamports.of(accounts.get(3).map(AccountInfo::lamports).orElse(0L));
        Lamports treasury = root.isPresent() ? spendable(accounts.get(4), rent) : Lamports.ZERO;
        Map<Address, Market> markets = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            markets.put(t.mint(), accounts.get(firstCurve + i).map(a -> marketOf(a, t.market())).orElse(t.market()));
        }
        return new ChainSnapshot(slot, new ChainBalances(curveVault, ammVault, authority, treasury), state.split(),
                state.lastCollectAt(), markets, feePayerBalance);
    }

    private long rentExemptEmpty() {
        if (rentExemptEmpty < 0) {
            rentExemptEmpty = rpc.minimumBalanceForRentExemption(0);
        }
        return rentExemptEmpty;
    }

    private static Lamports spendable(Optional<AccountInfo> account, long rent) {
        return account.map(a -> Lamports.of(Math.max(0, a.lamports() - rent))).orElse(Lamports.ZERO);
    }

    private static Lamports tokenAmount(AccountInfo account) {
        try {
            return Lamports.of(TokenAccount.decode(account.data()).amount());
        } catch (DecodingException e) {
            return Lamports.ZERO;
        }
    }

    static Market marketOf(AccountInfo curveAccount, Market fallback) {
        try {
            return BondingCurve.decode(curveAccount.data()).complete() ? Market.AMM : Market.BONDING_CURVE;
        } catch (DecodingException e) {
            return fallback;
        }
    }
}
