// Writes the JSON test vectors of engine-solana-adapter with the official JavaScript SDKs.
//
//   node generate.mjs                      writes ../resources/vectors/*.json
//   node generate.mjs --check --out DIR    writes the vectors into DIR (a temporary directory), then fails (exit 1)
//                                          when one differs from the committed file, naming the file and the first
//                                          entry that differs
//
// Everything is deterministic: fixed seeds, a seeded PRNG (also standing in for Math.random, which the pump SDKs use
// to pick fee recipients), fixed blockhashes. No secret key is written: signers appear as 32-byte seeds in hex.
import { createRequire } from 'module';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';
import { feeTransactions } from './fee-transactions.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const web3 = require('@solana/web3.js');
const anchor = require('@coral-xyz/anchor');
const spl = require('@solana/spl-token');
const { ed25519 } = require('@noble/curves/ed25519');
const pumpRequire = createRequire(join(here, 'pump', 'package.json'));
const pumpSdk = pumpRequire('@pump-fun/pump-sdk');
const pumpSwapSdk = pumpRequire('@pump-fun/pump-swap-sdk');
const PumpBN = pumpRequire('bn.js');

const { PublicKey, Keypair, TransactionInstruction, Transaction, TransactionMessage, VersionedTransaction,
  AddressLookupTableAccount, SystemProgram, ComputeBudgetProgram } = web3;
const BN = anchor.BN;

const VECTORS = join(here, '..', 'resources', 'vectors');
const IDL_DIR = join(here, '..', '..', 'main', 'resources', 'idl');

// ---- deterministic randomness ----------------------------------------------------------------------------------
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rand = mulberry32(20261128);
Math.random = () => rand();
const reseed = (s) => { rand = mulberry32(s); };
const int = (n) => Math.floor(rand() * n);
const bytes = (n) => Uint8Array.from({ length: n }, () => int(256));
const hex = (b) => Buffer.from(b).toString('hex');
const key = () => new PublicKey(bytes(32));
const u64 = () => { const hi = BigInt(int(2 ** 32)); const lo = BigInt(int(2 ** 32)); return ((hi << 32n) | lo); };
const below = (max) => BigInt(Math.floor(rand() * Number(max)));
const seedKeypair = (seed) => Keypair.fromSeed(seed);

// ---- canonical JSON of decoded values ---------------------------------------------------------------------------
function norm(v) {
  if (v === null || v === undefined) return null;
  if (v instanceof PublicKey || (v && v._bn !== undefined && typeof v.toBase58 === 'function')) return v.toBase58();
  if (BN.isBN(v) || PumpBN.isBN(v)) return v.toString();
  if (typeof v === 'bigint') return v.toString();
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return hex(v);
  if (Array.isArray(v)) return v.map(norm);
  if (typeof v === 'object') {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = norm(x);
    return out;
  }
  return v;
}
const ixJson = (ix) => ({
  programId: ix.programId.toBase58(),
  accounts: ix.keys.map((k) => ({ address: k.pubkey.toBase58(), signer: k.isSigner, writable: k.isWritable })),
  data: hex(ix.data),
});

// ---- 1. keys and signatures ------------------------------------------------------------------------------------
function keys() {
  reseed(1);
  const cases = [];
  for (let i = 0; i < 50; i++) {
    const seed = i === 0 ? Uint8Array.from({ length: 32 }, (_, j) => j + 1) : bytes(32);
    const kp = seedKeypair(seed);
    const message = bytes(int(300));
    const signature = ed25519.sign(message, seed);
    cases.push({ seed: hex(seed), publicKey: kp.publicKey.toBase58(), message: hex(message), signature: hex(signature) });
  }
  return { source: '@solana/web3.js Keypair.fromSeed + @noble/curves ed25519.sign', cases };
}

// ---- 2. PDAs and ATAs --------------------------------------------------------------------------------------------
function pdas() {
  reseed(2);
  const find = [];
  for (let i = 0; i < 1200; i++) {
    const program = key();
    const seeds = Array.from({ length: int(5) }, () => bytes(int(33)));
    const [address, bump] = PublicKey.findProgramAddressSync(seeds, program);
    find.push({ program: program.toBase58(), seeds: seeds.map(hex), address: address.toBase58(), bump });
  }
  const create = [];
  for (let i = 0; i < 300; i++) {
    const program = key();
    const seeds = Array.from({ length: 1 + int(4) }, () => bytes(int(33)));
    let address = null;
    try { address = PublicKey.createProgramAddressSync(seeds, program).toBase58(); } catch (e) { address = null; }
    create.push({ program: program.toBase58(), seeds: seeds.map(hex), address });
  }
  return { source: '@solana/web3.js PublicKey.findProgramAddressSync / createProgramAddressSync', find, create };
}

function atas() {
  reseed(3);
  const cases = [];
  for (let i = 0; i < 1000; i++) {
    const owner = i % 4 === 0 ? PublicKey.findProgramAddressSync([bytes(8)], key())[0] : seedKeypair(bytes(32)).publicKey;
    const mint = key();
    const tokenProgram = i % 2 === 0 ? spl.TOKEN_PROGRAM_ID : spl.TOKEN_2022_PROGRAM_ID;
    const address = spl.getAssociatedTokenAddressSync(mint, owner, true, tokenProgram);
    cases.push({ owner: owner.toBase58(), mint: mint.toBase58(), tokenProgram: tokenProgram.toBase58(), address: address.toBase58() });
  }
  return { source: '@solana/spl-token getAssociatedTokenAddressSync(allowOwnerOffCurve = true)', cases };
}

// ---- 3. transactions ---------------------------------------------------------------------------------------------
function randomInstruction(pool, signerKeys) {
  const programId = pool[int(pool.length)];
  const keys = [];
  const n = int(6);
  for (let i = 0; i < n; i++) {
    const useSigner = signerKeys.length > 0 && int(4) === 0;
    const pubkey = useSigner ? signerKeys[int(signerKeys.length)] : pool[int(pool.length)];
    keys.push({ pubkey, isSigner: useSigner, isWritable: int(2) === 0 });
  }
  return new TransactionInstruction({ programId, keys, data: Buffer.from(bytes(int(40))) });
}

