// The JavaScript side of the engine-solana-adapter benchmarks (docs/benchmarks.md): the same three operations as the
// JMH benchmarks in src/bench/java, measured with @solana/web3.js and anchor on one Node.js thread.
//   node bench.mjs [seconds per measurement, default 5]
import { createRequire } from 'module';
import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import { fileURLToPath } from 'url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const web3 = require('@solana/web3.js');
const anchor = require('@coral-xyz/anchor');
const spl = require('@solana/spl-token');
const { PublicKey, Keypair, Transaction } = web3;
const seconds = Number(process.argv[2] ?? 5);

function measure(name, fn) {
  for (let i = 0; i < 2000; i++) fn(i);
  let n = 0;
  const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const start = process.hrtime.bigint();
  while (process.hrtime.bigint() < end) {
    for (let i = 0; i < 100; i++) fn(n++);
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${name.padEnd(40)} ${Math.round(n / elapsed).toLocaleString('en-US')} ops/s`);
}

const idlDir = join(here, '..', '..', 'main', 'resources', 'idl');
const asdfIdl = JSON.parse(readFileSync(join(idlDir, 'asdf_burn_engine.json')));
const pumpIdl = JSON.parse(readFileSync(join(idlDir, 'pump.json')));
const provider = new anchor.AnchorProvider(new web3.Connection('http://127.0.0.1:1'),
  { publicKey: PublicKey.default, signTransaction: async (t) => t, signAllTransactions: async (t) => t }, {});
const asdf = new anchor.Program(asdfIdl, provider);
const ID = { asdf: new PublicKey(asdfIdl.address), pump: new PublicKey(pumpIdl.address), fees: new PublicKey('pfeeUxB6jkeY1Hxd7CsFCAjcbHA9rWtchMGdZ6VojVZ') };
const pda = (program, ...seeds) => PublicKey.findProgramAddressSync(seeds.map((s) => (typeof s === 'string' ? Buffer.from(s) : s.toBuffer())), program)[0];
const ata = (owner, mint) => spl.getAssociatedTokenAddressSync(mint, owner, true, spl.TOKEN_PROGRAM_ID);

const admin = Keypair.fromSeed(Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1));
const mint = new PublicKey('9zB5wRarXMj86MymwLumSKA1Dx35zPqqKfcZtK1Spump');
const root = new PublicKey('9hSR6S7WPtxmTojgo6GG3k4yDPecgJY292j7xrsUGWBu');
const auth = pda(ID.asdf, 'auth_v3');
const curve = pda(ID.pump, 'bonding-curve', mint);
const m = asdf.methods;
const instructions = [
  await m.collectFees(false, true).accountsPartial({ tokenMint: mint, creatorVault: pda(ID.pump, 'creator-vault', auth),
    pumpEventAuthority: pda(ID.pump, '__event_authority'), pumpSwapProgram: ID.pump, rootTreasury: pda(ID.asdf, 'root_treasury', root) }).instruction(),
  await m.executeBuySecondary(new anchor.BN(1_000_000_000)).accountsPartial({ datAsdfAccount: ata(auth, mint), pool: curve, asdfMint: mint,
    poolAsdfAccount: ata(curve, mint), pumpGlobalConfig: pda(ID.pump, 'global'), protocolFeeRecipient: new PublicKey('62qc2CNXwrYqQScmEdiZFFAnJR262PxWEuNQtxfafNgV'),
    creatorVault: pda(ID.pump, 'creator-vault', auth), pumpEventAuthority: pda(ID.pump, '__event_authority'), pumpSwapProgram: ID.pump,
    globalVolumeAccumulator: pda(ID.pump, 'global_volume_accumulator'), userVolumeAccumulator: pda(ID.pump, 'user_volume_accumulator', auth),
    feeConfig: pda(ID.fees, 'fee_config', ID.pump), feeProgram: ID.fees, rootTreasury: pda(ID.asdf, 'root_treasury', root), tokenProgram: spl.TOKEN_PROGRAM_ID }).instruction(),
  await m.finalizeAllocatedCycle(true).accountsPartial({ tokenStats: pda(ID.asdf, 'token_stats_v1', mint), admin: admin.publicKey }).instruction(),
  await m.burnAndUpdate().accountsPartial({ datAsdfAccount: ata(auth, mint), asdfMint: mint, tokenProgram: spl.TOKEN_PROGRAM_ID }).instruction(),
  await m.transferDevFee(new anchor.BN(552_000_000)).accountsPartial({}).instruction(),
];
const blockhash = 'US517G5965aydkZ46HS38QLi7UQiSojurfbQfKCELFx';
measure('sign and serialize 5-ix cycle tx', () => {
  const tx = new Transaction({ feePayer: admin.publicKey, recentBlockhash: blockhash });
  tx.add(...instructions);
  tx.sign(admin);
  return tx.serialize();
});

const mints = Array.from({ length: 1024 }, (_, i) => new PublicKey(Uint8Array.from({ length: 32 }, (_, j) => (i * 31 + j * 17) & 255)));
measure('findProgramAddress (bonding curve)', (i) => PublicKey.findProgramAddressSync([Buffer.from('bonding-curve'), mints[i & 1023].toBuffer()], ID.pump));

const coder = new anchor.BorshCoder(pumpIdl);
const value = {};
for (const f of pumpIdl.types.find((t) => t.name === 'TradeEvent').type.fields) {
  const t = f.type;
  value[f.name] = t === 'pubkey' ? mint : t === 'bool' ? true : t === 'string' ? 'buy' : t.vec ? [] : new anchor.BN(12345);
}
const layout = coder.types.typeLayouts.get('TradeEvent');
const body = Buffer.alloc(2000);
const len = layout.encode(value, body);
const cpi = Buffer.concat([Buffer.from('e445a52e51cb9a1d', 'hex'), Buffer.from(pumpIdl.events.find((e) => e.name === 'TradeEvent').discriminator), body.subarray(0, len)]);
measure('decode TradeEvent (event CPI data)', () => coder.types.decode('TradeEvent', cpi.subarray(16)));
