// Faults on a real PostgreSQL: a collector SIGKILLed under load, the database going away and
// coming back, two collectors sharing one database.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestClosedDays } from '../dist/digest.js';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { receipt, startCollector } from './helpers/collector.mjs';
import { freePort, startPostgres } from './helpers/postgres.mjs';

const bin = fileURLToPath(new URL('../bin/tamis-collector.mjs', import.meta.url));

let pg;
before(async () => {
  pg = await startPostgres();
});
after(() => pg?.remove());

/** Polls `check` until it returns true (no fixed sleeps: the machine may be loaded). */
async function until(check, what, timeout = 60_000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('collector faults on PostgreSQL', () => {
  it('loses no acknowledged receipt when the collector is SIGKILLed during a load run', async () => {
    const url = await pg.createDb();
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'tamis-kill-'));
    const child = spawn(process.execPath, [bin, '--port', String(port), '--rate-limit', '0', '--data', dataDir], {
      env: { ...process.env, DATABASE_URL: url, TAMIS_COLLECTOR_TOKEN: 't' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const base = `http://127.0.0.1:${port}`;
    await until(async () => (await fetch(`${base}/healthz`)).ok, 'the collector to start');
    const acked = [];
    let sent = 0;
    let killed = false;
    const worker = async () => {
      while (!killed) {
        const r = receipt();
        sent++;
        try {
          const res = await fetch(`${base}/v1/sites/demo/receipts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(r) });
          if (res.status == 201) acked.push(r.id);
          else if (!killed) assert.fail(`unexpected ${res.status}`);
        } catch {
          // the connection died with the collector: not acknowledged, the browser would retry it
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    await until(async () => acked.length >= 400, '400 acknowledged receipts');
    killed = true;
    child.kill('SIGKILL');
    await Promise.all(workers);
    await exited;
    const sql = postgres(url, { max: 1 });
    try {
      const rows = await sql`SELECT consent_id FROM receipt WHERE site_id = 'demo'`;
      const stored = new Set(rows.map((row) => row.consent_id));
      const lost = acked.filter((id) => !stored.has(id));
      assert.deepEqual(lost, [], `${lost.length} of ${acked.length} acknowledged receipts lost`);
      assert.ok(stored.size >= acked.length);
      assert.ok(stored.size <= sent);
    } finally {
      await sql.end();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('stores one row when two collectors on one database get the same receipt at once', async () => {
    const url = await pg.createDb();
    const a = await startCollector({ databaseUrl: url });
    const b = await startCollector({ databaseUrl: url });
    try {
      const receipts = Array.from({ length: 30 }, () => receipt());
      const answers = await Promise.all(receipts.flatMap((r) => [a.post('shop', r), b.post('shop', r)]));
      for (let i = 0; i < answers.length; i += 2)
        assert.deepEqual([answers[i].status, answers[i + 1].status].sort(), [200, 201], `receipt ${i / 2}`);
      const rows = await a.collector.context.db.query(`SELECT count(*)::int AS n FROM receipt WHERE site_id = 'shop'`);
      assert.equal(rows[0].n, 30);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('answers 503 while the database is away and recovers by itself when it returns', async () => {
    const server = await startCollector({ databaseUrl: await pg.createDb() });
    try {
      assert.equal((await server.post('shop', receipt())).status, 201);
      await pg.stop();
      const down = await server.post('shop', receipt());
      assert.equal(down.status, 503);
      assert.equal(down.headers.get('retry-after'), '5');
      assert.match((await down.json()).error, /database unavailable/);
      assert.equal((await fetch(`${server.url}/healthz`)).status, 503);
      assert.ok(server.logs.some((line) => line.startsWith('503 POST')));
      await pg.start();
      const r = receipt();
      await until(async () => [200, 201].includes((await server.post('shop', r)).status), 'a 2xx after the database returned');
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
      assert.equal((await server.admin(`/v1/sites/shop/consents/${r.id}`)).status, 200);
      assert.ok(!server.logs.some((line) => line.startsWith('500')), server.logs.join('\n'));
    } finally {
      await server.close();
    }
  });

  it('tamis-collector verify --site recomputes the chain and names the first day that does not match', async () => {
    const url = await pg.createDb();
    const server = await startCollector({ databaseUrl: url });
    const db = server.collector.context.db;
    try {
      for (const date of ['2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z', '2026-11-03T10:00:00Z']) assert.equal((await server.post('shop', receipt({ date }))).status, 201);
      await db.query('UPDATE receipt SET received_at = decided_at');
      assert.equal(await digestClosedDays(db, 'shop'), 3);
      const verify = () =>
        promisify(execFile)(process.execPath, [bin, 'verify', '--site', 'shop'], { env: { ...process.env, DATABASE_URL: url } }).then(
          ({ stdout }) => ({ code: 0, out: stdout }),
          (error) => ({ code: error.code, out: error.stderr }),
        );
      let result = await verify();
      assert.equal(result.code, 0, result.out);
      assert.match(result.out, /site shop: 3 closed days verified, chain intact through 2026-11-03/);
      await db.query(`UPDATE receipt SET body = replace(body::text, '"custom"', '"accept-all"')::json WHERE received_at::date = '2026-11-02'`);
      result = await verify();
      assert.equal(result.code, 1);
      assert.match(result.out, /site shop: 2026-11-02 does not match: receipts changed .*\(intact through 2026-11-01\)/);
    } finally {
      await server.close();
    }
  });
});