function transactions() {
  reseed(4);
  const cases = [];
  for (let i = 0; i < 240; i++) {
    const versioned = i % 3 === 2;
    const payerSeed = bytes(32);
    const payer = seedKeypair(payerSeed);
    const extraSeeds = Array.from({ length: int(3) }, () => bytes(32));
    const extras = extraSeeds.map(seedKeypair);
    // a pool mixing random keys with near-duplicates in case, to exercise the collation order
    const pool = Array.from({ length: 4 + int(10) }, () => key());
    const instructions = Array.from({ length: 1 + int(5) }, () =>
      randomInstruction(pool, extras.map((k) => k.publicKey)));
    const usedSigners = extras.filter((k) => instructions.some((ix) => ix.keys.some((m) => m.isSigner && m.pubkey.equals(k.publicKey))));
    const usedSeeds = usedSigners.map((k) => extraSeeds[extras.indexOf(k)]);
    const blockhash = new PublicKey(bytes(32)).toBase58();
    let wire;
    let tables = [];
    if (!versioned) {
      const tx = new Transaction({ feePayer: payer.publicKey, recentBlockhash: blockhash });
      tx.add(...instructions);
      tx.sign(payer, ...usedSigners);
      wire = tx.serialize({ requireAllSignatures: true, verifySignatures: true });
    } else {
      const tableCount = int(3);
      for (let t = 0; t < tableCount; t++) {
        const addresses = Array.from({ length: int(6) }, () => key());
        for (const k of pool) if (int(3) === 0) addresses.push(k);
        tables.push(new AddressLookupTableAccount({
          key: key(), state: { deactivationSlot: BigInt('18446744073709551615'), lastExtendedSlot: 0,
            lastExtendedSlotStartIndex: 0, authority: undefined, addresses } }));
      }
      const message = new TransactionMessage({ payerKey: payer.publicKey, recentBlockhash: blockhash, instructions })
        .compileToV0Message(tables);
      const tx = new VersionedTransaction(message);
      tx.sign([payer, ...usedSigners]);
      wire = Buffer.from(tx.serialize());
    }
    cases.push({
      version: versioned ? 'v0' : 'legacy',
      payerSeed: hex(payerSeed),
      signerSeeds: usedSeeds.map(hex),
      blockhash,
      instructions: instructions.map(ixJson),
      lookupTables: tables.map((t) => ({ key: t.key.toBase58(), addresses: t.state.addresses.map((a) => a.toBase58()) })),
      wire: wire.toString('base64'),
    });
  }
  return { source: '@solana/web3.js Transaction.compileMessage / TransactionMessage.compileToV0Message, signed', cases };
}

// ---- 4. instructions of every builder ------------------------------------------------------------------------------
const asdfIdl = JSON.parse(readFileSync(join(IDL_DIR, 'asdf_burn_engine.json')));
const pumpIdl = JSON.parse(readFileSync(join(IDL_DIR, 'pump.json')));
const ammIdl = JSON.parse(readFileSync(join(IDL_DIR, 'pump_amm.json')));
const feesIdl = JSON.parse(readFileSync(join(IDL_DIR, 'pump_fees.json')));
const provider = new anchor.AnchorProvider(new web3.Connection('http://127.0.0.1:1'),
  { publicKey: PublicKey.default, signTransaction: async (t) => t, signAllTransactions: async (t) => t }, {});
const asdf = new anchor.Program(asdfIdl, provider);

const ID = {
  asdf: new PublicKey(asdfIdl.address), pump: new PublicKey(pumpIdl.address), amm: new PublicKey(ammIdl.address),
  fees: new PublicKey(feesIdl.address), mayhem: new PublicKey('MAyhSmzXzV1pTf7LsNkrNwkWKTo4ougAJ1PPg47MD4e'),
  wsol: spl.NATIVE_MINT, spl: spl.TOKEN_PROGRAM_ID, t22: spl.TOKEN_2022_PROGRAM_ID, ata: spl.ASSOCIATED_TOKEN_PROGRAM_ID,
};
const pda = (program, ...seeds) => PublicKey.findProgramAddressSync(
  seeds.map((s) => (typeof s === 'string' ? Buffer.from(s) : s.toBuffer ? s.toBuffer() : Buffer.from(s))), program)[0];
const ataOf = (owner, mint, tokenProgram) => spl.getAssociatedTokenAddressSync(mint, owner, true, tokenProgram);
const DAT_AUTH = pda(ID.asdf, 'auth_v3');

