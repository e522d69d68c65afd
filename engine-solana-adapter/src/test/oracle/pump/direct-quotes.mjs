// Writes ../../resources/vectors/direct-quotes.json: 1,000 random bonding-curve states and 1,000 random PumpSwap
// states, each with a budget and a slippage cap, and what direct mode must buy for them according to the official
// SDKs' own math (@pump-fun/pump-sdk 2.0.0 getBuyTokenAmountFromSolAmount / getBuySolAmountFromTokenAmount,
// @pump-fun/pump-swap-sdk buyQuoteInput / buyBaseInput): tokens for the budget less the slippage allowance, the cost
// of exactly those tokens, and the cap min(budget, cost + floor(cost × slippage / 10000)).
//
//   node direct-quotes.mjs [--out FILE]
//
// Deterministic (seeded PRNG). Reserves span small to large curves and pools, fee tiers and creator-fee variants.
import { createRequire } from 'module';
import { writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));
const pumpSdk = require('@pump-fun/pump-sdk');
const pumpSwapSdk = require('@pump-fun/pump-swap-sdk');
const BN = require('bn.js');
const { PublicKey } = require('@solana/web3.js');
const spl = require('@solana/spl-token');

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
const rand = mulberry32(1000);
Math.random = () => rand();
const int = (n) => Math.floor(rand() * n);
const key = () => new PublicKey(Uint8Array.from({ length: 32 }, () => int(256)));
// log-uniform between 10^lo and 10^hi, as a BigInt
const logUniform = (lo, hi) => { const e = lo + rand() * (hi - lo); const m = 10 ** (e - Math.floor(e)); return BigInt(Math.floor(m * 1e6)) * 10n ** BigInt(Math.floor(e)) / 1_000_000n + 1n; };
const min = (a, b) => (a < b ? a : b);
const s = (v) => v.toString();

function feeConfig() {
  const tiers = [];
  let threshold = 0n;
  const n = 1 + int(6);
  for (let i = 0; i < n; i++) {
    tiers.push({ marketCapLamportsThreshold: new BN(s(threshold)), fees: { lpFeeBps: new BN(int(50)), protocolFeeBps: new BN(int(150)), creatorFeeBps: new BN(int(100)) } });
    threshold += logUniform(9, 13);
  }
  return { feeTiers: tiers, stableFeeTiers: [], flatFees: { lpFeeBps: new BN(int(50)), protocolFeeBps: new BN(int(50)), creatorFeeBps: new BN(int(50)) },
    exoticFlatFees: { lpFeeBps: new BN(0), protocolFeeBps: new BN(0), creatorFeeBps: new BN(0) } };
}
const fcJson = (c) => ({ feeTiers: c.feeTiers.map((t) => ({ threshold: s(t.marketCapLamportsThreshold), lp: s(t.fees.lpFeeBps), protocol: s(t.fees.protocolFeeBps), creator: s(t.fees.creatorFeeBps) })),
  flat: { lp: s(c.flatFees.lpFeeBps), protocol: s(c.flatFees.protocolFeeBps), creator: s(c.flatFees.creatorFeeBps) } });
const SLIPPAGES = [0, 1, 25, 50, 100, 300, 500, 1000, 2500, 5000];

function sized(budget, bps, tokensFor, costFor) {
  const target = budget * 10000n / (10000n + BigInt(bps));
  const tokens = target <= 1n ? 0n : tokensFor(target);
  if (tokens === 0n) return { tokens: '0', cost: '0', maxCost: '0' };
  const cost = costFor(tokens);
  if (cost > budget) return { tokens: '0', cost: '0', maxCost: '0' };
  return { tokens: s(tokens), cost: s(cost), maxCost: s(min(budget, cost + cost * BigInt(bps) / 10000n)) };
}

