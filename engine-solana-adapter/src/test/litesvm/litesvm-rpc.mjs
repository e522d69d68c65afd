// A local Solana JSON-RPC + WebSocket facade over LiteSVM: the real-SVM test peer of engine-solana-adapter.
//
//   node litesvm-rpc.mjs [port] [--port-file FILE] [--exit-with-stdin]
//
// HTTP JSON-RPC on 127.0.0.1:port (0 = a free port), WebSocket on port+1 when port > 0, else on a second free port;
// the chosen ports are printed as one JSON line {"http":N,"ws":M} on stdout (and written to --port-file). Only
// 127.0.0.1 is ever bound. Methods, controls and the fault mode are listed in docs/rpc-adapter.md ("The test peer").
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { WebSocketServer } from 'ws';

const require = createRequire(import.meta.url);
const litesvm = require('litesvm');

const LAMPORTS_PER_SIGNATURE = 5000;
const BLOCKHASH_VALID_BLOCKS = 150;
const SPL_TOKEN = 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA';
const TOKEN_2022 = 'TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb';
const COMPUTE_BUDGET = 'ComputeBudget111111111111111111111111111111';
const GENESIS_UNIX = 1_780_000_000;

// ---- base58 ------------------------------------------------------------------------------------------------------
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const B58_MAP = new Map([...B58].map((c, i) => [c, i]));
function b58encode(bytes) {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let out = '';
  while (n > 0n) { out = B58[Number(n % 58n)] + out; n /= 58n; }
  return '1'.repeat(zeros) + out;
}
function b58decode(text, expectedLength) {
  if (typeof text !== 'string') throw new RpcError(-32602, `Invalid param: expected a base58 string, got ${typeof text}`);
  let n = 0n;
  for (const c of text) {
    const v = B58_MAP.get(c);
    if (v === undefined) throw new RpcError(-32602, `Invalid param: '${text}' is not base58 (bad character '${c}')`);
    n = n * 58n + BigInt(v);
  }
  const bytes = [];
  while (n > 0n) { bytes.unshift(Number(n & 0xffn)); n >>= 8n; }
  for (const c of text) { if (c === '1') bytes.unshift(0); else break; }
  const out = Uint8Array.from(bytes);
  if (expectedLength !== undefined && out.length !== expectedLength) {
    throw new RpcError(-32602, `Invalid param: '${text}' decodes to ${out.length} bytes, expected ${expectedLength}`);
  }
  return out;
}
const pk = (text) => b58decode(text, 32);

// ---- errors ------------------------------------------------------------------------------------------------------
class RpcError extends Error {
  constructor(code, message, data) { super(message); this.code = code; this.data = data; }
}
// litesvm's error enums are TypeScript const enums (no runtime object): read their names from the shipped .d.ts.
const dts = readFileSync(require.resolve('litesvm/dist/internal.d.ts'), 'utf8');
function constEnum(name) {
  const body = dts.match(new RegExp(`enum ${name} \\{([^}]*)\\}`))[1];
  const names = [];
  for (const m of body.matchAll(/(\w+) = (\d+)/g)) names[Number(m[2])] = m[1];
  return names;
}
const TX_ERRORS = constEnum('TransactionErrorFieldless');
const IX_ERRORS = constEnum('InstructionErrorFieldless');
function instructionErrorJson(e) {
  if (typeof e === 'number') return IX_ERRORS[e];
  if (e && typeof e.code === 'number') return { Custom: e.code };
  if (e && typeof e.msg === 'string') return { BorshIoError: e.msg };
  return String(e);
}
function transactionErrorJson(e) {
  if (typeof e === 'number') return TX_ERRORS[e];
  if (e && typeof e.index === 'number' && typeof e.err === 'function') return { InstructionError: [e.index, instructionErrorJson(e.err())] };
  if (e && typeof e.accountIndex === 'number') return { InsufficientFundsForRent: { account_index: e.accountIndex } };
  if (e && typeof e.index === 'number') return { DuplicateInstruction: e.index };
  return String(e);
}