async function asdfInstructions() {
  reseed(5);
  const out = [];
  const add = async (name, inputs, builder) => out.push({ name, inputs: norm(inputs), instruction: ixJson(await builder.instruction()) });
  const bn = (x) => new BN(x.toString());
  for (let round = 0; round < 3; round++) {
    const admin = key(); const mint = key(); const rootMint = key(); const user = key(); const payer = key();
    const newAdmin = key(); const feeRecipient = key(); const creator = round === 0 ? DAT_AUTH : key();
    const tokenProgram = round % 2 === 0 ? ID.t22 : ID.spl;
    const curve = pda(ID.pump, 'bonding-curve', mint);
    const datWsol = ataOf(DAT_AUTH, ID.wsol, ID.spl);
    const m = asdf.methods;
    await add('collect_fees', { mint, rootMint, isRootToken: round === 1, forEcosystem: round !== 2 },
      m.collectFees(round === 1, round !== 2).accountsPartial({ tokenMint: mint, creatorVault: pda(ID.pump, 'creator-vault', DAT_AUTH),
        pumpEventAuthority: pda(ID.pump, '__event_authority'), pumpSwapProgram: ID.pump, rootTreasury: pda(ID.asdf, 'root_treasury', rootMint) }));
    await add('collect_fees_amm', { mint }, m.collectFeesAmm().accountsPartial({ tokenMint: mint, wsolMint: ID.wsol, datWsolAccount: datWsol,
      creatorVaultAuthority: pda(ID.amm, 'creator_vault', DAT_AUTH), creatorVaultAta: ataOf(pda(ID.amm, 'creator_vault', DAT_AUTH), ID.wsol, ID.spl),
      pumpSwapProgram: ID.amm, tokenProgram: ID.spl }));
    const curveAccounts = { datAsdfAccount: ataOf(DAT_AUTH, mint, tokenProgram), pool: curve, asdfMint: mint,
      poolAsdfAccount: ataOf(curve, mint, tokenProgram), pumpGlobalConfig: pda(ID.pump, 'global'), protocolFeeRecipient: feeRecipient,
      creatorVault: pda(ID.pump, 'creator-vault', creator), pumpEventAuthority: pda(ID.pump, '__event_authority'), pumpSwapProgram: ID.pump,
      globalVolumeAccumulator: pda(ID.pump, 'global_volume_accumulator'), userVolumeAccumulator: pda(ID.pump, 'user_volume_accumulator', DAT_AUTH),
      feeConfig: pda(ID.fees, 'fee_config', ID.pump), feeProgram: ID.fees, tokenProgram };
    const allocation = round === 2 ? null : u64();
    await add('execute_buy', { mint, creator, tokenProgram, feeRecipient, allocatedLamports: allocation },
      m.executeBuy(allocation === null ? null : bn(allocation)).accountsPartial(curveAccounts));
    await add('execute_buy_secondary', { mint, creator, tokenProgram, feeRecipient, rootMint, allocatedLamports: allocation },
      m.executeBuySecondary(allocation === null ? null : bn(allocation)).accountsPartial({ ...curveAccounts, rootTreasury: pda(ID.asdf, 'root_treasury', rootMint) }));
    const pool = { poolBaseTokenAccount: key(), poolQuoteTokenAccount: key(), coinCreator: round === 0 ? DAT_AUTH : key(), baseMint: mint };
    const poolAddress = key(); const desired = u64(); const maxSol = u64();
    const ccAuth = pda(ID.amm, 'creator_vault', pool.coinCreator);
    await add('execute_buy_amm', { poolAddress, pool, baseTokenProgram: tokenProgram, protocolFeeRecipient: feeRecipient, desiredTokens: desired, maxSolCost: maxSol },
      m.executeBuyAmm(bn(desired), bn(maxSol)).accountsPartial({ datTokenAccount: ataOf(DAT_AUTH, mint, tokenProgram), pool: poolAddress,
        globalConfig: pda(ID.amm, 'global_config'), baseMint: mint, quoteMint: ID.wsol, datWsolAccount: datWsol,
        poolBaseTokenAccount: pool.poolBaseTokenAccount, poolQuoteTokenAccount: pool.poolQuoteTokenAccount, protocolFeeRecipient: feeRecipient,
        protocolFeeRecipientAta: ataOf(feeRecipient, ID.wsol, ID.spl), baseTokenProgram: tokenProgram, quoteTokenProgram: ID.spl,
        associatedTokenProgram: ID.ata, eventAuthority: pda(ID.amm, '__event_authority'), pumpSwapProgram: ID.amm,
        coinCreatorVaultAta: ataOf(ccAuth, ID.wsol, ID.spl), coinCreatorVaultAuthority: ccAuth,
        globalVolumeAccumulator: pda(ID.amm, 'global_volume_accumulator'), userVolumeAccumulator: pda(ID.amm, 'user_volume_accumulator', DAT_AUTH),
        feeConfig: pda(ID.fees, 'fee_config', ID.amm), feeProgram: ID.fees }));
    await add('finalize_allocated_cycle', { mint, admin, actuallyParticipated: round !== 1 },
      m.finalizeAllocatedCycle(round !== 1).accountsPartial({ tokenStats: pda(ID.asdf, 'token_stats_v1', mint), admin }));
    await add('burn_and_update', { mint, tokenProgram }, m.burnAndUpdate().accountsPartial({ datAsdfAccount: ataOf(DAT_AUTH, mint, tokenProgram), asdfMint: mint, tokenProgram }));
    const share = u64();
    await add('transfer_dev_fee', { secondaryShare: share }, m.transferDevFee(bn(share)).accountsPartial({}));
    const wrap = u64();
    await add('wrap_wsol', { amount: wrap }, m.wrapWsol(bn(wrap)).accountsPartial({ datWsolAccount: datWsol, wsolMint: ID.wsol }));
    await add('unwrap_wsol', {}, m.unwrapWsol().accountsPartial({ datWsolAccount: datWsol, tokenProgram: ID.spl }));
    const pending = u64();
    await add('update_pending_fees', { mint, admin, amountLamports: pending }, m.updatePendingFees(bn(pending)).accountsPartial({ mint, admin }));
    const fee = u64(); const endSlot = u64(); const txCount = int(2 ** 32);
    await add('register_validated_fees', { mint, admin, feeAmount: fee, endSlot, txCount },
      m.registerValidatedFees(bn(fee), bn(endSlot), txCount).accountsPartial({ admin, validatorState: pda(ID.asdf, 'validator_v1', mint), tokenStats: pda(ID.asdf, 'token_stats_v1', mint) }));
    await add('initialize_validator', { mint, payer }, m.initializeValidator().accountsPartial({ bondingCurve: curve, mint, payer }));
    await add('sync_validator_slot', { mint, admin }, m.syncValidatorSlot().accountsPartial({ validatorState: pda(ID.asdf, 'validator_v1', mint), admin }));
    await add('reset_validator_slot', { mint, admin }, m.resetValidatorSlot().accountsPartial({ validatorState: pda(ID.asdf, 'validator_v1', mint), admin }));
    await add('initialize', { admin }, m.initialize().accountsPartial({ admin }));
    await add('initialize_token_stats', { mint, payer }, m.initializeTokenStats().accountsPartial({ mint, payer }));
    await add('set_root_token', { rootMint, admin }, m.setRootToken(rootMint).accountsPartial({ rootTokenStats: pda(ID.asdf, 'token_stats_v1', rootMint), admin }));
    const params = [round === 0 ? null : u64(), round === 1 ? null : u64(), round === 2 ? null : int(65536), round === 0 ? null : BigInt.asIntN(64, u64())];
    await add('update_parameters', { admin, minFees: params[0], maxFees: params[1], slippageBps: params[2], minInterval: params[3] },
      m.updateParameters(params[0] === null ? null : bn(params[0]), params[1] === null ? null : bn(params[1]), params[2], params[3] === null ? null : bn(params[3]))
        .accountsPartial({ admin }));
    const bps = int(65536);
    await add('update_fee_split', { admin, newFeeSplitBps: bps }, m.updateFeeSplit(bps).accountsPartial({ admin }));
    await add('propose_fee_split', { admin, newFeeSplitBps: bps }, m.proposeFeeSplit(bps).accountsPartial({ admin, newAdmin: admin }));
    await add('execute_fee_split', { admin }, m.executeFeeSplit().accountsPartial({ admin, newAdmin: admin }));
    await add('transfer_admin', { admin, newAdmin }, m.transferAdmin().accountsPartial({ admin, newAdmin }));
    await add('propose_admin_transfer', { admin, newAdmin }, m.proposeAdminTransfer().accountsPartial({ admin, newAdmin }));
    await add('accept_admin_transfer', { newAdmin }, m.acceptAdminTransfer().accountsPartial({ newAdmin }));
    await add('cancel_admin_transfer', { admin }, m.cancelAdminTransfer().accountsPartial({ admin }));
    await add('emergency_pause', { admin }, m.emergencyPause().accountsPartial({ admin }));
    await add('resume', { admin }, m.resume().accountsPartial({ admin }));
    const code = int(2 ** 32);
    await add('record_failure', { admin, errorCode: code }, m.recordFailure(code).accountsPartial({ admin }));
    await add('migrate_dat_state', { admin }, m.migrateDatState().accountsPartial({ admin }));
    await add('migrate_token_stats', { mint, admin }, m.migrateTokenStats().accountsPartial({ tokenStats: pda(ID.asdf, 'token_stats_v1', mint), mint, admin }));
    await add('initialize_rebate_pool', { admin }, m.initializeRebatePool().accountsPartial({ admin }));
    const payerTokenAccount = key(); const amount = u64();
    const rebatePool = pda(ID.asdf, 'rebate_pool');
    await add('deposit_fee_asdf', { user, payer, payerTokenAccount, asdfMint: mint, tokenProgram, amount },
      m.depositFeeAsdf(bn(amount)).accountsPartial({ user, payerTokenAccount, datAsdfAccount: ataOf(DAT_AUTH, mint, tokenProgram),
        rebatePoolAta: ataOf(rebatePool, mint, tokenProgram), payer, tokenProgram }));
    await add('process_user_rebate', { user, admin, asdfMint: mint, tokenProgram },
      m.processUserRebate().accountsPartial({ rebatePoolAta: ataOf(rebatePool, mint, tokenProgram), user, userAta: ataOf(user, mint, tokenProgram), admin, tokenProgram }));
    const names = ['Token ' + round, 'Ünïcødé ✓ ' + round, ''];
    const solVault = pda(ID.mayhem, 'sol-vault');
    const create = { admin, mint, mintAuthority: pda(ID.pump, 'mint-authority'), bondingCurve: curve,
      associatedBondingCurve: ataOf(curve, mint, ID.t22), global: pda(ID.pump, 'global'), token2022Program: ID.t22, mayhemProgram: ID.mayhem,
      globalParams: pda(ID.mayhem, 'global-params'), solVault, mayhemState: pda(ID.mayhem, 'mayhem-state', mint),
      mayhemTokenVault: ataOf(solVault, mint, ID.t22), eventAuthority: pda(ID.pump, '__event_authority'), pumpProgram: ID.pump };
    await add('create_pumpfun_token_v2', { admin, mint, name: names[round], symbol: 'SYM' + round, uri: 'https://example.org/' + round },
      m.createPumpfunTokenV2(names[round], 'SYM' + round, 'https://example.org/' + round).accountsPartial(create));
    await add('create_pumpfun_token_mayhem', { admin, mint, name: names[round], symbol: 'M' + round, uri: 'ipfs://' + round },
      m.createPumpfunTokenMayhem(names[round], 'M' + round, 'ipfs://' + round).accountsPartial(create));
  }
  return out;
}

