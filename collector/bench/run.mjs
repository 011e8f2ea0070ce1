// npm run bench:collector [-- --duration 60 --connections 64 --targets postgres,pglite,naive]
// Sustained ingest with autocannon (on the same machine as the servers), each target in turn:
// tamis-collector on PostgreSQL, tamis-collector on PGlite, and a naive insert-per-request server
// on the same PostgreSQL as the floor. Reports receipts/s, p50/p99 latency, and 2xx = rows stored.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { openPglite } from '../dist/db/pglite.js';
import { freePort, startPostgres } from '../test/helpers/postgres.mjs';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    targets: { type: 'string', default: 'postgres,pglite,naive' },
    out: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const bin = fileURLToPath(new URL('../bin/tamis-collector.mjs', import.meta.url));

// The texts behind the receipts' textsHash, sent once before the load as the browser would.
const TEXTS = JSON.stringify({ title: 'We use cookies', accept: 'Accept all', reject: 'Reject all' });
const TEXTS_HASH = createHash('sha256').update(TEXTS).digest('hex');
const body = () => {
  const date = new Date(Date.now() - Math.floor(Math.random() * 86_400_000));
  return JSON.stringify({
    id: crypto.randomUUID(),
    revision: 3,
    date: date.toISOString(),
    expires: new Date(date.getTime() + 180 * 86_400_000).toISOString(),
    categories: { necessary: true, analytics: Math.random() < 0.6, advertising: Math.random() < 0.4, social: false },
    vendors: { 'google-analytics': true, 'google-ads': false, youtube: true },
    method: 'custom',
    gpc: false,
    textsHash: TEXTS_HASH,
    url: 'https://shop.example/cart',
    language: 'en',
    version: '0.1.0',
  });
};

function start(args, env) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return child;
}

async function waitReady(url) {
  for (const end = Date.now() + 120_000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body() });
      if (res.status < 300) return;
    } catch {
      // not up yet
    }
  }
  throw new Error(`${url} did not start`);
}

async function load(url) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  return {
    rate: result.requests.average,
    total: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

const stop = (child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));

const pg = await startPostgres();
const results = [];
try {
  for (const target of values.targets.split(',')) {
    const port = await freePort();
    const url = target == 'naive' ? `http://127.0.0.1:${port}/` : `http://127.0.0.1:${port}/v1/sites/demo/receipts`;
    const dir = mkdtempSync(join(tmpdir(), 'tamis-bench-'));
    const databaseUrl = target == 'pglite' ? undefined : await pg.createDb(`bench_${target}`);
    const child =
      target == 'naive'
        ? start([fileURLToPath(new URL('naive-server.mjs', import.meta.url))], { PORT: String(port), DATABASE_URL: databaseUrl })
        : start([bin, '--port', String(port), '--rate-limit', '0', '--data', dir], { DATABASE_URL: databaseUrl ?? '', TAMIS_COLLECTOR_TOKEN: 'bench' });
    child.stdout.resume();
    await waitReady(url);
    if (target != 'naive') await fetch(url.replace(/receipts$/, `texts/${TEXTS_HASH}`), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: TEXTS });
    console.error(`${target}: ${duration} s, ${connections} connections…`);
    const r = await load(url);
    await stop(child);
    // Rows stored, counted after the server stopped (PGlite's files are read once it closed them).
    const table = target == 'naive' ? 'naive_receipt' : 'receipt';
    let rows;
    if (target == 'pglite') {
      const db = await openPglite(join(dir, 'pglite'));
      rows = (await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
      await db.close();
    } else {
      const sql = postgres(databaseUrl, { max: 1 });
      rows = (await sql.unsafe(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
      await sql.end();
    }
    rmSync(dir, { recursive: true, force: true });
    // waitReady stored one receipt before the load: it counts as a row, not as a 2xx of the run.
    results.push({ target, ...r, rows: rows - 1 });
    console.error(JSON.stringify(results.at(-1)));
  }
} finally {
  await pg.remove();
}

const names = { postgres: 'tamis-collector, PostgreSQL 15', pglite: 'tamis-collector, PGlite (embedded)', naive: 'naive insert per request, PostgreSQL 15' };
const table = [
  '| target | receipts/s | p50 ms | p99 ms | 2xx | rows stored | non-2xx | errors |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map((r) => `| ${names[r.target]} | ${Math.round(r.rate)} | ${r.p50} | ${r.p99} | ${r.total} | ${r.rows} | ${r.non2xx} | ${r.errors} |`),
].join('\n');
console.log(`${duration} s per target, ${connections} connections, load generator on the same machine\n\n${table}`);
if (values.out) writeFileSync(values.out, table + '\n');
