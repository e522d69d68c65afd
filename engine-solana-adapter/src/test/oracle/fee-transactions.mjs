// Recorded fee transactions for the RPC fee source's tests (fee-transactions.json): getTransaction results (json
// encoding, plus the signed wire bytes in transactionBase64) of pump and PumpSwap trades paying our creator, built with
// web3.js and pump's own IDL coder, never with hand-typed event bytes. LiteSVM cannot run pump.fun's programs, so the
// facade's litesvm_addRecordedTransaction adds these to the vaults' histories; the accounts list holds the pool,
// curves, curve token accounts, mints and DATState the fee source and the token directory read.
//
// Each case carries `expect`: what the engine must credit, reject and leave unattributed, derived here from what the
// case put in.

export function feeTransactions(h) {
  const { web3, spl, anchor, coders, encodeType, structOf, pumpIdl, ammIdl, asdfIdl, reseed, int } = h;
  const { PublicKey, Keypair, Transaction, TransactionInstruction, SystemProgram } = web3;
  const bs58 = anchor.utils.bytes.bs58;
  const BN = anchor.BN;
  reseed(11);
  const seeded = (n) => Keypair.fromSeed(Uint8Array.from({ length: 32 }, (_, i) => (n * 31 + i * 7) & 0xff));
  const PUMP = new PublicKey('6EF8rrecthR5Dkzon8Nwu78hRvfCKubJ14M5uBEwF6P');
  const AMM = new PublicKey('pAMMBay6oceH9fJKBRHGP5D4bD4sWpmSwMn52FMfXEA');
  const WSOL = new PublicKey('So11111111111111111111111111111111111111112');
  const TAG = Buffer.from('e445a52e51cb9a1d', 'hex');
  const pda = (seeds, program) => PublicKey.findProgramAddressSync(seeds, program)[0];

  const creator = pda([Buffer.from('auth_v3')], new PublicKey('ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui'));
  const stranger = seeded(2).publicKey;
  const trader = seeded(3);
  const curveVault = pda([Buffer.from('creator-vault'), creator.toBuffer()], PUMP);
  const ammAuthority = pda([Buffer.from('creator_vault'), creator.toBuffer()], AMM);
  const ammVault = spl.getAssociatedTokenAddressSync(WSOL, ammAuthority, true, spl.TOKEN_PROGRAM_ID);
  const eventAuthority = pda([Buffer.from('__event_authority')], PUMP);
  const ammEventAuthority = pda([Buffer.from('__event_authority')], AMM);
  const mints = { A: seeded(10).publicKey, B: seeded(11).publicKey, C: seeded(12).publicKey, D: seeded(13).publicKey };
  const curve = (mint) => pda([Buffer.from('bonding-curve'), mint.toBuffer()], PUMP);
  const pool = pda([Buffer.from('pool'), new BN(0).toArrayLike(Buffer, 'le', 2), seeded(20).publicKey.toBuffer(), mints.C.toBuffer(), WSOL.toBuffer()], AMM);

  const accountData = (coder, idl, name, value) => {
    const disc = idl.accounts.find((a) => a.name === name).discriminator;
    return Buffer.concat([Buffer.from(disc), encodeType(coder, name, value)]);
  };
  const event = (coder, idl, name, value) => {
    const ev = idl.events.find((e) => e.name === name);
    return Buffer.concat([Buffer.from(ev.discriminator), encodeType(coder, name, value)]);
  };
  const tradeEvent = (mint, creatorKey, fee) => {
    const v = structOf(pumpIdl, 'TradeEvent');
    Object.assign(v, { mint, creator: creatorKey, creator_fee: new BN(fee), user: trader.publicKey, is_buy: true, ix_name: 'buy' });
    return event(coders.pump, pumpIdl, 'TradeEvent', v);
  };
  const swapEvent = (name, poolKey, coinCreator, fee) => {
    const v = structOf(ammIdl, name);
    Object.assign(v, { pool: poolKey, coin_creator: coinCreator, coin_creator_fee: new BN(fee), user: trader.publicKey });
    return event(coders.amm, ammIdl, name, v);
  };

  // one recorded transaction: top-level instructions (web3 TransactionInstructions), inner instruction groups
  // ([{index, instructions: [{program, accounts, data}]}]), lamport changes, token changes, logs, error
  let blockhashSeed = 100;
  const record = ({ instructions, inner = [], lamports = {}, tokens = [], logs, err = null, innerRecorded = true }) => {
    const tx = new Transaction();
    tx.feePayer = trader.publicKey;
    tx.recentBlockhash = bs58.encode(Uint8Array.from({ length: 32 }, (_, i) => (blockhashSeed * 13 + i) & 0xff));
    blockhashSeed++;
    instructions.forEach((ix) => tx.add(ix));
    tx.sign(trader);
    const message = tx.compileMessage();
    const keys = message.accountKeys.map((k) => k.toBase58());
    const at = (k) => { const i = keys.indexOf(k.toBase58()); if (i < 0) throw new Error('inner instruction names ' + k.toBase58() + ', which is not a key of the transaction'); return i; };
    const fee = 5000;
    const pre = keys.map((_, i) => 1_000_000_000 + i * 1000);
    const post = pre.slice();
    post[0] -= fee;
    if (!err) for (const [k, delta] of Object.entries(lamports)) post[keys.indexOf(k)] += delta;
    const tokenBalances = (which) => tokens.map((t) => ({ accountIndex: keys.indexOf(t.account.toBase58()), mint: t.mint.toBase58(), owner: t.owner.toBase58(),
      programId: spl.TOKEN_PROGRAM_ID.toBase58(), uiTokenAmount: (() => { const amount = String(which === 'pre' || err ? t.pre : t.pre + t.delta); return { amount, decimals: 9, uiAmount: Number(amount) / 1e9, uiAmountString: String(Number(amount) / 1e9) }; })() }));
    return {
      slot: 0,
      blockTime: 0,
      version: 'legacy',
      transaction: {
        signatures: [bs58.encode(tx.signature)],
        message: { header: message.header, accountKeys: keys, recentBlockhash: message.recentBlockhash,
          instructions: message.instructions.map((ix) => ({ programIdIndex: ix.programIdIndex, accounts: ix.accounts, data: ix.data, stackHeight: null })) },
      },
      meta: {
        err, status: err ? { Err: err } : { Ok: null }, fee, preBalances: pre, postBalances: post,
        innerInstructions: innerRecorded ? (err ? [] : inner.map((g) => ({ index: g.index, instructions: g.instructions.map((ii) => ({
          programIdIndex: at(ii.program), accounts: ii.accounts.map(at), data: bs58.encode(ii.data), stackHeight: 2 })) }))) : null,
        logMessages: logs, preTokenBalances: tokenBalances('pre'), postTokenBalances: tokenBalances('post'),
        rewards: [], loadedAddresses: { writable: [], readonly: [] }, computeUnitsConsumed: 50_000,
      },
      transactionBase64: tx.serialize().toString('base64'),
    };
  };

  const buyIx = (mint) => new TransactionInstruction({ programId: PUMP, keys: [
    { pubkey: trader.publicKey, isSigner: true, isWritable: true }, { pubkey: curve(mint), isSigner: false, isWritable: true },
    { pubkey: mint, isSigner: false, isWritable: false }, { pubkey: curveVault, isSigner: false, isWritable: true },
    { pubkey: SystemProgram.programId, isSigner: false, isWritable: false }, { pubkey: eventAuthority, isSigner: false, isWritable: false },
    { pubkey: PUMP, isSigner: false, isWritable: false }],
    data: coders.pump.instruction.encode('buy', { amount: new BN(1_000_000), max_sol_cost: new BN(10_000_000), track_volume: [false] }) });
  const ammBuyIx = () => new TransactionInstruction({ programId: AMM, keys: [
    { pubkey: trader.publicKey, isSigner: true, isWritable: true }, { pubkey: pool, isSigner: false, isWritable: true },
    { pubkey: ammVault, isSigner: false, isWritable: true }, { pubkey: ammAuthority, isSigner: false, isWritable: false },
    { pubkey: ammEventAuthority, isSigner: false, isWritable: false }, { pubkey: AMM, isSigner: false, isWritable: false }],
    data: Buffer.concat([Buffer.from(ammIdl.instructions.find((i) => i.name === 'buy').discriminator), Buffer.alloc(16)]) });
  const tradeGroup = (index, mint, fee, ev) => ({ index, instructions: [
    { program: SystemProgram.programId, accounts: [trader.publicKey, curve(mint)], data: Buffer.from('02000000' + '40420f0000000000', 'hex') },
    { program: SystemProgram.programId, accounts: [trader.publicKey, curveVault], data: Buffer.concat([Buffer.from('02000000', 'hex'), new BN(fee).toArrayLike(Buffer, 'le', 8)]) },
    { program: PUMP, accounts: [eventAuthority], data: Buffer.concat([TAG, ev]) }] });
  const logsOf = (program, n = 1) => [`Program ${program.toBase58()} invoke [1]`, 'Program log: Instruction: Buy', ...Array(n).fill(`Program ${program.toBase58()} success`)];
  const wsol = (delta, pre = 2_039_280) => ({ account: ammVault, mint: WSOL, owner: ammAuthority, pre, delta });

  const cases = [];
  const add = (name, rec, expect) => cases.push({ name, expect, result: rec });
  const credit = (mint, lamports, vault, eventName, index) => ({ mint: mint.toBase58(), lamports, vault, event: eventName, index });

  const feeA = 12_345;
  add('a pump buy pays its creator fee into the curve vault', record({ instructions: [buyIx(mints.A)], inner: [tradeGroup(0, mints.A, feeA, tradeEvent(mints.A, creator, feeA))],
    lamports: { [curveVault.toBase58()]: feeA }, logs: logsOf(PUMP) }),
  { credits: [credit(mints.A, feeA, 'BONDING_CURVE', 'TradeEvent', 2)], unattributed: [], rejections: 0 });

  add('one transaction trades two ecosystem tokens and credits each its own fee', record({ instructions: [buyIx(mints.A), buyIx(mints.B)],
    inner: [tradeGroup(0, mints.A, 7_000, tradeEvent(mints.A, creator, 7_000)), tradeGroup(1, mints.B, 3_000, tradeEvent(mints.B, creator, 3_000))],
    lamports: { [curveVault.toBase58()]: 10_000 }, logs: [...logsOf(PUMP), ...logsOf(PUMP)] }),
  { credits: [credit(mints.A, 7_000, 'BONDING_CURVE', 'TradeEvent', 2), credit(mints.B, 3_000, 'BONDING_CURVE', 'TradeEvent', 5)], unattributed: [], rejections: 0 });

  add('a failed transaction credits nothing', record({ instructions: [buyIx(mints.A)], inner: [tradeGroup(0, mints.A, 9_999, tradeEvent(mints.A, creator, 9_999))],
    lamports: { [curveVault.toBase58()]: 9_999 }, logs: [...logsOf(PUMP, 0), `Program ${PUMP.toBase58()} failed: custom program error: 0x1772`],
    err: { InstructionError: [0, { Custom: 6002 }] } }),
  { credits: [], unattributed: [], rejections: 0 });

  const ammFee = 3_000;
  add('a PumpSwap buy credits the pool\'s base mint from the WSOL vault', record({ instructions: [ammBuyIx()],
    inner: [{ index: 0, instructions: [{ program: AMM, accounts: [ammEventAuthority], data: Buffer.concat([TAG, swapEvent('BuyEvent', pool, creator, ammFee)]) }] }],
    tokens: [wsol(ammFee)], logs: logsOf(AMM) }),
  { credits: [credit(mints.C, ammFee, 'AMM', 'BuyEvent', 0)], unattributed: [], rejections: 0 });

  add('a PumpSwap sell credits the pool\'s base mint', record({ instructions: [ammBuyIx()],
    inner: [{ index: 0, instructions: [{ program: AMM, accounts: [ammEventAuthority], data: Buffer.concat([TAG, swapEvent('SellEvent', pool, creator, 1_500)]) }] }],
    tokens: [wsol(1_500, 2_042_280)], logs: logsOf(AMM) }),
  { credits: [credit(mints.C, 1_500, 'AMM', 'SellEvent', 0)], unattributed: [], rejections: 0 });

  add('an event naming another creator is rejected', record({ instructions: [buyIx(mints.D)], inner: [tradeGroup(0, mints.D, 4_000, tradeEvent(mints.D, stranger, 4_000))],
    logs: logsOf(PUMP) }),
  { credits: [], unattributed: [], rejections: 1 });

  add('an event whose fee is far above the vault delta is rejected and the delta stays unattributed', record({ instructions: [buyIx(mints.A)],
    inner: [tradeGroup(0, mints.A, 1_000_000, tradeEvent(mints.A, creator, 1_000_000))], lamports: { [curveVault.toBase58()]: 100 }, logs: logsOf(PUMP) }),
  { credits: [], unattributed: [{ lamports: 100, vault: 'BONDING_CURVE' }], rejections: 1 });

  const donor = seeded(4);
  add('a plain transfer into the vault is an unattributed deposit', (() => {
    const r = record({ instructions: [SystemProgram.transfer({ fromPubkey: trader.publicKey, toPubkey: curveVault, lamports: 50_000 })],
      lamports: { [curveVault.toBase58()]: 50_000 }, logs: ['Program 11111111111111111111111111111111 invoke [1]', 'Program 11111111111111111111111111111111 success'] });
    return r;
  })(), { credits: [], unattributed: [{ lamports: 50_000, vault: 'BONDING_CURVE' }], rejections: 0 });

  add('without recorded inner instructions the event is read from its Program data log', record({ instructions: [buyIx(mints.B)], innerRecorded: false,
    lamports: { [curveVault.toBase58()]: 2_500 },
    logs: [`Program ${PUMP.toBase58()} invoke [1]`, 'Program log: Instruction: Buy', `Program data: ${tradeEvent(mints.B, creator, 2_500).toString('base64')}`, `Program ${PUMP.toBase58()} success`] }),
  { credits: [credit(mints.B, 2_500, 'BONDING_CURVE', 'TradeEvent', 0)], unattributed: [], rejections: 0 });

  // accounts the fee source and the token directory read
  const curveAccount = (complete) => { const v = structOf(pumpIdl, 'BondingCurve'); Object.assign(v, { creator, complete }); return accountData(coders.pump, pumpIdl, 'BondingCurve', v); };
  const poolValue = structOf(ammIdl, 'Pool');
  Object.assign(poolValue, { base_mint: mints.C, quote_mint: WSOL, coin_creator: creator, creator: seeded(20).publicKey, index: 0 });
  const mintData = (supply) => { const b = Buffer.alloc(spl.MintLayout.span); spl.MintLayout.encode({ mintAuthorityOption: 0, mintAuthority: PublicKey.default, supply, decimals: 6, isInitialized: true, freezeAuthorityOption: 0, freezeAuthority: PublicKey.default }, b); return b; };
  const tokenAccountData = (mint, owner, amount) => { const b = Buffer.alloc(spl.AccountLayout.span); spl.AccountLayout.encode({ mint, owner, amount, delegateOption: 0, delegate: PublicKey.default, state: 1, isNativeOption: 0, isNative: 0n, delegatedAmount: 0n, closeAuthorityOption: 0, closeAuthority: PublicKey.default }, b); return b; };
  const dat = structOf(asdfIdl, 'DATState');
  Object.assign(dat, { root_token_mint: mints.A, pending_admin: null, pending_fee_split: null, fee_split_bps: 5520, min_cycle_interval: new BN(60), last_cycle_timestamp: new BN(0) });
  const datEncoded = accountData(coders.asdf, asdfIdl, 'DATState', dat);
  const datData = Buffer.concat([datEncoded, Buffer.alloc(Math.max(0, 390 - datEncoded.length))]); // the program allocates 390 bytes
  const account = (pubkey, owner, data) => ({ pubkey: pubkey.toBase58(), owner: owner.toBase58(), lamports: 10_000_000, data: Buffer.from(data).toString('base64') });
  const accounts = [
    account(pool, AMM, accountData(coders.amm, ammIdl, 'Pool', poolValue)),
    account(curve(mints.A), PUMP, curveAccount(false)),
    account(curve(mints.B), PUMP, curveAccount(false)),
    account(curve(mints.C), PUMP, curveAccount(true)),
    account(spl.getAssociatedTokenAddressSync(mints.A, curve(mints.A), true, spl.TOKEN_PROGRAM_ID), spl.TOKEN_PROGRAM_ID, tokenAccountData(mints.A, curve(mints.A), 5_000_000n)),
    account(spl.getAssociatedTokenAddressSync(mints.B, curve(mints.B), true, spl.TOKEN_2022_PROGRAM_ID), spl.TOKEN_2022_PROGRAM_ID, tokenAccountData(mints.B, curve(mints.B), 5_000_000n)),
    account(spl.getAssociatedTokenAddressSync(mints.C, curve(mints.C), true, spl.TOKEN_PROGRAM_ID), spl.TOKEN_PROGRAM_ID, tokenAccountData(mints.C, curve(mints.C), 0n)),
    account(mints.A, spl.TOKEN_PROGRAM_ID, mintData(1_000_000_000_000_000n)),
    account(mints.B, spl.TOKEN_2022_PROGRAM_ID, mintData(1_000_000_000_000_000n)),
    account(mints.C, spl.TOKEN_PROGRAM_ID, mintData(1_000_000_000_000_000n)),
    account(pda([Buffer.from('dat_v3')], new PublicKey('ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui')), new PublicKey('ASDFc5hkEM2MF8mrAAtCPieV6x6h1B5BwjgztFt7Xbui'), datData),
  ];

  return {
    source: 'web3.js transactions signed by a seeded trader; events and accounts encoded with anchor BorshCoder and the vendored pump / pump_amm / asdf IDLs; SPL layouts from @solana/spl-token',
    creator: creator.toBase58(),
    stranger: stranger.toBase58(),
    curveVault: curveVault.toBase58(),
    ammVault: ammVault.toBase58(),
    pool: pool.toBase58(),
    mints: Object.fromEntries(Object.entries(mints).map(([k, v]) => [k, v.toBase58()])),
    accounts,
    cases,
  };
}