async function pumpInstructions() {
  reseed(6);
  const out = [];
  for (let i = 0; i < 40; i++) {
    const mint = key(); const user = key(); const creator = key();
    const feeRecipient = key();
    const buyback = new PublicKey(['5YxQFdt3Tr9zJLvkFccqXVUwhdTWJQc1fFg2YPbxvxeD', '9M4giFFMxmFGXtc3feFzRai56WbBqehoSeRE5GK7gf7'][i % 2]);
    const tokenProgram = i % 2 === 0 ? ID.spl : ID.t22;
    const amount = u64(); const maxSolCost = u64();
    const ix = await pumpSdk.PUMP_SDK.getBuyInstructionRaw({ user, mint, creator, amount: new PumpBN(amount.toString()),
      solAmount: new PumpBN(maxSolCost.toString()), feeRecipient, tokenProgram, buybackFeeRecipient: buyback });
    out.push({ name: 'buy', inputs: norm({ mint, user, creator, feeRecipient, buybackFeeRecipient: buyback, tokenProgram, amount, maxSolCost, trackVolume: true }), instruction: ixJson(ix) });
  }
  for (let i = 0; i < 10; i++) {
    const creator = key();
    const ix = await pumpSdk.PUMP_SDK.offlinePumpProgram.methods.collectCreatorFee().accountsPartial({ creator }).instruction();
    out.push({ name: 'collect_creator_fee', inputs: norm({ creator }), instruction: ixJson(ix) });
  }
  return out;
}

