// Writes ../../resources/vectors/direct.json: direct mode's transactions and quotes as @pump-fun/pump-sdk 2.0.0 and
// @pump-fun/pump-swap-sdk build them for the same decoded state.
//
//   node direct-vectors.mjs                     writes ../../resources/vectors/direct.json
//   node direct-vectors.mjs --out FILE          writes FILE instead (compare with the committed file to check)
//
// Deterministic: a seeded PRNG for keys and amounts, also standing in for Math.random, which the SDKs use to pick fee
// recipients (the chosen recipient is in the expected instruction; the Java test picks the same one). The operator is a
// throw-away seed from that PRNG (userSeed, hex), holding nothing on any cluster. For each case the expected step is,
// in order: the SDK's collect (pump collect_creator_fee + PumpSwap collect_coin_creator_fee into the creator's WSOL
// ATA, unwrapped), the SDK's buy for exactly the tokens the SDK's
// own math gives for the budget less the slippage allowance, capped at min(budget, cost + cost × slippage / 10000),
// spl-token's Burn of exactly those tokens with the mint's token program, and web3.js transfers of the root share and
// dev fee split with the ASDF program's integer math.
import { createRequire } from 'module';
import { writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));
const pumpSdk = require('@pump-fun/pump-sdk');
const pumpSwapSdk = require('@pump-fun/pump-swap-sdk');
const BN = require('bn.js');
const web3 = require('@solana/web3.js');
const spl = require('@solana/spl-token');
const { PublicKey, SystemProgram } = web3;

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
let rand = mulberry32(20261128 + 77);
Math.random = () => rand();
const int = (n) => Math.floor(rand() * n);
const key = () => new PublicKey(Uint8Array.from({ length: 32 }, () => int(256)));
const keys = (n) => Array.from({ length: n }, key);
// the operator signs in the engine, so the test needs its keypair: a throw-away seed from the PRNG, written in hex
const operator = () => { const seed = Uint8Array.from({ length: 32 }, () => int(256)); return { seed: hex(seed), key: web3.Keypair.fromSeed(seed).publicKey }; };
const big = (lo, hi) => lo + BigInt(Math.floor(rand() * Number(hi - lo)));
const hex = (b) => Buffer.from(b).toString('hex');
const ixJson = (ix) => ({ programId: ix.programId.toBase58(),
  accounts: ix.keys.map((k) => ({ address: k.pubkey.toBase58(), signer: k.isSigner, writable: k.isWritable })),
  data: hex(ix.data) });
const b58 = (k) => k.toBase58();
const min = (a, b) => (a < b ? a : b);
const ID = { spl: spl.TOKEN_PROGRAM_ID, t22: spl.TOKEN_2022_PROGRAM_ID, wsol: spl.NATIVE_MINT };

function feeConfig() {
  const tiers = [];
  let threshold = 0n;
  const n = 1 + int(5);
  for (let i = 0; i < n; i++) {
    tiers.push({ marketCapLamportsThreshold: new BN(threshold.toString()),
      fees: { lpFeeBps: new BN(int(30)), protocolFeeBps: new BN(5 + int(100)), creatorFeeBps: new BN(int(60)) } });
    threshold += BigInt(1 + int(400)) * 1_000_000_000n;
  }
  return { feeTiers: tiers, stableFeeTiers: [], flatFees: { lpFeeBps: new BN(int(30)), protocolFeeBps: new BN(int(30)), creatorFeeBps: new BN(int(30)) },
    exoticFlatFees: { lpFeeBps: new BN(0), protocolFeeBps: new BN(0), creatorFeeBps: new BN(0) } };
}
const feeConfigJson = (c) => ({
  feeTiers: c.feeTiers.map((t) => ({ threshold: t.marketCapLamportsThreshold.toString(), lp: t.fees.lpFeeBps.toString(), protocol: t.fees.protocolFeeBps.toString(), creator: t.fees.creatorFeeBps.toString() })),
  flat: { lp: c.flatFees.lpFeeBps.toString(), protocol: c.flatFees.protocolFeeBps.toString(), creator: c.flatFees.creatorFeeBps.toString() } });