// ---- wire transactions -------------------------------------------------------------------------------------------
function shortvec(bytes, at) {
  let value = 0, shift = 0, i = at;
  for (;;) { const b = bytes[i++]; value |= (b & 0x7f) << shift; if ((b & 0x80) === 0) break; shift += 7; }
  return [value, i];
}
function parseWire(wire) {
  let [nsig, at] = shortvec(wire, 0);
  const signatures = [];
  for (let i = 0; i < nsig; i++) { signatures.push(b58encode(wire.subarray(at, at + 64))); at += 64; }
  const messageStart = at;
  let version = 'legacy';
  if (wire[at] & 0x80) { version = wire[at] & 0x7f; at++; }
  const header = { numRequiredSignatures: wire[at], numReadonlySignedAccounts: wire[at + 1], numReadonlyUnsignedAccounts: wire[at + 2] };
  at += 3;
  let nkeys; [nkeys, at] = shortvec(wire, at);
  const accountKeys = [];
  for (let i = 0; i < nkeys; i++) { accountKeys.push(b58encode(wire.subarray(at, at + 32))); at += 32; }
  const recentBlockhash = b58encode(wire.subarray(at, at + 32)); at += 32;
  let nix; [nix, at] = shortvec(wire, at);
  const instructions = [];
  for (let i = 0; i < nix; i++) {
    const programIdIndex = wire[at++];
    let na; [na, at] = shortvec(wire, at);
    const accounts = Array.from(wire.subarray(at, at + na)); at += na;
    let nd; [nd, at] = shortvec(wire, at);
    const data = wire.subarray(at, at + nd); at += nd;
    instructions.push({ programIdIndex, accounts, data: b58encode(data), stackHeight: null, raw: data });
  }
  const addressTableLookups = [];
  if (version !== 'legacy') {
    let nl; [nl, at] = shortvec(wire, at);
    for (let i = 0; i < nl; i++) {
      const accountKey = b58encode(wire.subarray(at, at + 32)); at += 32;
      let nw; [nw, at] = shortvec(wire, at); const writableIndexes = Array.from(wire.subarray(at, at + nw)); at += nw;
      let nr; [nr, at] = shortvec(wire, at); const readonlyIndexes = Array.from(wire.subarray(at, at + nr)); at += nr;
      addressTableLookups.push({ accountKey, writableIndexes, readonlyIndexes });
    }
  }
  const isWritable = (i) => {
    const signed = header.numRequiredSignatures;
    if (i < signed) return i < signed - header.numReadonlySignedAccounts;
    return i < accountKeys.length - header.numReadonlyUnsignedAccounts;
  };
  return { signatures, version, header, accountKeys, recentBlockhash, instructions, addressTableLookups, isWritable, messageStart };
}
function priorityFeeOf(tx) {
  for (const ix of tx.instructions) {
    if (tx.accountKeys[ix.programIdIndex] === COMPUTE_BUDGET && ix.raw[0] === 3 && ix.raw.length >= 9) {
      return Number(Buffer.from(ix.raw).readBigUInt64LE(1));
    }
  }
  return 0;
}

// ---- the chain ---------------------------------------------------------------------------------------------------
const svm = new litesvm.LiteSVM().withTransactionHistory(100_000n).withBlockhashCheck(false).withSigverify(true);
const inner = svm.inner;
let slot = 1;
inner.warpToSlot(BigInt(slot));
const blockhashes = new Map(); // blockhash -> lastValidBlockHeight
let currentBlockhash;
function rotateBlockhash() {
  inner.expireBlockhash();
  currentBlockhash = inner.latestBlockhash();
  if (!blockhashes.has(currentBlockhash)) blockhashes.set(currentBlockhash, slot + BLOCKHASH_VALID_BLOCKS);
  for (const [hash, lastValid] of blockhashes) if (lastValid < slot - 2 * BLOCKHASH_VALID_BLOCKS) blockhashes.delete(hash);
}
rotateBlockhash();
const blockTime = (s) => GENESIS_UNIX + Math.floor(s * 0.4);
const records = new Map();   // signature -> landed record (getTransaction result + bookkeeping)
const history = new Map();   // address -> [signature, ...] oldest first
const feesBySlot = [];       // [{slot, fee, writable:Set}]
const stats = { requests: {}, processingNanos: {}, batches: 0, httpRequests: 0 };