async function pumpSwapInstructions() {
  reseed(7);
  const out = [];
  const sdk = pumpSwapSdk.PUMP_AMM_SDK;
  for (let i = 0; i < 40; i++) {
    const user = key(); const baseMint = key();
    const baseTokenProgram = i % 2 === 0 ? ID.spl : ID.t22;
    const coinCreator = i % 4 === 3 ? PublicKey.default : key();
    const pool = { poolBump: 255, index: 0, creator: key(), baseMint, quoteMint: ID.wsol, lpMint: key(),
      poolBaseTokenAccount: key(), poolQuoteTokenAccount: key(), lpSupply: new PumpBN(1), coinCreator,
      isMayhemMode: i % 5 === 4, isCashbackCoin: i % 3 === 1 };
    const globalConfig = { protocolFeeRecipients: Array.from({ length: 8 }, key), reservedFeeRecipient: key(),
      reservedFeeRecipients: Array.from({ length: 7 }, key), buybackFeeRecipients: Array.from({ length: 8 }, key) };
    const poolKey = key();
    const state = { globalConfig, poolKey, pool, poolAccountInfo: { data: Buffer.alloc(300) }, baseTokenProgram,
      quoteTokenProgram: ID.spl, user, userBaseTokenAccount: ataOf(user, baseMint, baseTokenProgram),
      userQuoteTokenAccount: ataOf(user, ID.wsol, ID.spl),
      userBaseAccountInfo: { owner: baseTokenProgram }, userQuoteAccountInfo: { owner: ID.spl } };
    const baseOut = u64(); const maxQuoteIn = u64();
    const ixs = await sdk.buyInstructionsNoPool(state, new PumpBN(baseOut.toString()), new PumpBN(maxQuoteIn.toString()));
    const ix = ixs.find((x) => x.programId.equals(ID.amm));
    const protocolFeeRecipient = ix.keys[9].pubkey;
    const buybackFeeRecipient = ix.keys[ix.keys.length - 2].pubkey;
    out.push({ name: 'buy', inputs: norm({ poolAddress: poolKey, pool: { creator: pool.creator, baseMint, quoteMint: ID.wsol,
      poolBaseTokenAccount: pool.poolBaseTokenAccount, poolQuoteTokenAccount: pool.poolQuoteTokenAccount, coinCreator,
      isMayhemMode: pool.isMayhemMode, isCashbackCoin: pool.isCashbackCoin }, user, userBaseTokenAccount: state.userBaseTokenAccount,
      userQuoteTokenAccount: state.userQuoteTokenAccount, baseTokenProgram, quoteTokenProgram: ID.spl, protocolFeeRecipient,
      buybackFeeRecipient, baseAmountOut: baseOut, maxQuoteAmountIn: maxQuoteIn, trackVolume: true }), instruction: ixJson(ix) });
  }
  for (let i = 0; i < 10; i++) {
    const coinCreator = key(); const quoteMint = i % 2 === 0 ? ID.wsol : key(); const quoteTokenProgram = ID.spl;
    const auth = pda(ID.amm, 'creator_vault', coinCreator);
    const dest = ataOf(coinCreator, quoteMint, quoteTokenProgram);
    const ixs = await sdk.collectCoinCreatorFee({ coinCreator, quoteMint, quoteTokenProgram, coinCreatorVaultAuthority: auth,
      coinCreatorVaultAta: ataOf(auth, quoteMint, quoteTokenProgram), coinCreatorTokenAccount: dest,
      coinCreatorVaultAtaAccountInfo: { owner: quoteTokenProgram }, coinCreatorTokenAccountInfo: { owner: quoteTokenProgram } }, key());
    const ix = ixs.find((x) => x.programId.equals(ID.amm));
    out.push({ name: 'collect_coin_creator_fee', inputs: norm({ quoteMint, quoteTokenProgram, coinCreator, coinCreatorTokenAccount: dest }), instruction: ixJson(ix) });
  }
  return out;
}

// amounts below 2^63: the engine's Lamports and TokenAmount are non-negative longs
function nativeInstructions() {
  reseed(8);
  const out = [];
  for (let i = 0; i < 10; i++) {
    const from = key(); const to = key(); const lamports = u64() >> 1n;
    out.push({ name: 'system_transfer', inputs: norm({ from, to, lamports }), instruction: ixJson(SystemProgram.transfer({ fromPubkey: from, toPubkey: to, lamports })) });
    const units = int(1_400_001); const price = u64() >> 1n;
    out.push({ name: 'set_compute_unit_limit', inputs: { units }, instruction: ixJson(ComputeBudgetProgram.setComputeUnitLimit({ units })) });
    out.push({ name: 'set_compute_unit_price', inputs: { microLamports: price.toString() }, instruction: ixJson(ComputeBudgetProgram.setComputeUnitPrice({ microLamports: price })) });
    for (const program of [ID.spl, ID.t22]) {
      const account = key(); const mint = key(); const owner = key(); const amount = u64() >> 1n; const decimals = int(256);
      out.push({ name: 'token_burn', inputs: norm({ account, mint, owner, amount, program }), instruction: ixJson(spl.createBurnInstruction(account, mint, owner, amount, [], program)) });
      out.push({ name: 'token_burn_checked', inputs: norm({ account, mint, owner, amount, decimals, program }), instruction: ixJson(spl.createBurnCheckedInstruction(account, mint, owner, amount, decimals, [], program)) });
      const destination = key();
      out.push({ name: 'token_close_account', inputs: norm({ account, destination, owner, program }), instruction: ixJson(spl.createCloseAccountInstruction(account, destination, owner, [], program)) });
      out.push({ name: 'token_sync_native', inputs: norm({ account, program }), instruction: ixJson(spl.createSyncNativeInstruction(account, program)) });
      const payer = key();
      out.push({ name: 'ata_create_idempotent', inputs: norm({ payer, owner, mint, program }),
        instruction: ixJson(spl.createAssociatedTokenAccountIdempotentInstruction(payer, ataOf(owner, mint, program), owner, mint, program)) });
    }
  }
  return out;
}

// ---- 5. account layouts and events ----------------------------------------------------------------------------------
const coders = { asdf: new anchor.BorshCoder(asdfIdl), pump: new anchor.BorshCoder(pumpIdl), amm: new anchor.BorshCoder(ammIdl), fees: new anchor.BorshCoder(feesIdl) };

// the anchor coders encode into a fixed 1000-byte buffer, too small for pump's Global: use the layouts directly
function encodeType(coder, name, value) {
  const layout = coder.types.typeLayouts.get(name);
  const buffer = Buffer.alloc(10_000);
  const length = layout.encode(value, buffer);
  return buffer.subarray(0, length);
}

