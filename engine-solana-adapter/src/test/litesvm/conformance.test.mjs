// Checks that the facade speaks real Solana JSON-RPC: web3.js's own Connection drives it.
//   npm test   (node --test --test-force-exit conformance.test.mjs)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  Connection, Keypair, LAMPORTS_PER_SOL, PublicKey, SystemProgram, Transaction, sendAndConfirmTransaction,
  ComputeBudgetProgram, SendTransactionError,
} from '@solana/web3.js';
import {
  createMint, getOrCreateAssociatedTokenAccount, mintTo, burn, getMint, TOKEN_PROGRAM_ID, TOKEN_2022_PROGRAM_ID,
} from '@solana/spl-token';

let facade;
let connection;
let url;
const payer = Keypair.generate();

before(async () => {
  facade = spawn(process.execPath, ['litesvm-rpc.mjs', '0', '--exit-with-stdin'], { cwd: import.meta.dirname, stdio: ['pipe', 'pipe', 'inherit'] });
  const [line] = await once(facade.stdout, 'data');
  const ports = JSON.parse(line.toString().split('\n')[0]);
  url = `http://127.0.0.1:${ports.http}`;
  connection = new Connection(url, { commitment: 'confirmed', wsEndpoint: `ws://127.0.0.1:${ports.ws}` });
  const sig = await connection.requestAirdrop(payer.publicKey, 10 * LAMPORTS_PER_SOL);
  await connection.confirmTransaction({ signature: sig, ...(await connection.getLatestBlockhash()) });
});

after(() => { facade.stdin.end(); facade.kill('SIGTERM'); });

const rpc = async (body) => (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();

test('reports its version, health, slot and block height', async () => {
  assert.ok((await connection.getVersion())['solana-core']);
  assert.equal((await rpc({ jsonrpc: '2.0', id: 1, method: 'getHealth' })).result, 'ok');
  assert.ok((await connection.getSlot()) > 0);
  assert.ok((await connection.getBlockHeight()) > 0);
});

test('hands out a blockhash with its last valid block height, and says when it is valid', async () => {
  const { blockhash, lastValidBlockHeight } = await connection.getLatestBlockhash();
  assert.ok(lastValidBlockHeight > (await connection.getBlockHeight()));
  assert.equal((await connection.isBlockhashValid(blockhash)).value, true);
});

for (const [name, program] of [['SPL Token', TOKEN_PROGRAM_ID], ['Token-2022', TOKEN_2022_PROGRAM_ID]]) {
  test(`creates, mints and burns a ${name} mint through sendAndConfirmTransaction`, async () => {
    const mint = await createMint(connection, payer, payer.publicKey, null, 6, Keypair.generate(), undefined, program);
    const ata = await getOrCreateAssociatedTokenAccount(connection, payer, mint, payer.publicKey, false, undefined, undefined, program);
    await mintTo(connection, payer, mint, ata.address, payer, 1_000_000n, [], undefined, program);
    await burn(connection, payer, ata.address, mint, payer, 250_000n, [], undefined, program);
    assert.equal((await getMint(connection, mint, undefined, program)).supply, 750_000n);
    assert.equal((await connection.getTokenAccountBalance(ata.address)).value.amount, '750000');
  });
}

test('lists signatures newest first and returns the transaction with balances and logs', async () => {
  const to = Keypair.generate().publicKey;
  const tx = new Transaction().add(ComputeBudgetProgram.setComputeUnitPrice({ microLamports: 7 }),
    SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: 1_000_000 }));
  const signature = await sendAndConfirmTransaction(connection, tx, [payer]);
  const listed = await connection.getSignaturesForAddress(to);
  assert.equal(listed[0].signature, signature);
  const got = await connection.getTransaction(signature, { maxSupportedTransactionVersion: 0, commitment: 'confirmed' });
  const toIndex = got.transaction.message.staticAccountKeys.findIndex((k) => k.equals(to));
  assert.equal(got.meta.postBalances[toIndex] - got.meta.preBalances[toIndex], 1_000_000);
  assert.ok(got.meta.logMessages.length > 0);
  const fees = await connection.getRecentPrioritizationFees({ lockedWritableAccounts: [to] });
  assert.ok(fees.some((f) => f.prioritizationFee === 7));
});