// the engine's split (onchain-spec §6.1): kept = floor(a × keptBps / 10000), root = rest, dev = floor(kept × dev / 10000)
function split(allocation, rootShareBps, devFeeBps) {
  const kept = allocation * BigInt(10000 - rootShareBps) / 10000n;
  const dev = kept * BigInt(devFeeBps) / 10000n;
  return { toRoot: allocation - kept, kept, devFee: dev, buyBudget: kept - dev };
}

// an OnlinePumpSdk whose connection answers getMultipleAccountsInfo: the creator's WSOL vault exists, its own
// WSOL ATA does not (so the SDK creates it idempotently and closes it after the collect, as the engine does)
function collectSdk() {
  const connection = { getMultipleAccountsInfo: async () => [{ owner: ID.spl, data: Buffer.alloc(165), lamports: 1, executable: false }, null],
    rpcEndpoint: 'http://127.0.0.1:1', commitment: 'confirmed' };
  return new pumpSdk.OnlinePumpSdk(connection);
}

async function curveCase(i, sdk) {
  const op = operator(); const user = op.key; const mint = key(); const creator = i % 3 === 0 ? user : key();
  const tokenProgram = i % 2 === 0 ? ID.spl : ID.t22;
  const mayhem = i % 5 === 4;
  const global = { feeRecipient: key(), feeRecipients: keys(7), reservedFeeRecipient: key(), reservedFeeRecipients: keys(7),
    feeBasisPoints: new BN(95), creatorFeeBasisPoints: new BN(30), creatorFeeConfigurable: i % 4 === 1 };
  const vt = big(200_000_000_000_000n, 1_073_000_000_000_000n);
  const vq = big(30_000_000_000n, 400_000_000_000n);
  const rt = vt - 279_900_000_000_000n > 0n ? vt - 279_900_000_000_000n : vt / 2n;
  const bondingCurve = { virtualTokenReserves: new BN(vt.toString()), virtualQuoteReserves: new BN(vq.toString()),
    realTokenReserves: new BN(rt.toString()), realQuoteReserves: new BN((vq - 30_000_000_000n).toString()),
    tokenTotalSupply: new BN('1000000000000000'), complete: false, creator, isMayhemMode: mayhem, isCashbackCoin: false,
    quoteMint: PublicKey.default, creatorFeeBps: new BN(i % 4 === 1 ? 1 + int(150) : 0), canEditCreatorFee: false, isHolderReward: false };
  const fc = feeConfig();
  const mintSupply = mayhem ? big(500_000_000_000_000n, 2_000_000_000_000_000n) : 1_000_000_000_000_000n;
  return { kind: 'curve', user, userSeed: op.seed, mint, tokenProgram, fc, mintSupply, state: { global, bondingCurve },
    quote: (budget, bps) => {
      const target = budget * 10000n / (10000n + BigInt(bps));
      const args = { global, feeConfig: fc, mintSupply: new BN(mintSupply.toString()), bondingCurve, quoteMint: PublicKey.default };
      const tokens = BigInt(pumpSdk.getBuyTokenAmountFromSolAmount({ ...args, amount: new BN(target.toString()) }).toString());
      if (tokens === 0n) return { tokens: 0n, cost: 0n, maxCost: 0n };
      const cost = BigInt(pumpSdk.getBuySolAmountFromTokenAmount({ ...args, amount: new BN(tokens.toString()) }).toString());
      if (cost > budget) return { tokens: 0n, cost: 0n, maxCost: 0n };
      return { tokens, cost, maxCost: min(budget, cost + cost * BigInt(bps) / 10000n) };
    },
    buy: async (q) => sdk.buyInstructions({ global, bondingCurveAccountInfo: { data: Buffer.alloc(151) }, bondingCurve,
      associatedUserAccountInfo: null, mint, user, amount: new BN(q.tokens.toString()), solAmount: new BN(q.maxCost.toString()),
      slippage: 0, tokenProgram }),
    json: () => ({ global: { feeRecipients: [global.feeRecipient, ...global.feeRecipients].map(b58),
      reservedFeeRecipients: [global.reservedFeeRecipient, ...global.reservedFeeRecipients].map(b58),
      feeBasisPoints: '95', creatorFeeBasisPoints: '30', creatorFeeConfigurable: global.creatorFeeConfigurable },
      curve: { virtualTokenReserves: vt.toString(), virtualQuoteReserves: vq.toString(), realTokenReserves: rt.toString(),
        realQuoteReserves: bondingCurve.realQuoteReserves.toString(), creator: b58(creator), mayhemMode: mayhem,
        creatorFeeBps: bondingCurve.creatorFeeBps.toString() } }) };
}