function advanceSlots(n) {
  for (let i = 0; i < n; i++) {
    slot++;
    inner.warpToSlot(BigInt(slot));
    rotateBlockhash();
    notifySlot();
  }
}
function account(address) {
  const a = inner.getAccount(pk(address));
  return a ? { lamports: Number(a.lamports()), data: a.data(), owner: b58encode(a.owner()), executable: a.executable(), rentEpoch: a.rentEpoch() } : null;
}
function tokenBalanceOf(index, address) {
  const a = account(address);
  if (!a || (a.owner !== SPL_TOKEN && a.owner !== TOKEN_2022)) return null;
  const isAccount = a.data.length === 165 || (a.owner === TOKEN_2022 && a.data.length > 165 && a.data[165] === 2);
  if (!isAccount) return null;
  const mint = b58encode(a.data.subarray(0, 32));
  const mintAccount = account(mint);
  const decimals = mintAccount && mintAccount.data.length >= 45 ? mintAccount.data[44] : 0;
  const amount = Buffer.from(a.data).readBigUInt64LE(64).toString();
  const ui = Number(amount) / 10 ** decimals;
  return { accountIndex: index, mint, owner: b58encode(a.data.subarray(32, 64)), programId: a.owner,
    uiTokenAmount: { amount, decimals, uiAmount: ui, uiAmountString: String(ui) } };
}
function snapshot(keys) {
  return {
    balances: keys.map((k) => { const a = account(k); return a ? a.lamports : 0; }),
    tokens: keys.map((k, i) => tokenBalanceOf(i, k)).filter(Boolean),
    data: keys.map((k) => { const a = account(k); return a ? Buffer.from(a.data).toString('base64') + ':' + a.lamports + ':' + a.owner : ''; }),
  };
}
function innerInstructionsJson(meta, keys) {
  const out = [];
  meta.innerInstructions().forEach((group, index) => {
    if (group.length === 0) return;
    out.push({ index, instructions: group.map((ii) => {
      const c = ii.instruction();
      return { programIdIndex: c.programIdIndex(), accounts: Array.from(c.accounts()), data: b58encode(c.data()), stackHeight: ii.stackHeight() };
    }) });
  });
  return out;
}
function index(signature, keys) {
  for (const k of new Set(keys)) {
    if (!history.has(k)) history.set(k, []);
    history.get(k).push(signature);
  }
}
function land(wire, tx) {
  const pre = snapshot(tx.accountKeys);
  const result = tx.version === 'legacy' ? inner.sendLegacyTransaction(wire) : inner.sendVersionedTransaction(wire);
  const failed = result instanceof litesvm.FailedTransactionMetadata;
  const err = failed ? transactionErrorJson(result.err()) : null;
  if (failed && (err === 'BlockhashNotFound' || err === 'AlreadyProcessed' || err === 'SignatureFailure'
      || err === 'SanitizeFailure' || err === 'AccountNotFound' || err === 'InsufficientFundsForFee')) {
    return { landed: false, err, meta: result.meta() };
  }
  const meta = failed ? result.meta() : result;
  const post = snapshot(tx.accountKeys);
  advanceSlots(1);
  const landedSlot = slot;
  const fee = LAMPORTS_PER_SIGNATURE * tx.header.numRequiredSignatures;
  const signature = tx.signatures[0];
  const record = {
    slot: landedSlot,
    blockTime: blockTime(landedSlot),
    version: tx.version,
    wire: Buffer.from(wire).toString('base64'),
    transaction: {
      signatures: tx.signatures,
      message: { header: tx.header, accountKeys: tx.accountKeys, recentBlockhash: tx.recentBlockhash,
        instructions: tx.instructions.map(({ raw, ...rest }) => rest),
        ...(tx.version === 'legacy' ? {} : { addressTableLookups: tx.addressTableLookups }) },
    },
    meta: {
      err, status: err ? { Err: err } : { Ok: null }, fee,
      preBalances: pre.balances, postBalances: post.balances,
      innerInstructions: innerInstructionsJson(meta, tx.accountKeys),
      logMessages: meta.logs(),
      preTokenBalances: pre.tokens, postTokenBalances: post.tokens,
      rewards: [], loadedAddresses: { writable: [], readonly: [] },
      computeUnitsConsumed: Number(meta.computeUnitsConsumed()),
    },
  };
  records.set(signature, record);
  index(signature, tx.accountKeys);
  feesBySlot.push({ slot: landedSlot, fee: priorityFeeOf(tx), writable: new Set(tx.accountKeys.filter((_, i) => tx.isWritable(i))) });
  if (feesBySlot.length > 1000) feesBySlot.shift();
  notifyLanded(signature, record);
  const changed = tx.accountKeys.filter((_, i) => pre.data[i] !== post.data[i]);
  notifyAccounts(changed);
  return { landed: true, err, record };
}

