// The servers the benchmark loads, each started as its own process on a free port and stopped
// after its run, and how to count the rows each one stored.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { openPglite } from '../dist/db/pglite.js';
import { c15tConsent, receipt, TEXTS, TEXTS_HASH } from './bodies.mjs';
import { C15T_BASE_PATH } from './c15t-server.mjs';

const bin = fileURLToPath(new URL('../bin/tamis-collector.mjs', import.meta.url));
const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/**
 * name: the row label; engine: what stores the rows; body(): a fresh request body; table: where
 * its rows land; launch(port, env): the command line.
 */
export const TARGETS = {
  postgres: {
    name: 'tamis-collector, PostgreSQL 15',
    path: '/v1/sites/demo/receipts',
    body: receipt,
    table: 'receipt',
    launch: (port, dir) => [bin, '--port', String(port), '--rate-limit', '0', '--data', dir],
  },
  pglite: {
    name: 'tamis-collector, PGlite (embedded)',
    pglite: true,
    path: '/v1/sites/demo/receipts',
    body: receipt,
    table: 'receipt',
    launch: (port, dir) => [bin, '--port', String(port), '--rate-limit', '0', '--data', dir],
  },
  c15t: {
    name: '@c15t/backend 2.2.1 (Kysely + pg), PostgreSQL 15',
    path: `${C15T_BASE_PATH}/subjects`,
    body: c15tConsent,
    table: 'consent',
    launch: () => [here('c15t-server.mjs')],
  },
  'c15t-pglite': {
    name: '@c15t/backend 2.2.1 (Kysely), PGlite (embedded)',
    pglite: true,
    path: `${C15T_BASE_PATH}/subjects`,
    body: c15tConsent,
    table: 'consent',
    launch: () => [here('c15t-server.mjs')],
  },
  naive: {
    name: 'naive insert per request, PostgreSQL 15',
    path: '/',
    body: receipt,
    table: 'naive_receipt',
    launch: () => [here('naive-server.mjs')],
  },
};

async function waitReady(url, body, gone) {
  let last = 'no answer';
  for (const end = Date.now() + 120_000; Date.now() < end && !gone(); await new Promise((r) => setTimeout(r, 200))) {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body()) });
      if (res.status < 300) return;
      last = `${res.status} ${await res.text()}`;
    } catch (error) {
      last = error.message;
    }
  }
  throw new Error(`${url} did not store a first request within 120 s: ${last}`);
}

/**
 * Starts a target on `port` (a fresh PGlite folder, or the given empty PostgreSQL database),
 * waits until it stored one request, and returns its URL, `stop()` and `countRows()`.
 * @param {keyof typeof TARGETS} key
 * @param {{ port: number, databaseUrl?: string }} options
 */
export async function startTarget(key, { port, databaseUrl }) {
  const target = TARGETS[key];
  const dir = mkdtempSync(join(tmpdir(), 'tamis-bench-'));
  // tamis-collector keeps its PGlite files in DIR/pglite; the c15t launcher is told the same folder.
  const pgliteUrl = key.startsWith('c15t') ? `pglite:${join(dir, 'pglite')}` : '';
  const env = { ...process.env, PORT: String(port), DATABASE_URL: target.pglite ? pgliteUrl : databaseUrl, TAMIS_COLLECTOR_TOKEN: 'bench' };
  const child = spawn(process.execPath, target.launch(port, dir), { env, stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.resume();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}${target.path}`;
  await Promise.race([
    waitReady(url, target.body, () => child.exitCode !== null),
    exited.then((code) => Promise.reject(new Error(`${target.name} exited with code ${code} before it answered`))),
  ]);
  if (key == 'postgres' || key == 'pglite') {
    await fetch(url.replace(/receipts$/, `texts/${TEXTS_HASH}`), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: TEXTS });
  }
  return {
    url,
    body: () => JSON.stringify(target.body()),
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
    // Counted after the server stopped (PGlite's files are read once it closed them). The request
    // that proved the target was up is one stored row too.
    countRows: async () => {
      let n;
      if (target.pglite) {
        const db = await openPglite(join(dir, 'pglite'));
        n = (await db.query(`SELECT count(*)::int AS n FROM "${target.table}"`))[0].n;
        await db.close();
      } else {
        const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
        n = (await sql.unsafe(`SELECT count(*)::int AS n FROM "${target.table}"`))[0].n;
        await sql.end();
      }
      rmSync(dir, { recursive: true, force: true });
      return n - 1;
    },
  };
}