function randomOf(idl, type, depth = 0) {
  if (typeof type === 'string') {
    switch (type) {
      case 'bool': return int(2) === 1;
      case 'u8': return int(256);
      case 'i8': return int(256) - 128;
      case 'u16': return int(65536);
      case 'i16': return int(65536) - 32768;
      case 'u32': return int(2 ** 32);
      case 'i32': return int(2 ** 32) - 2 ** 31;
      case 'u64': return new BN(u64().toString());
      case 'i64': return new BN(BigInt.asIntN(64, u64()).toString());
      case 'u128': return new BN(((u64() << 64n) | u64()).toString());
      case 'i128': return new BN(BigInt.asIntN(128, (u64() << 64n) | u64()).toString());
      case 'pubkey': return key();
      case 'string': return ['', 'buy', 'sell', 'buy_exact_sol_in', 'PAUSE', 'Ünïcødé ✓'][int(6)];
      default: throw new Error('type ' + type);
    }
  }
  if (type.option) return int(2) === 0 ? null : randomOf(idl, type.option, depth + 1);
  if (type.vec) return Array.from({ length: int(4) }, () => randomOf(idl, type.vec, depth + 1));
  if (type.array) return Array.from({ length: type.array[1] }, () => randomOf(idl, type.array[0], depth + 1));
  if (type.defined) {
    const def = idl.types.find((t) => t.name === type.defined.name);
    if (def.type.kind === 'struct') {
      const o = {};
      def.type.fields.forEach((f, i) => { o[typeof f === 'string' || !f.name ? i : f.name] = randomOf(idl, f.type ?? f, depth + 1); });
      return o;
    }
    const v = def.type.variants[int(def.type.variants.length)];
    return { [v.name]: {} };
  }
  throw new Error('type ' + JSON.stringify(type));
}
const structOf = (idl, name) => randomOf(idl, { defined: { name } });

async function accountLayouts() {
  reseed(9);
  const out = [];
  const idlOf = new Map([[coders.asdf, asdfIdl], [coders.pump, pumpIdl], [coders.amm, ammIdl], [coders.fees, feesIdl]]);
  // the accounts coder encodes into a fixed 1000-byte buffer (too small for Global): discriminator + types coder
  const enc = async (coder, name, value, size) => {
    const disc = idlOf.get(coder).accounts.find((a) => a.name === name).discriminator;
    let data = Buffer.concat([Buffer.from(disc), encodeType(coder, name, value)]);
    if (size && data.length < size) data = Buffer.concat([data, Buffer.alloc(size - data.length)]);
    return data;
  };
  for (let i = 0; i < 12; i++) {
    const v = structOf(asdfIdl, 'DATState');
    v.root_token_mint = i % 2 === 0 ? key() : null;
    v.pending_admin = i % 3 === 0 ? key() : null;
    v.pending_fee_split = i % 4 === 0 ? int(65536) : null;
    out.push({ program: 'asdf', type: 'DATState', value: norm(v), data: hex(await enc(coders.asdf, 'DATState', v, 390)) });
    if (i < 3) out.push({ program: 'asdf', type: 'DATState', value: norm(v), data: hex(await enc(coders.asdf, 'DATState', v, 382)), note: 'legacy 382-byte allocation' });
  }
  for (const name of ['TokenStats', 'ValidatorState', 'RebatePool', 'UserStats']) {
    for (let i = 0; i < 4; i++) { const v = structOf(asdfIdl, name); out.push({ program: 'asdf', type: name, value: norm(v), data: hex(await enc(coders.asdf, name, v)) }); }
  }
  for (let i = 0; i < 8; i++) {
    const v = structOf(pumpIdl, 'BondingCurve');
    const full = await enc(coders.pump, 'BondingCurve', v);
    out.push({ program: 'pump', type: 'BondingCurve', value: norm(v), data: hex(full) });
    for (const len of [49, 81, 82, 83, 115]) out.push({ program: 'pump', type: 'BondingCurve', value: norm(v), data: hex(full.subarray(0, len)), note: 'layout of ' + len + ' bytes' });
    out.push({ program: 'pump', type: 'BondingCurve', value: norm(v), data: hex(Buffer.concat([full, Buffer.alloc(26)])), note: 'extended to 151 bytes' });
  }
  for (let i = 0; i < 4; i++) {
    const g = structOf(pumpIdl, 'Global');
    const full = await enc(coders.pump, 'Global', g);
    out.push({ program: 'pump', type: 'Global', value: norm(g), data: hex(full) });
    out.push({ program: 'pump', type: 'Global', value: norm(g), data: hex(full.subarray(0, 1045)), note: 'live 1045-byte account' });
    const p = structOf(ammIdl, 'Pool');
    const pf = await enc(coders.amm, 'Pool', p);
    out.push({ program: 'pump_amm', type: 'Pool', value: norm(p), data: hex(pf) });
    for (const len of [211, 243, 244, 245]) out.push({ program: 'pump_amm', type: 'Pool', value: norm(p), data: hex(pf.subarray(0, len)), note: 'layout of ' + len + ' bytes' });
    const gc = structOf(ammIdl, 'GlobalConfig');
    out.push({ program: 'pump_amm', type: 'GlobalConfig', value: norm(gc), data: hex(await enc(coders.amm, 'GlobalConfig', gc)) });
    const fc = structOf(feesIdl, 'FeeConfig');
    out.push({ program: 'pump_fees', type: 'FeeConfig', value: norm(fc), data: hex(await enc(coders.fees, 'FeeConfig', fc, 2512 + int(3) * 100)) });
  }
  // SPL Token and Token-2022 base layouts and a Token-2022 mint with metadata extensions
  for (let i = 0; i < 6; i++) {
    const mint = { mintAuthorityOption: i % 2, mintAuthority: key(), supply: u64(), decimals: int(256), isInitialized: true,
      freezeAuthorityOption: (i >> 1) % 2, freezeAuthority: key() };
    const data = Buffer.alloc(spl.MINT_SIZE); spl.MintLayout.encode(mint, data);
    out.push({ program: 'spl_token', type: 'Mint', value: norm(spl.unpackMint(key(), { data, owner: ID.spl, lamports: 1, executable: false })), data: hex(data) });
    const account = { mint: key(), owner: key(), amount: u64(), delegateOption: i % 2, delegate: key(), state: 1 + (i % 2),
      isNativeOption: (i >> 1) % 2, isNative: u64(), delegatedAmount: u64(), closeAuthorityOption: (i >> 2) % 2, closeAuthority: key() };
    const adata = Buffer.alloc(spl.ACCOUNT_SIZE); spl.AccountLayout.encode(account, adata);
    out.push({ program: 'spl_token', type: 'Account', value: norm(spl.unpackAccount(key(), { data: adata, owner: ID.spl, lamports: 1, executable: false })), data: hex(adata) });
  }
  for (let i = 0; i < 4; i++) {
    const mintKey = key();
    const base = Buffer.alloc(spl.MINT_SIZE);
    spl.MintLayout.encode({ mintAuthorityOption: 1, mintAuthority: key(), supply: u64(), decimals: 6, isInitialized: true, freezeAuthorityOption: 0, freezeAuthority: PublicKey.default }, base);
    const pointer = Buffer.concat([key().toBuffer(), mintKey.toBuffer()]);
    const md = new anchor.BorshCoder({ address: ID.pump.toBase58(), metadata: { name: 'x', version: '0', spec: '0.1.0' }, instructions: [],
      types: [{ name: 'M', type: { kind: 'struct', fields: [{ name: 'update_authority', type: 'pubkey' }, { name: 'mint', type: 'pubkey' },
        { name: 'name', type: 'string' }, { name: 'symbol', type: 'string' }, { name: 'uri', type: 'string' },
        { name: 'additional', type: { vec: { array: ['string', 2] } } }] } }] });
    const mdBytes = encodeType(md, 'M', { update_authority: key(), mint: mintKey, name: 'Coin ' + i, symbol: 'C' + i, uri: 'https://example.org/c' + i, additional: i % 2 ? [['k', 'v']] : [] });
    const tlv = (type, value) => { const h = Buffer.alloc(4); h.writeUInt16LE(type, 0); h.writeUInt16LE(value.length, 2); return Buffer.concat([h, value]); };
    const data = Buffer.concat([base, Buffer.alloc(165 - 82), Buffer.from([1]), tlv(18, pointer), tlv(19, mdBytes)]);
    const info = { data, owner: ID.t22, lamports: 1, executable: false };
    const unpacked = spl.unpackMint(mintKey, info, ID.t22);
    const meta = spl.getExtensionData(spl.ExtensionType.TokenMetadata, unpacked.tlvData);
    out.push({ program: 'token_2022', type: 'Mint', value: { ...norm(unpacked), extensionTypes: spl.getExtensionTypes(unpacked.tlvData),
      metadata: norm(require('@solana/spl-token-metadata').unpack(meta)) }, data: hex(data) });
  }
  return out;
}