// ---- fault mode --------------------------------------------------------------------------------------------------
// faults: { seed, rates: {drop, dropAfter, delay, http429, http5xx, malformed, wsClose}, delayMs, retryAfterSeconds,
//           lagSlots, unavailableTransactions: [signature..] (getTransaction answers null), methods: [..] (empty = all),
//           path: "/x" (only requests to that path) }
// plus one-shot faults: queue of {kind, count, method?, path?}; kind 'pass' answers normally (to fault a later call)
let faults = null;
let oneShots = [];
let rng = mulberry32(1);
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const FAULT_KINDS = ['drop', 'dropAfter', 'delay', 'http429', 'http5xx', 'malformed'];
function pickFault(methods, path) {
  const applies = (f) => (!f.path || f.path === path) && (!f.method || methods.includes(f.method));
  const shot = oneShots.find(applies);
  if (shot) { shot.count--; if (shot.count <= 0) oneShots = oneShots.filter((s) => s !== shot); return shot.kind; }
  if (!faults || (faults.path && faults.path !== path)) return null;
  if (faults.methods && faults.methods.length && !methods.some((m) => faults.methods.includes(m))) return null;
  for (const kind of FAULT_KINDS) {
    const rate = (faults.rates || {})[kind] || 0;
    if (rate > 0 && rng() < rate) return kind;
  }
  return null;
}
const lag = () => (faults && faults.lagSlots) || 0;
const visibleSlot = () => Math.max(0, slot - lag());
const visible = (record) => record && record.slot <= visibleSlot();

// ---- methods -----------------------------------------------------------------------------------------------------
const ctx = () => ({ slot: visibleSlot(), apiVersion: '2.2.0' });
function encodeAccount(a, encoding = 'base64') {
  if (!a) return null;
  if (encoding !== 'base64' && encoding !== 'base64+zstd') throw new RpcError(-32602, `Invalid param: encoding '${encoding}' is not supported by the LiteSVM facade; use base64`);
  return { lamports: a.lamports, owner: a.owner, data: [Buffer.from(a.data).toString('base64'), 'base64'], executable: a.executable, rentEpoch: 18446744073709551615, space: a.data.length };
}
function opts(params, at) { return (params && params[at] && typeof params[at] === 'object') ? params[at] : {}; }
function txResult(record, encoding) {
  const { wire, ...rest } = record;
  if (encoding === 'base64') return { ...rest, transaction: [wire, 'base64'] };
  if (encoding && encoding !== 'json') throw new RpcError(-32602, `Invalid param: encoding '${encoding}' is not supported by the LiteSVM facade; use json or base64`);
  return rest;
}
function decodeWire(params) {
  const encoding = opts(params, 1).encoding || 'base58';
  if (typeof params?.[0] !== 'string') throw new RpcError(-32602, 'Invalid params: the first parameter must be the serialized transaction');
  const wire = encoding === 'base64' ? Uint8Array.from(Buffer.from(params[0], 'base64')) : b58decode(params[0]);
  try { return [wire, parseWire(wire)]; } catch (e) { throw new RpcError(-32602, `failed to deserialize transaction: ${e.message}`); }
}
function preflightChecks(tx) {
  const lastValid = blockhashes.get(tx.recentBlockhash);
  if (lastValid === undefined || lastValid < slot) return 'BlockhashNotFound';
  if (records.has(tx.signatures[0])) return 'AlreadyProcessed';
  return null;
}
function simulate(wire, tx) {
  const result = tx.version === 'legacy' ? inner.simulateLegacyTransaction(wire) : inner.simulateVersionedTransaction(wire);
  const failed = result instanceof litesvm.FailedTransactionMetadata;
  const meta = failed ? result.meta() : result.meta();
  return { err: failed ? transactionErrorJson(result.err()) : null, logs: meta.logs(), unitsConsumed: Number(meta.computeUnitsConsumed()), meta };
}