test('answers a failed preflight with the real error shape', async () => {
  const tx = new Transaction().add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 1000 * LAMPORTS_PER_SOL }));
  await assert.rejects(sendAndConfirmTransaction(connection, tx, [payer]), (e) => e instanceof SendTransactionError && /custom program error: 0x1|Custom/.test(e.message + JSON.stringify(e.transactionError ?? '')));
});

test('simulates without changing state', async () => {
  const before = await connection.getBalance(payer.publicKey);
  const tx = new Transaction().add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: Keypair.generate().publicKey, lamports: 1_000_000 }));
  tx.recentBlockhash = (await connection.getLatestBlockhash()).blockhash;
  tx.feePayer = payer.publicKey;
  const sim = await connection.simulateTransaction(tx, [payer]);
  assert.equal(sim.value.err, null);
  assert.ok(sim.value.unitsConsumed > 0);
  assert.equal(await connection.getBalance(payer.publicKey), before);
});

test('delivers account, logs and slot notifications over the WebSocket', async () => {
  const to = Keypair.generate().publicKey;
  const account = new Promise((resolve) => { const id = connection.onAccountChange(to, (info) => { connection.removeAccountChangeListener(id); resolve(info); }); });
  const logs = new Promise((resolve) => { const id = connection.onLogs(to, (l) => { connection.removeOnLogsListener(id); resolve(l); }); });
  const slotSeen = new Promise((resolve) => { const id = connection.onSlotChange((s) => { connection.removeSlotChangeListener(id); resolve(s); }); });
  await new Promise((r) => setTimeout(r, 300));
  const signature = await sendAndConfirmTransaction(connection,
    new Transaction().add(SystemProgram.transfer({ fromPubkey: payer.publicKey, toPubkey: to, lamports: 2_000_000 })), [payer]);
  assert.equal((await account).lamports, 2_000_000);
  assert.equal((await logs).signature, signature);
  assert.ok((await slotSeen).slot > 0);
});

test('answers batch requests and getMultipleAccounts with null for missing accounts', async () => {
  const batch = await rpc([{ jsonrpc: '2.0', id: 1, method: 'getSlot' }, { jsonrpc: '2.0', id: 2, method: 'getBalance', params: [payer.publicKey.toBase58()] }]);
  assert.deepEqual(batch.map((r) => r.id), [1, 2]);
  const infos = await connection.getMultipleAccountsInfo([payer.publicKey, Keypair.generate().publicKey]);
  assert.ok(infos[0].lamports > 0);
  assert.equal(infos[1], null);
});

test('finds program accounts by memcmp', async () => {
  const owner = Keypair.generate().publicKey;
  const marker = Keypair.generate().publicKey;
  const data = Buffer.alloc(64); marker.toBuffer().copy(data, 16);
  await rpc({ jsonrpc: '2.0', id: 1, method: 'litesvm_setAccount', params: [{ pubkey: Keypair.generate().publicKey.toBase58(), lamports: 1_000_000, owner: owner.toBase58(), data: data.toString('base64') }] });
  const found = await connection.getProgramAccounts(owner, { filters: [{ memcmp: { offset: 16, bytes: marker.toBase58() } }] });
  assert.equal(found.length, 1);
  assert.ok(found[0].account.data.subarray(16, 48).equals(marker.toBuffer()));
});

test('rejects an unknown method the way a validator does', async () => {
  assert.equal((await rpc({ jsonrpc: '2.0', id: 9, method: 'noSuchMethod' })).error.code, -32601);
});