async function poolCase(i) {
  const op = operator(); const user = op.key; const baseMint = key();
  const tokenProgram = i % 2 === 0 ? ID.spl : ID.t22;
  const coinCreator = i % 3 === 0 ? user : key();
  const mayhem = i % 5 === 4;
  const canonical = i % 7 !== 6;
  const pool = { poolBump: 255, index: 0, creator: canonical ? pumpSdk.pumpPoolAuthorityPda(baseMint) : key(), baseMint,
    quoteMint: ID.wsol, lpMint: key(), poolBaseTokenAccount: key(), poolQuoteTokenAccount: key(), lpSupply: new BN(1),
    coinCreator, isMayhemMode: mayhem, isCashbackCoin: false, virtualQuoteReserves: new BN(0),
    creatorFeeBps: new BN(i % 4 === 1 ? 1 + int(150) : 0) };
  const globalConfig = { lpFeeBasisPoints: new BN(20), protocolFeeBasisPoints: new BN(5), coinCreatorFeeBasisPoints: new BN(5),
    protocolFeeRecipients: keys(8), reservedFeeRecipient: key(), reservedFeeRecipients: keys(7), buybackFeeRecipients: keys(8),
    creatorFeeConfigurable: i % 4 === 1 };
  const B = big(50_000_000_000_000n, 800_000_000_000_000n);
  const Q = big(80_000_000_000n, 2_000_000_000_000n);
  const supply = 1_000_000_000_000_000n;
  const fc = feeConfig();
  const poolKey = pumpSwapSdk.canonicalPumpPoolPda ? pumpSwapSdk.canonicalPumpPoolPda(baseMint)[0] ?? key() : key();
  const common = { baseReserve: new BN(B.toString()), quoteReserve: new BN(Q.toString()), virtualQuoteReserves: new BN(0),
    globalConfig, baseMintAccount: { supply }, baseMint, coinCreator, creator: pool.creator, feeConfig: fc, quoteMint: ID.wsol,
    isMayhemMode: mayhem, creatorFeeBps: pool.creatorFeeBps };
  return { kind: 'pool', user, userSeed: op.seed, mint: baseMint, tokenProgram, fc, mintSupply: supply,
    quote: (budget, bps) => {
      const target = budget * 10000n / (10000n + BigInt(bps));
      if (target <= 1n) return { tokens: 0n, cost: 0n, maxCost: 0n };
      const base = BigInt(pumpSwapSdk.buyQuoteInput({ ...common, quote: new BN(target.toString()), slippage: 0 }).base.toString());
      if (base === 0n) return { tokens: 0n, cost: 0n, maxCost: 0n };
      const cost = BigInt(pumpSwapSdk.buyBaseInput({ ...common, base: new BN(base.toString()), slippage: 0 }).uiQuote.toString());
      if (cost > budget) return { tokens: 0n, cost: 0n, maxCost: 0n };
      return { tokens: base, cost, maxCost: min(budget, cost + cost * BigInt(bps) / 10000n) };
    },
    buy: async (q) => pumpSwapSdk.PUMP_AMM_SDK.buyInstructionsNoPool({ globalConfig, poolKey, pool,
      poolAccountInfo: { data: Buffer.alloc(300) }, baseTokenProgram: tokenProgram, quoteTokenProgram: ID.spl, user,
      userBaseTokenAccount: spl.getAssociatedTokenAddressSync(baseMint, user, true, tokenProgram),
      userQuoteTokenAccount: spl.getAssociatedTokenAddressSync(ID.wsol, user, true, ID.spl),
      userBaseAccountInfo: null, userQuoteAccountInfo: null }, new BN(q.tokens.toString()), new BN(q.maxCost.toString())),
    json: () => ({ poolAddress: b58(poolKey), pool: { creator: b58(pool.creator), baseMint: b58(baseMint), lpMint: b58(pool.lpMint),
      poolBaseTokenAccount: b58(pool.poolBaseTokenAccount), poolQuoteTokenAccount: b58(pool.poolQuoteTokenAccount),
      coinCreator: b58(coinCreator), mayhemMode: mayhem, creatorFeeBps: pool.creatorFeeBps.toString() },
      globalConfig: { protocolFeeRecipients: globalConfig.protocolFeeRecipients.map(b58),
        reservedFeeRecipients: [globalConfig.reservedFeeRecipient, ...globalConfig.reservedFeeRecipients].map(b58),
        buybackFeeRecipients: globalConfig.buybackFeeRecipients.map(b58), lpFeeBasisPoints: '20', protocolFeeBasisPoints: '5',
        coinCreatorFeeBasisPoints: '5', creatorFeeConfigurable: globalConfig.creatorFeeConfigurable },
      baseReserve: B.toString(), quoteReserve: Q.toString() }) };
}

