package dev.asdf.burnengine.solana.executor;

import dev.asdf.burnengine.core.chain.Address;
import dev.asdf.burnengine.core.token.TokenProgram;
import dev.asdf.burnengine.solana.codec.BorshWriter;
import dev.asdf.burnengine.solana.crypto.AssociatedTokenAddress;
import dev.asdf.burnengine.solana.crypto.Ed25519Keypair;
import dev.asdf.burnengine.solana.program.ProgramIds;
import dev.asdf.burnengine.solana.program.token.MintAccount;
import dev.asdf.burnengine.solana.program.token.TokenAccount;
import dev.asdf.burnengine.solana.rpc.LiteSvmPeer;
import dev.asdf.burnengine.solana.rpc.SolanaRpc;
import java.security.SecureRandom;

/**
 * The LiteSVM test profile's world on a facade: a fee payer (the engine's key), an authority that collects and spends,
 * a stand-in for the creator vault that a collect drains, a market maker that sells tokens at a fixed price, the root
 * treasury and the dev wallet, and real SPL / Token-2022 mints with the market maker's inventory. Keys are generated
 * per test; nothing is written to disk.
 */
public final class LiteSvmEcosystem {
    public static final int DECIMALS = 6;
    /** The market maker's price: token base units per lamport. */
    public static final long TOKENS_PER_LAMPORT = 3;
    public static final long INVENTORY = 1_000_000_000_000_000L;

    public final Ed25519Keypair feePayer;
    public final Ed25519Keypair authority;
    public final Ed25519Keypair vault;
    public final Ed25519Keypair marketMaker;
    public final Address rootTreasury;
    public final Address devWallet;
    private final LiteSvmPeer peer;

    public LiteSvmEcosystem(LiteSvmPeer peer) {
        SecureRandom random = new SecureRandom();
        this.peer = peer;
        this.feePayer = Ed25519Keypair.generate(random);
        this.authority = Ed25519Keypair.generate(random);
        this.vault = Ed25519Keypair.generate(random);
        this.marketMaker = Ed25519Keypair.generate(random);
        this.rootTreasury = Ed25519Keypair.generate(random).address();
        this.devWallet = Ed25519Keypair.generate(random).address();
        peer.airdrop(feePayer.address(), 100_000_000_000L);
        peer.airdrop(authority.address(), 10_000_000L);
        peer.airdrop(vault.address(), 500_000_000_000L);
        peer.airdrop(marketMaker.address(), 10_000_000L);
        peer.airdrop(rootTreasury, 1_000_000L);
        peer.airdrop(devWallet, 1_000_000L);
    }

    /**
     * The same world seen from another process (a daemon under test): its keys, already funded by whoever created it.
     * {@link #newMint} is not available on it.
     */
    public LiteSvmEcosystem(Ed25519Keypair feePayer, Ed25519Keypair authority, Ed25519Keypair vault,
            Ed25519Keypair marketMaker, Address rootTreasury, Address devWallet) {
        this.peer = null;
        this.feePayer = feePayer;
        this.authority = authority;
        this.vault = vault;
        this.marketMaker = marketMaker;
        this.rootTreasury = rootTreasury;
        this.devWallet = devWallet;
    }

    /** A new real mint of {@code program} with the market maker holding {@link #INVENTORY}. */
    public Address newMint(TokenProgram program) {
        Address mint = Ed25519Keypair.generate(new SecureRandom()).address();
        Address programId = ProgramIds.of(program);
        peer.setAccount(mint, 10_000_000, programId, mintData(INVENTORY));
        peer.setAccount(AssociatedTokenAddress.of(marketMaker.address(), mint, program), 10_000_000, programId,
                tokenAccountData(mint, marketMaker.address(), INVENTORY));
        return mint;
    }

    public long supply(SolanaRpc rpc, Address mint) {
        return MintAccount.decode(rpc.account(mint).orElseThrow().data()).supply();
    }

    public long tokenBalance(SolanaRpc rpc, Address owner, Address mint, TokenProgram program) {
        return rpc.account(AssociatedTokenAddress.of(owner, mint, program))
                .map(a -> TokenAccount.decode(a.data()).amount()).orElse(0L);
    }

    /** The SPL mint layout (82 bytes, also a Token-2022 mint without extensions): no authorities, initialized. */
    public static byte[] mintData(long supply) {
        return new BorshWriter(82).u32(0).bytes(new byte[32]).u64(supply).u8(DECIMALS).u8(1).u32(0).bytes(new byte[32])
                .toByteArray();
    }

    /** The SPL token account layout (165 bytes, also a Token-2022 account without extensions), initialized. */
    public static byte[] tokenAccountData(Address mint, Address owner, long amount) {
        return new BorshWriter(165).bytes(mint.toBytes()).bytes(owner.toBytes()).u64(amount).u32(0).bytes(new byte[32])
                .u8(1).u32(0).u64(0).u64(0).u32(0).bytes(new byte[32]).toByteArray();
    }
}