const methods = {
  getHealth: () => 'ok',
  getVersion: () => ({ 'solana-core': '2.2.0-litesvm', 'feature-set': 0 }),
  getSlot: () => visibleSlot(),
  getBlockHeight: () => visibleSlot(),
  getGenesisHash: () => '4uhcVJyU9pJkvQyS88uRDiswHXSCkY3zQawwpjk2NsNY',
  getLatestBlockhash: () => ({ context: ctx(), value: { blockhash: currentBlockhash, lastValidBlockHeight: blockhashes.get(currentBlockhash) } }),
  isBlockhashValid: (p) => { const lv = blockhashes.get(p[0]); return { context: ctx(), value: lv !== undefined && lv >= slot }; },
  getMinimumBalanceForRentExemption: (p) => Number(inner.minimumBalanceForRentExemption(BigInt(p?.[0] ?? 0))),
  getBalance: (p) => { const a = account(p[0]); return { context: ctx(), value: a ? a.lamports : 0 }; },
  getAccountInfo: (p) => ({ context: ctx(), value: encodeAccount(account(p[0]), opts(p, 1).encoding) }),
  getMultipleAccounts: (p) => {
    if (!Array.isArray(p?.[0]) || p[0].length > 100) throw new RpcError(-32602, 'Invalid params: getMultipleAccounts takes an array of at most 100 addresses');
    return { context: ctx(), value: p[0].map((a) => encodeAccount(account(a), opts(p, 1).encoding)) };
  },
  getProgramAccounts: (p) => {
    const o = opts(p, 1);
    const filters = o.filters || [];
    const out = [];
    for (const entry of inner.getProgramAccounts(pk(p[0]))) {
      const a = entry.account();
      const data = a.data();
      const ok = filters.every((f) => {
        if (f.dataSize !== undefined) return data.length === f.dataSize;
        if (f.memcmp) {
          const bytes = f.memcmp.encoding === 'base64' ? Buffer.from(f.memcmp.bytes, 'base64') : b58decode(f.memcmp.bytes);
          const off = f.memcmp.offset;
          return data.length >= off + bytes.length && Buffer.from(data.subarray(off, off + bytes.length)).equals(Buffer.from(bytes));
        }
        throw new RpcError(-32602, `Invalid param: unsupported filter ${JSON.stringify(f)}`);
      });
      if (ok) out.push({ pubkey: b58encode(entry.address), account: encodeAccount({ lamports: Number(a.lamports()), data, owner: b58encode(a.owner()), executable: a.executable() }, o.encoding) });
    }
    return o.withContext ? { context: ctx(), value: out } : out;
  },
  getTokenAccountBalance: (p) => {
    const t = tokenBalanceOf(0, p[0]);
    if (!t) throw new RpcError(-32602, `Invalid param: could not find account ${p[0]} or it is not a token account`);
    return { context: ctx(), value: t.uiTokenAmount };
  },
  requestAirdrop: (p) => {
    const res = inner.airdrop(pk(p[0]), BigInt(p[1]));
    if (res instanceof litesvm.FailedTransactionMetadata) throw new RpcError(-32603, `airdrop failed: ${JSON.stringify(transactionErrorJson(res.err()))}`);
    const before = account(p[0]);
    advanceSlots(1);
    const signature = b58encode(res.signature());
    const pre = before ? before.lamports : 0;
    const record = { slot, blockTime: blockTime(slot), version: 'legacy', wire: '',
      transaction: { signatures: [signature], message: { header: { numRequiredSignatures: 1, numReadonlySignedAccounts: 0, numReadonlyUnsignedAccounts: 1 },
        accountKeys: [p[0], '11111111111111111111111111111111'], recentBlockhash: currentBlockhash, instructions: [] } },
      meta: { err: null, status: { Ok: null }, fee: 0, preBalances: [pre, 1], postBalances: [pre + Number(p[1]), 1], innerInstructions: [],
        logMessages: res.logs(), preTokenBalances: [], postTokenBalances: [], rewards: [], loadedAddresses: { writable: [], readonly: [] }, computeUnitsConsumed: 0 } };
    records.set(signature, record);
    index(signature, [p[0]]);
    notifyLanded(signature, record);
    notifyAccounts([p[0]]);
    return signature;
  },
  sendTransaction: (p) => {
    const [wire, tx] = decodeWire(p);
    const o = opts(p, 1);
    const signature = tx.signatures[0];
    if (!o.skipPreflight) {
      const pre = preflightChecks(tx);
      if (pre) throw new RpcError(-32002, `Transaction simulation failed: ${pre === 'BlockhashNotFound' ? 'Blockhash not found' : 'This transaction has already been processed'}`,
        { accounts: null, err: pre, innerInstructions: null, logs: [], replacementBlockhash: null, returnData: null, unitsConsumed: 0 });
      const sim = simulate(wire, tx);
      if (sim.err) throw new RpcError(-32002, `Transaction simulation failed: Error processing Instruction ${sim.err.InstructionError ? sim.err.InstructionError[0] : ''}: ${JSON.stringify(sim.err)}`,
        { accounts: null, err: sim.err, innerInstructions: null, logs: sim.logs, replacementBlockhash: null, returnData: null, unitsConsumed: sim.unitsConsumed });
    }
    // like a leader, silently drop what cannot land (expired blockhash, a replay, a bad signature)
    const refused = preflightChecks(tx);
    if (refused === null) {
      const landed = land(wire, tx);
      if (!landed.landed && process.env.LITESVM_RPC_DEBUG) process.stderr.write(`dropped ${signature}: ${JSON.stringify(landed.err)} bh=${tx.recentBlockhash} cur=${currentBlockhash} inHistory=${!!inner.getTransaction(b58decode(signature))} logs=${landed.meta && landed.meta.logs()}\n`);
    } else if (process.env.LITESVM_RPC_DEBUG) {
      process.stderr.write(`dropped ${signature}: ${refused}\n`);
    }
    return signature;
  },
  simulateTransaction: (p) => {
    const [wire, tx] = decodeWire(p);
    const o = opts(p, 1);
    const pre = o.replaceRecentBlockhash ? null : (blockhashes.get(tx.recentBlockhash) ?? -1) < slot ? 'BlockhashNotFound' : null;
    if (pre) return { context: ctx(), value: { err: pre, logs: [], accounts: null, unitsConsumed: 0, returnData: null, innerInstructions: null } };
    const sim = simulate(wire, tx);
    return { context: ctx(), value: { err: sim.err, logs: sim.logs, accounts: null, unitsConsumed: sim.unitsConsumed, returnData: null,
      innerInstructions: o.innerInstructions ? innerInstructionsJson(sim.meta, tx.accountKeys) : null,
      ...(o.replaceRecentBlockhash ? { replacementBlockhash: { blockhash: currentBlockhash, lastValidBlockHeight: blockhashes.get(currentBlockhash) } } : {}) } };
  },
  getSignatureStatuses: (p) => {
    if (!Array.isArray(p?.[0]) || p[0].length > 256) throw new RpcError(-32602, 'Invalid params: getSignatureStatuses takes an array of at most 256 signatures');
    return { context: ctx(), value: p[0].map((s) => {
      const r = records.get(s);
      if (!visible(r)) return null;
      return { slot: r.slot, confirmations: null, err: r.meta.err, status: r.meta.status, confirmationStatus: 'finalized' };
    }) };
  },
  getTransaction: (p) => {
    const r = records.get(p[0]);
    if (!visible(r) || (faults && (faults.unavailableTransactions || []).includes(p[0]))) return null;
    const o = opts(p, 1);
    if (r.version !== 'legacy' && o.maxSupportedTransactionVersion === undefined) {
      throw new RpcError(-32015, 'Transaction version (0) is not supported by the requesting client. Please try the request again with the following configuration parameter: "maxSupportedTransactionVersion": 0');
    }
    return txResult(r, o.encoding);
  },
  getSignaturesForAddress: (p) => {
    const o = opts(p, 1);
    const limit = o.limit ?? 1000;
    if (limit < 1 || limit > 1000) throw new RpcError(-32602, `Invalid limit; max 1000, got ${limit}`);
    const all = (history.get(p[0]) || []).filter((s) => visible(records.get(s)));
    let end = all.length; // exclusive, newest is all[end-1]
    if (o.before) { const i = all.indexOf(o.before); if (i >= 0) end = i; }
    let start = 0;
    if (o.until) { const i = all.indexOf(o.until); if (i >= 0) start = i + 1; }
    const out = [];
    for (let i = end - 1; i >= start && out.length < limit; i--) {
      const r = records.get(all[i]);
      out.push({ signature: all[i], slot: r.slot, err: r.meta.err, memo: null, blockTime: r.blockTime, confirmationStatus: 'finalized' });
    }
    return out;
  },
  getRecentPrioritizationFees: (p) => {
    const accounts = Array.isArray(p?.[0]) ? p[0] : [];
    if (accounts.length > 128) throw new RpcError(-32602, 'Invalid params: too many accounts provided; max 128');
    const out = [];
    for (let s = Math.max(1, slot - 149); s <= slot; s++) {
      const landed = feesBySlot.filter((f) => f.slot === s && (accounts.length === 0 || accounts.some((a) => f.writable.has(a))));
      out.push({ slot: s, prioritizationFee: landed.length ? Math.min(...landed.map((f) => f.fee)) : 0 });
    }
    return out;
  },
  // ---- test-only controls ----
  litesvm_setAccount: (p) => {
    const a = p[0];
    inner.setAccount(pk(a.pubkey), new litesvm.Account(BigInt(a.lamports), Uint8Array.from(Buffer.from(a.data || '', 'base64')), pk(a.owner || '11111111111111111111111111111111'), !!a.executable, 0n));
    notifyAccounts([a.pubkey]);
    return true;
  },
  // requestAirdrop as a control: never subject to the fault mode, so a test can fund accounts during a chaos run
  litesvm_airdrop: (p) => methods.requestAirdrop(p),
  litesvm_addProgramFromFile: (p) => { inner.addProgramFromFile(pk(p[0]), p[1]); return true; },
  litesvm_advanceSlots: (p) => { advanceSlots(Number(p?.[0] ?? 1)); return slot; },
  litesvm_expireBlockhash: () => { advanceSlots(Math.max(1, blockhashes.get(currentBlockhash) - slot + 1)); return slot; },
  litesvm_addRecordedTransaction: (p) => {
    const given = p[0];
    const signature = given.transaction.signatures[0];
    if (records.has(signature)) throw new RpcError(-32602, `Invalid param: transaction ${signature} is already in the history`);
    advanceSlots(1);
    const { transactionBase64, ...rest } = given;
    const record = { ...rest, slot, blockTime: blockTime(slot), wire: transactionBase64 || '' };
    records.set(signature, record);
    index(signature, given.transaction.message.accountKeys.concat(given.meta?.loadedAddresses?.writable || [], given.meta?.loadedAddresses?.readonly || []));
    notifyLanded(signature, record);
    return { signature, slot };
  },
  litesvm_setFaults: (p) => { faults = p?.[0] || null; rng = mulberry32((faults && faults.seed) || 1); return true; },
  litesvm_injectFault: (p) => { oneShots.push({ count: 1, ...p[0] }); return oneShots.length; },
  litesvm_clearFaults: () => { faults = null; oneShots = []; return true; },
  litesvm_closeWebSockets: () => { let n = 0; for (const c of wss.clients) { c.terminate(); n++; } return n; },
  litesvm_stats: () => stats,
  litesvm_resetStats: () => { stats.requests = {}; stats.processingNanos = {}; stats.batches = 0; stats.httpRequests = 0; return true; },
};