async function main() {
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex > 0 ? process.argv[outIndex + 1] : join(here, '..', '..', 'resources', 'vectors', 'direct.json');
  const sdk = pumpSdk.PUMP_SDK;
  const online = collectSdk();
  const cases = [];
  for (let i = 0; i < 48; i++) {
    const c = i % 2 === 0 ? await curveCase(i >> 1, sdk) : await poolCase(i >> 1);
    const secondary = i % 4 !== 3;
    const collects = i % 3 !== 2;
    const rootShareBps = [4480, 4480, 0, 2500][i % 4];
    const devFeeBps = [100, 0, 100, 250][int(4)];
    const slippageBps = [0, 50, 300, 1000][int(4)];
    const allocation = big(20_000_000n, 5_000_000_000n);
    const rootTreasury = key(); const devWallet = key();
    const s = secondary ? split(allocation, rootShareBps, devFeeBps) : { toRoot: 0n, devFee: 0n, buyBudget: allocation };
    const q = c.quote(s.buyBudget, slippageBps);
    const instructions = [];
    if (collects) instructions.push(...await online.collectCoinCreatorFeeInstructions(c.user, c.user));
    instructions.push(...await c.buy(q));
    instructions.push(spl.createBurnInstruction(spl.getAssociatedTokenAddressSync(c.mint, c.user, true, c.tokenProgram),
      c.mint, c.user, q.tokens, [], c.tokenProgram));
    if (secondary && s.toRoot > 0n) instructions.push(SystemProgram.transfer({ fromPubkey: c.user, toPubkey: rootTreasury, lamports: s.toRoot }));
    if (secondary && s.devFee > 0n) instructions.push(SystemProgram.transfer({ fromPubkey: c.user, toPubkey: devWallet, lamports: s.devFee }));
    cases.push({ kind: c.kind, user: b58(c.user), userSeed: c.userSeed, mint: b58(c.mint), tokenProgram: b58(c.tokenProgram), secondary, collects,
      allocation: allocation.toString(), rootShareBps, devFeeBps, slippageBps, rootTreasury: b58(rootTreasury), devWallet: b58(devWallet),
      feeConfig: feeConfigJson(c.fc), mintSupply: c.mintSupply.toString(), ...c.json(),
      expected: { buyBudget: s.buyBudget.toString(), toRoot: s.toRoot.toString(), devFee: s.devFee.toString(),
        tokens: q.tokens.toString(), cost: q.cost.toString(), maxCost: q.maxCost.toString(), instructions: instructions.map(ixJson) } });
  }
  const doc = { source: '@pump-fun/pump-sdk 2.0.0 (buyInstructions, collectCoinCreatorFeeInstructions, bonding-curve math),'
    + ' @pump-fun/pump-swap-sdk (buyInstructionsNoPool, buyQuoteInput, buyBaseInput), @solana/spl-token createBurnInstruction,'
    + ' @solana/web3.js SystemProgram.transfer; generated by src/test/oracle/pump/direct-vectors.mjs', cases };
  writeFileSync(out, JSON.stringify(doc, null, 1) + '\n');
  console.log('wrote ' + cases.length + ' direct-mode cases to ' + out);
}
main().catch((e) => { console.error(e); process.exit(1); });
