// Tamper evidence (daily digest chain) and retention, on PGlite in memory.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { digestClosedDays, verifyChain } from '../dist/digest.js';
import { purgeExpired } from '../dist/retention.js';
import { receipt, startCollector } from './helpers/collector.mjs';

const config = {
  sites: {
    keep: { origins: ['https://shop.example'], retentionMonths: 60 },
    short: { origins: ['https://shop.example'], retentionMonths: 12 },
    archive: { origins: ['https://shop.example'] },
  },
};
const NOW = Date.parse('2026-12-04T12:00:00Z');

let server, db;
before(async () => {
  server = await startCollector({ config });
  db = server.collector.context.db;
});
after(() => server?.close());

/** Posts receipts decided at `date` and pretends they reached the collector then. */
async function receivedOn(site, date, count = 3, overrides = {}) {
  const rs = Array.from({ length: count }, (_, i) => receipt({ date: new Date(Date.parse(date) + i * 1000).toISOString(), ...overrides }));
  for (const r of rs) assert.equal((await server.post(site, r)).status, 201);
  // received_at is the server's clock: move it to the decision time to build past days.
  for (const r of rs) await db.query('UPDATE receipt SET received_at = decided_at WHERE site_id = $1 AND consent_id = $2', [site, r.id]);
  return rs;
}

describe('daily digest chain', () => {
  it('digests each closed day, chained, and verify finds it intact', async () => {
    await receivedOn('keep', '2026-11-01T09:00:00Z');
    await receivedOn('keep', '2026-11-02T09:00:00Z');
    await receivedOn('keep', '2026-11-05T09:00:00Z');
    assert.equal(await digestClosedDays(db, 'keep', NOW), 3);
    assert.equal(await digestClosedDays(db, 'keep', NOW), 0, 'a closed day is digested once');
    const rows = await db.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day, digest, previous, receipts FROM daily_digest WHERE site_id = 'keep' ORDER BY day`);
    assert.deepEqual(rows.map((r) => r.day), ['2026-11-01', '2026-11-02', '2026-11-05']);
    assert.equal(rows[1].previous, rows[0].digest);
    assert.equal(rows[2].previous, rows[1].digest);
    assert.deepEqual(await verifyChain(db, 'keep'), { ok: true, days: 3, lastGood: '2026-11-05' });
  });

  it('names the first day whose receipts were changed, deleted or added', async () => {
    const [victim] = await db.query(`SELECT consent_id FROM receipt WHERE site_id = 'keep' AND received_at::date = '2026-11-02' LIMIT 1`);
    await db.query(`UPDATE receipt SET body = replace(body::text, '"analytics":true', '"analytics":false')::json WHERE site_id = 'keep' AND consent_id = $1`, [victim.consent_id]);
    let result = await verifyChain(db, 'keep');
    assert.equal(result.ok, false);
    assert.equal(result.failure.day, '2026-11-02');
    assert.equal(result.lastGood, '2026-11-01');
    await db.query(`UPDATE receipt SET body = replace(body::text, '"analytics":false', '"analytics":true')::json WHERE site_id = 'keep' AND consent_id = $1`, [victim.consent_id]);
    assert.equal((await verifyChain(db, 'keep')).ok, true, 'restored: the chain is whole again');

    await db.query(`DELETE FROM receipt WHERE site_id = 'keep' AND consent_id = $1`, [victim.consent_id]);
    result = await verifyChain(db, 'keep');
    assert.equal(result.failure.day, '2026-11-02');
    assert.match(result.failure.reason, /2 stored now, 3 when the day closed/);
  });

  it('catches receipts slipped into a closed day that had none', async () => {
    const server2 = await startCollector({ config: { sites: { other: { origins: [] } } }, db });
    try {
      const early = receipt({ date: '2026-10-01T10:00:00Z' });
      const late = receipt({ date: '2026-10-09T10:00:00Z' });
      for (const r of [early, late]) await fetch(`${server2.url}/v1/sites/other/receipts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(r) });
      await db.query(`UPDATE receipt SET received_at = decided_at WHERE site_id = 'other'`);
      await digestClosedDays(db, 'other', NOW);
      const forged = receipt({ date: '2026-10-05T10:00:00Z' });
      await fetch(`${server2.url}/v1/sites/other/receipts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(forged) });
      await db.query(`UPDATE receipt SET received_at = decided_at WHERE site_id = 'other' AND consent_id = $1`, [forged.id]);
      const result = await verifyChain(db, 'other');
      assert.equal(result.ok, false);
      assert.deepEqual(result.failure, { day: '2026-10-05', reason: 'receipts on a closed day that had none' });
      assert.equal(result.lastGood, '2026-10-01');
    } finally {
      await server2.close();
    }
  });
});

describe('retention', () => {
  it('drops whole months once past the longest retention after expires, and never before expires', async () => {
    const old = await receivedOn('archive', '2020-01-10T09:00:00Z', 2);
    const recent = await receivedOn('archive', '2026-11-20T09:00:00Z', 1);
    await digestClosedDays(db, 'archive', NOW);
    const { dropped } = await purgeExpired(db, server.collector.context.partitions, server.collector.context.config, NOW);
    assert.deepEqual(dropped, ['receipt_p2020_01']);
    const left = new Set((await db.query(`SELECT consent_id FROM receipt WHERE site_id = 'archive'`)).map((r) => r.consent_id));
    assert.ok(old.every((r) => !left.has(r.id)));
    assert.ok(recent.every((r) => left.has(r.id)));
    const [day] = await db.query(`SELECT purged_at FROM daily_digest WHERE site_id = 'archive' AND day = '2020-01-10'`);
    assert.ok(day.purged_at, 'the digest of a purged day is kept, marked purged');
    assert.equal((await verifyChain(db, 'archive')).ok, true);
  });

  it('purges a site with a shorter retention day by day, from expires, and verify still passes', async () => {
    const expired = await receivedOn('short', '2024-06-01T09:00:00Z', 2); // expires 2024-11-28: + 12 months < now
    const kept = await receivedOn('short', '2025-11-01T09:00:00Z', 2, {}); // expires 2026-04-30: + 12 months > now
    await digestClosedDays(db, 'short', NOW);
    const { deleted } = await purgeExpired(db, server.collector.context.partitions, server.collector.context.config, NOW);
    assert.equal(deleted, 2);
    const left = new Set((await db.query(`SELECT consent_id FROM receipt WHERE site_id = 'short'`)).map((r) => r.consent_id));
    assert.ok(expired.every((r) => !left.has(r.id)));
    assert.ok(kept.every((r) => left.has(r.id)));
    assert.equal((await verifyChain(db, 'short')).ok, true);
  });
});

describe('schema', () => {
  it('is Citus-ready: site_id leads every key; no sequence, foreign key or trigger', async () => {
    const keys = await db.query(`
      SELECT c.conrelid::regclass::text AS "table", c.conname AS name, a.attname AS first
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype IN ('p', 'u') AND c.conrelid::regclass::text IN ('receipt', 'text_version', 'daily_digest')`);
    assert.equal(keys.length, 3);
    for (const key of keys) assert.equal(key.first, 'site_id', `${key.table}.${key.name}`);
    const foreign = await db.query(`SELECT 1 FROM pg_constraint WHERE contype = 'f'`);
    assert.equal(foreign.length, 0);
    const sequences = await db.query(`SELECT 1 FROM pg_class WHERE relkind = 'S'`);
    assert.equal(sequences.length, 0);
    const triggers = await db.query(`SELECT 1 FROM pg_trigger WHERE NOT tgisinternal`);
    assert.equal(triggers.length, 0);
  });
});