function call(request) {
  const id = request && request.id !== undefined ? request.id : null;
  if (!request || request.jsonrpc !== '2.0' || typeof request.method !== 'string') {
    return { jsonrpc: '2.0', id, error: { code: -32600, message: 'Invalid request' } };
  }
  const fn = methods[request.method];
  stats.requests[request.method] = (stats.requests[request.method] || 0) + 1;
  if (!fn) return { jsonrpc: '2.0', id, error: { code: -32601, message: 'Method not found' } };
  const started = process.hrtime.bigint();
  try {
    return { jsonrpc: '2.0', id, result: fn(request.params || []) };
  } catch (e) {
    if (e instanceof RpcError) return { jsonrpc: '2.0', id, error: { code: e.code, message: e.message, ...(e.data !== undefined ? { data: e.data } : {}) } };
    if (process.env.LITESVM_RPC_DEBUG) process.stderr.write(`internal error in ${request.method}: ${e.stack}\n`);
    return { jsonrpc: '2.0', id, error: { code: -32603, message: `Internal error: ${e.message}` } };
  } finally {
    stats.processingNanos[request.method] = (stats.processingNanos[request.method] || 0) + Number(process.hrtime.bigint() - started);
  }
}

// ---- HTTP --------------------------------------------------------------------------------------------------------
const http = createServer((req, res) => {
  if (req.method !== 'POST') { res.writeHead(405, { 'content-type': 'text/plain' }); res.end('Use POST with a JSON-RPC body'); return; }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    stats.httpRequests++;
    let body;
    try { body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } }));
      return;
    }
    const list = Array.isArray(body) ? body : [body];
    const names = list.map((r) => r && r.method).filter(Boolean);
    const control = names.length > 0 && names.every((n) => n.startsWith('litesvm_'));
    const fault = control ? null : pickFault(names, req.url);
    const answer = () => {
      if (Array.isArray(body)) stats.batches++;
      const out = Array.isArray(body) ? body.map(call) : call(body);
      return JSON.stringify(out);
    };
    switch (fault) {
      case 'drop': req.socket.destroy(); return;
      case 'dropAfter': answer(); req.socket.destroy(); return;
      case 'http429':
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String((faults && faults.retryAfterSeconds) ?? 1) });
        res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: 429, message: 'Too many requests for a specific RPC call' } }));
        return;
      case 'http5xx': res.writeHead(503, { 'content-type': 'text/plain' }); res.end('Service Unavailable'); return;
      case 'malformed': res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"jsonrpc":"2.0","result":{"context":'); return;
      case 'delay': setTimeout(() => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(answer()); }, (faults && faults.delayMs) ?? 2000); return;
      default: res.writeHead(200, { 'content-type': 'application/json' }); res.end(answer());
    }
  });
});
http.keepAliveTimeout = 120_000;