const curve = [];
for (let i = 0; i < 1000; i++) {
  const vt = logUniform(9, 17);
  const vq = logUniform(6, 13);
  const rt = vt * BigInt(1 + int(1000)) / 1000n;
  const creator = i % 9 === 0 ? PublicKey.default : key();
  const mayhem = i % 7 === 3;
  const global = { feeBasisPoints: new BN(int(200)), creatorFeeBasisPoints: new BN(int(100)), creatorFeeConfigurable: i % 3 === 0 };
  const bondingCurve = { virtualTokenReserves: new BN(s(vt)), virtualQuoteReserves: new BN(s(vq)), realTokenReserves: new BN(s(rt)),
    realQuoteReserves: new BN(0), tokenTotalSupply: new BN('1000000000000000'), complete: false, creator, isMayhemMode: mayhem,
    isCashbackCoin: false, quoteMint: PublicKey.default, creatorFeeBps: new BN(i % 5 === 0 ? 1 + int(300) : 0), canEditCreatorFee: false, isHolderReward: false };
  const fc = feeConfig();
  const mintSupply = mayhem ? logUniform(12, 17) : 1_000_000_000_000_000n;
  const budget = logUniform(3, 12);
  const bps = SLIPPAGES[int(SLIPPAGES.length)];
  const args = { global, feeConfig: fc, mintSupply: new BN(s(mintSupply)), bondingCurve, quoteMint: PublicKey.default };
  const expected = sized(budget, bps,
    (t) => BigInt(s(pumpSdk.getBuyTokenAmountFromSolAmount({ ...args, amount: new BN(s(t)) }))),
    (n) => BigInt(s(pumpSdk.getBuySolAmountFromTokenAmount({ ...args, amount: new BN(s(n)) }))));
  curve.push({ global: { feeBasisPoints: s(global.feeBasisPoints), creatorFeeBasisPoints: s(global.creatorFeeBasisPoints), creatorFeeConfigurable: global.creatorFeeConfigurable },
    curve: { virtualTokenReserves: s(vt), virtualQuoteReserves: s(vq), realTokenReserves: s(rt), creator: creator.toBase58(), mayhemMode: mayhem, creatorFeeBps: s(bondingCurve.creatorFeeBps) },
    feeConfig: fcJson(fc), mintSupply: s(mintSupply), budget: s(budget), slippageBps: bps, expected });
}

const amm = [];
for (let i = 0; i < 1000; i++) {
  const baseMint = key();
  const canonical = i % 4 !== 0;
  const creator = canonical ? pumpSdk.pumpPoolAuthorityPda(baseMint) : key();
  const B = logUniform(9, 17) + 1n;
  const Q = logUniform(6, 14);
  const virtualQuote = i % 5 === 0 ? logUniform(3, 10) : 0n;
  const coinCreator = i % 6 === 0 ? PublicKey.default : key();
  const globalConfig = { lpFeeBasisPoints: new BN(int(50)), protocolFeeBasisPoints: new BN(int(50)), coinCreatorFeeBasisPoints: new BN(int(50)), creatorFeeConfigurable: i % 3 === 0 };
  const creatorFeeBps = new BN(i % 6 === 1 ? 1 + int(300) : 0);
  const supply = logUniform(12, 17);
  const fc = feeConfig();
  const mayhem = i % 7 === 0;
  const common = { baseReserve: new BN(s(B)), quoteReserve: new BN(s(Q)), virtualQuoteReserves: new BN(s(virtualQuote)), globalConfig,
    baseMintAccount: { supply }, baseMint, coinCreator, creator, feeConfig: fc, quoteMint: spl.NATIVE_MINT, isMayhemMode: mayhem, creatorFeeBps };
  const budget = logUniform(3, 12);
  const bps = SLIPPAGES[int(SLIPPAGES.length)];
  const expected = sized(budget, bps,
    (t) => BigInt(s(pumpSwapSdk.buyQuoteInput({ ...common, quote: new BN(s(t)), slippage: 0 }).base)),
    (b) => BigInt(s(pumpSwapSdk.buyBaseInput({ ...common, base: new BN(s(b)), slippage: 0 }).uiQuote)));
  amm.push({ globalConfig: { lpFeeBasisPoints: s(globalConfig.lpFeeBasisPoints), protocolFeeBasisPoints: s(globalConfig.protocolFeeBasisPoints),
    coinCreatorFeeBasisPoints: s(globalConfig.coinCreatorFeeBasisPoints), creatorFeeConfigurable: globalConfig.creatorFeeConfigurable },
    feeConfig: fcJson(fc), baseMint: baseMint.toBase58(), poolCreator: creator.toBase58(), coinCreator: coinCreator.toBase58(),
    baseMintSupply: s(supply), mayhemMode: mayhem, creatorFeeBps: s(creatorFeeBps), baseReserve: s(B), quoteReserve: s(Q),
    virtualQuoteReserves: s(virtualQuote), budget: s(budget), slippageBps: bps, expected });
}

const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : join(here, '..', '..', 'resources', 'vectors', 'direct-quotes.json');
writeFileSync(out, JSON.stringify({ source: '@pump-fun/pump-sdk 2.0.0 and @pump-fun/pump-swap-sdk buy math; generated by src/test/oracle/pump/direct-quotes.mjs', curve, amm }, null, 0) + '\n');
console.log('wrote ' + curve.length + ' curve and ' + amm.length + ' PumpSwap states to ' + out);