async function events() {
  reseed(10);
  const out = [];
  const encodeEvent = (coder, idl, name, value) => {
    const ev = idl.events.find((e) => e.name === name);
    return Buffer.concat([Buffer.from(ev.discriminator), encodeType(coder, name, value)]);
  };
  for (const ev of asdfIdl.events) {
    for (let i = 0; i < 2; i++) {
      const v = structOf(asdfIdl, ev.name);
      out.push({ program: 'asdf', type: ev.name, value: norm(v), payload: hex(encodeEvent(coders.asdf, asdfIdl, ev.name, v)) });
    }
  }
  const tag = Buffer.from('e445a52e51cb9a1d', 'hex');
  for (let i = 0; i < 20; i++) {
    const v = structOf(pumpIdl, 'TradeEvent');
    const payload = encodeEvent(coders.pump, pumpIdl, 'TradeEvent', v);
    out.push({ program: 'pump', type: 'TradeEvent', value: norm(v), payload: hex(payload), eventCpi: hex(Buffer.concat([tag, payload])),
      decodedBySdk: norm(pumpSdk.PUMP_SDK.decodeTradeEventBc(payload.subarray(8))) });
  }
  for (const name of ['BuyEvent', 'SellEvent']) {
    for (let i = 0; i < 10; i++) {
      const v = structOf(ammIdl, name);
      const payload = encodeEvent(coders.amm, ammIdl, name, v);
      out.push({ program: 'pump_amm', type: name, value: norm(v), payload: hex(payload), eventCpi: hex(Buffer.concat([tag, payload])) });
    }
  }
  return out;
}

// ---- 6. quotes from the SDKs' own math -------------------------------------------------------------------------------
function feeConfigFixture() {
  const tiers = [];
  let threshold = 0n;
  const n = 1 + int(6);
  for (let i = 0; i < n; i++) {
    tiers.push({ marketCapLamportsThreshold: new PumpBN(threshold.toString()), fees: { lpFeeBps: new PumpBN(int(100)), protocolFeeBps: new PumpBN(int(100)), creatorFeeBps: new PumpBN(int(100)) } });
    threshold += BigInt(1 + int(1000)) * 1_000_000_000n;
  }
  const flat = { lpFeeBps: new PumpBN(int(100)), protocolFeeBps: new PumpBN(int(100)), creatorFeeBps: new PumpBN(int(100)) };
  return { feeTiers: tiers, stableFeeTiers: [], flatFees: flat, exoticFlatFees: { lpFeeBps: new PumpBN(0), protocolFeeBps: new PumpBN(0), creatorFeeBps: new PumpBN(0) } };
}