// ---- WebSocket ---------------------------------------------------------------------------------------------------
const wss = new WebSocketServer({ noServer: true });
const subscriptions = new Map(); // id -> {ws, kind, key, commitment}
let nextSubscription = 1;
function send(ws, message) { if (ws.readyState === 1) ws.send(JSON.stringify(message)); }
function notify(sub, id, method, result) {
  if (faults && (faults.rates || {}).wsClose && rng() < faults.rates.wsClose) { sub.ws.terminate(); return; }
  send(sub.ws, { jsonrpc: '2.0', method, params: { result, subscription: id } });
}
function notifySlot() {
  for (const [id, sub] of subscriptions) if (sub.kind === 'slot') notify(sub, id, 'slotNotification', { parent: slot - 1, root: Math.max(0, slot - 32), slot });
}
function notifyLanded(signature, record) {
  const keys = new Set(record.transaction.message.accountKeys);
  for (const [id, sub] of [...subscriptions]) {
    if (sub.kind === 'signature' && sub.key === signature) {
      notify(sub, id, 'signatureNotification', { context: { slot: record.slot }, value: { err: record.meta.err } });
      subscriptions.delete(id);
    } else if (sub.kind === 'logs' && (sub.key === 'all' || keys.has(sub.key))) {
      notify(sub, id, 'logsNotification', { context: { slot: record.slot }, value: { signature, err: record.meta.err, logs: record.meta.logMessages } });
    }
  }
}
function notifyAccounts(addresses) {
  for (const address of addresses) {
    for (const [id, sub] of subscriptions) {
      if (sub.kind === 'account' && sub.key === address) notify(sub, id, 'accountNotification', { context: { slot }, value: encodeAccount(account(address)) ?? { lamports: 0, owner: '11111111111111111111111111111111', data: ['', 'base64'], executable: false, rentEpoch: 0, space: 0 } });
    }
  }
}
const SUBSCRIBE = { accountSubscribe: 'account', logsSubscribe: 'logs', signatureSubscribe: 'signature', slotSubscribe: 'slot' };
wss.on('connection', (ws) => {
  ws.on('message', (raw) => {
    let m;
    try { m = JSON.parse(raw.toString()); } catch { send(ws, { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } }); return; }
    stats.requests[m.method] = (stats.requests[m.method] || 0) + 1;
    const kind = SUBSCRIBE[m.method];
    if (kind) {
      let key = null;
      if (kind === 'account' || kind === 'signature') key = m.params?.[0];
      if (kind === 'logs') {
        const f = m.params?.[0];
        if (f === 'all' || f === 'allWithVotes') key = 'all';
        else if (f && Array.isArray(f.mentions) && f.mentions.length === 1) key = f.mentions[0];
        else { send(ws, { jsonrpc: '2.0', id: m.id, error: { code: -32602, message: 'Invalid Request: Only 1 address supported' } }); return; }
      }
      const id = nextSubscription++;
      subscriptions.set(id, { ws, kind, key });
      send(ws, { jsonrpc: '2.0', id: m.id, result: id });
      if (kind === 'signature' && visible(records.get(key))) {
        const r = records.get(key);
        notify(subscriptions.get(id), id, 'signatureNotification', { context: { slot: r.slot }, value: { err: r.meta.err } });
        subscriptions.delete(id);
      }
      return;
    }
    if (m.method && m.method.endsWith('Unsubscribe')) {
      const existed = subscriptions.delete(m.params?.[0]);
      send(ws, { jsonrpc: '2.0', id: m.id, result: existed });
      return;
    }
    send(ws, { jsonrpc: '2.0', id: m.id ?? null, error: { code: -32601, message: 'Method not found' } });
  });
  ws.on('close', () => { for (const [id, sub] of subscriptions) if (sub.ws === ws) subscriptions.delete(id); });
});
const wsHttp = createServer((req, res) => { res.writeHead(426, { 'content-type': 'text/plain' }); res.end('WebSocket only'); });
wsHttp.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)));

// ---- start -------------------------------------------------------------------------------------------------------
const args = process.argv.slice(2);
const requested = Number(args.find((a) => /^\d+$/.test(a)) ?? 8899);
const portFileAt = args.indexOf('--port-file');
const portFile = portFileAt >= 0 ? args[portFileAt + 1] : null;
const listen = (server, port) => new Promise((resolve, reject) => { server.once('error', reject); server.listen(port, '127.0.0.1', () => resolve(server.address().port)); });
const httpPort = await listen(http, requested);
const wsPort = await listen(wsHttp, requested === 0 ? 0 : requested + 1);
const ports = JSON.stringify({ http: httpPort, ws: wsPort });
if (portFile) writeFileSync(portFile, ports);
process.stdout.write(ports + '\n');
const stop = () => { for (const c of wss.clients) c.terminate(); http.close(); wsHttp.close(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// --exit-with-stdin (used by the JUnit extension): a parent that dies without stopping us closes our stdin, and we stop
if (args.includes('--exit-with-stdin')) {
  process.stdin.on('end', stop);
  process.stdin.resume();
}
