// The benchmark's peer: the launcher must start @c15t/backend on a throwaway PostgreSQL, create its
// schema, and store what it acknowledges, or the side-by-side figures compare against errors.
// (The PGlite variant takes too long to start for this suite: the bench's own check covers it,
// exiting 1 when a target answers no 2xx or stores fewer rows than it acknowledged.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import postgres from 'postgres';
import { startTarget } from '../bench/targets.mjs';
import { c15tConsent, receipt } from '../bench/bodies.mjs';
import { freePort, startPostgres } from './helpers/postgres.mjs';

let pg;
before(async () => (pg = await startPostgres()));
after(() => pg?.remove());

describe('@c15t/backend launcher (collector/bench/c15t-server.mjs)', () => {
  it('starts c15t on PostgreSQL and stores one consent row per acknowledged request', { timeout: 120_000 }, async () => {
    const databaseUrl = await pg.createDb('c15t_smoke');
    const target = await startTarget('c15t', { port: await freePort(), databaseUrl });
    const sent = Array.from({ length: 20 }, () => receipt());
    try {
      for (const r of sent) {
        const res = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(c15tConsent(r)) });
        assert.equal(res.status, 200, await res.text());
      }
    } finally {
      await target.stop();
    }
    assert.equal(await target.countRows(), sent.length);

    // The same content as the receipt reached c15t's consent table.
    const sql = postgres(databaseUrl, { max: 1 });
    try {
      const [row] = await sql`SELECT metadata, "consentAction", "givenAt" FROM consent WHERE metadata->'json'->>'consentId' = ${sent[0].id}`;
      assert.ok(row, 'the first receipt is stored under its consent id');
      assert.equal(row.metadata.json.textsHash, sent[0].textsHash);
      assert.equal(row.consentAction, 'custom');
      assert.equal(row.givenAt.toISOString(), sent[0].date);
    } finally {
      await sql.end();
    }
  });

  it('fails loudly when c15t cannot reach its database', { timeout: 120_000 }, async () => {
    const databaseUrl = `postgres://postgres@127.0.0.1:${await freePort()}/nowhere`;
    await assert.rejects(startTarget('c15t', { port: await freePort(), databaseUrl }), /exited with code [1-9]/);
  });
});