function quotes() {
  reseed(11);
  const curve = [];
  for (let i = 0; i < 400; i++) {
    const feeConfig = feeConfigFixture();
    const vt = BigInt(1 + int(2 ** 30)) * 1_000_000n;
    const vq = BigInt(1 + int(2 ** 30)) * 100n;
    const rt = below(vt);
    const creator = i % 5 === 0 ? PublicKey.default : key();
    const mayhem = i % 7 === 0;
    const global = { feeBasisPoints: new PumpBN(95), creatorFeeBasisPoints: new PumpBN(5), creatorFeeConfigurable: i % 3 === 0 };
    const bondingCurve = { virtualTokenReserves: new PumpBN(vt.toString()), virtualQuoteReserves: new PumpBN(vq.toString()),
      realTokenReserves: new PumpBN(rt.toString()), realQuoteReserves: new PumpBN(0), tokenTotalSupply: new PumpBN('1000000000000000'),
      complete: false, creator, isMayhemMode: mayhem, isCashbackCoin: false, quoteMint: PublicKey.default,
      creatorFeeBps: new PumpBN(i % 6 === 0 ? 1 + int(200) : 0), canEditCreatorFee: false, isHolderReward: false };
    const mintSupply = mayhem ? new PumpBN((BigInt(1 + int(2 ** 30)) * 1_000_000n).toString()) : new PumpBN('1000000000000000');
    const sol = new PumpBN(below(vq).toString());
    const tokens = new PumpBN(below(rt + 1n).toString());
    const args = { global, feeConfig, mintSupply, bondingCurve, quoteMint: PublicKey.default };
    curve.push({ global: norm(global), feeConfig: norm(feeConfig), mintSupply: mintSupply.toString(), curve: norm(bondingCurve),
      solIn: sol.toString(), tokensOut: tokens.toString(),
      buyExactSolIn: pumpSdk.getBuyTokenAmountFromSolAmount({ ...args, amount: sol }).toString(),
      buyExactTokensOut: pumpSdk.getBuySolAmountFromTokenAmount({ ...args, amount: tokens }).toString(),
      sellExactTokensIn: pumpSdk.getSellSolAmountFromTokenAmount({ ...args, amount: tokens }).toString() });
  }
  const amm = [];
  for (let i = 0; i < 400; i++) {
    const feeConfig = feeConfigFixture();
    const baseMint = key();
    const canonical = i % 4 !== 0;
    const creator = canonical ? pumpSdk.pumpPoolAuthorityPda(baseMint) : key();
    const B = BigInt(2 + int(2 ** 30)) * 1_000_000n;
    const Q = BigInt(1 + int(2 ** 30)) * 100n;
    const virtualQuote = i % 5 === 0 ? BigInt(int(2 ** 20)) * 1000n : 0n;
    const coinCreator = i % 6 === 0 ? PublicKey.default : key();
    const globalConfig = { lpFeeBasisPoints: new PumpBN(20), protocolFeeBasisPoints: new PumpBN(5), coinCreatorFeeBasisPoints: new PumpBN(5), creatorFeeConfigurable: i % 3 === 0 };
    const creatorFeeBps = new PumpBN(i % 6 === 1 ? 1 + int(200) : 0);
    const supply = (BigInt(1 + int(2 ** 30)) * 1_000_000n).toString();
    const common = { slippage: [0, 0.5, 1, 5, 12.5][int(5)], baseReserve: new PumpBN(B.toString()), quoteReserve: new PumpBN(Q.toString()),
      virtualQuoteReserves: new PumpBN(virtualQuote.toString()), globalConfig, baseMintAccount: { supply: BigInt(supply) }, baseMint,
      coinCreator, creator, feeConfig, quoteMint: ID.wsol, isMayhemMode: i % 7 === 0, creatorFeeBps };
    const base = new PumpBN(below(B).toString());
    const quote = new PumpBN((1n + below(Q)).toString());
    const bb = pumpSwapSdk.buyBaseInput({ ...common, base });
    const bq = pumpSwapSdk.buyQuoteInput({ ...common, quote });
    amm.push({ globalConfig: norm(globalConfig), feeConfig: norm(feeConfig), baseMint: baseMint.toBase58(), poolCreator: creator.toBase58(),
      coinCreator: coinCreator.toBase58(), baseMintSupply: supply, isMayhemMode: common.isMayhemMode, creatorFeeBps: creatorFeeBps.toString(),
      baseReserve: B.toString(), quoteReserve: Q.toString(), virtualQuoteReserves: virtualQuote.toString(), slippage: common.slippage,
      baseOut: base.toString(), quoteIn: quote.toString(),
      buyBaseOut: { quoteIn: bb.internalQuoteAmount.toString(), totalQuote: bb.uiQuote.toString(), maxQuote: bb.maxQuote.toString() },
      buyQuoteIn: { baseOut: bq.base.toString(), quoteWithoutFees: bq.internalQuoteWithoutFees.toString(), maxQuote: bq.maxQuote.toString() } });
  }
  return { source: '@pump-fun/pump-sdk 2.0.0 bonding-curve math and @pump-fun/pump-swap-sdk buyBaseInput / buyQuoteInput', curve, amm };
}

// ---- write or check ---------------------------------------------------------------------------------------------------
async function main() {
  const check = process.argv.includes('--check');
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? process.argv[outIndex + 1] : VECTORS;
  if (check && outDir === VECTORS) {
    console.error('--check needs --out DIR: the regenerated vectors go to a temporary directory, never over the committed ones');
    process.exit(2);
  }
  const files = {
    'keys.json': keys(),
    'pdas.json': pdas(),
    'atas.json': atas(),
    'transactions.json': transactions(),
    'instructions.json': { source: 'anchor Program.methods (ASDF IDL), @pump-fun/pump-sdk, @pump-fun/pump-swap-sdk, @solana/web3.js, @solana/spl-token',
      asdf: await asdfInstructions(), pump: await pumpInstructions(), pumpswap: await pumpSwapInstructions(), native: nativeInstructions() },
    'accounts.json': { source: 'anchor BorshAccountsCoder with the vendored IDLs; @solana/spl-token layouts', cases: await accountLayouts() },
    'events.json': { source: 'anchor BorshTypesCoder with the vendored IDLs (discriminator + body)', cases: await events() },
    'quotes.json': quotes(),
    'fee-transactions.json': feeTransactions({ web3, spl, anchor, coders, encodeType, structOf, pumpIdl, ammIdl, asdfIdl, reseed, int }),
  };
  let failed = false;
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const text = JSON.stringify(content, null, 1) + '\n';
    writeFileSync(join(outDir, name), text);
    console.log('wrote ' + join(outDir, name));
    if (!check) continue;
    const path = join(VECTORS, name);
    if (!existsSync(path)) { console.error(`MISSING ${name}: the committed vectors have no such file; run 'node generate.mjs'`); failed = true; continue; }
    const committed = readFileSync(path, 'utf8');
    if (committed === text) { console.log('same    ' + name); continue; }
    failed = true;
    console.error('DIFFERS ' + name + ': ' + firstDifference(JSON.parse(committed), content, name));
  }
  if (check && failed) {
    console.error("The SDKs no longer produce the committed vectors. Inspect the difference, then run 'node generate.mjs' and commit.");
    process.exit(1);
  }
}

function firstDifference(a, b, path) {
  const na = JSON.parse(JSON.stringify(a)); const nb = JSON.parse(JSON.stringify(b));
  if (typeof na !== 'object' || na === null || typeof nb !== 'object' || nb === null) {
    return na === nb ? null : `${path}: committed ${JSON.stringify(na)?.slice(0, 200)} vs regenerated ${JSON.stringify(nb)?.slice(0, 200)}`;
  }
  const keys = new Set([...Object.keys(na), ...Object.keys(nb)]);
  for (const k of keys) {
    if (JSON.stringify(na[k]) !== JSON.stringify(nb[k])) {
      const d = firstDifference(na[k], nb[k], `${path}${Array.isArray(na) ? `[${k}]` : `.${k}`}`);
      if (d) return d;
      return `${path}.${k} differs`;
    }
  }
  return `${path}: formatting differs`;
}

await main();
