// The HTTP API, as a spec: run against PGlite (api-pglite.test.mjs) and PostgreSQL (api-postgres.test.mjs).
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { exportAll, receipt, startCollector } from './helpers/collector.mjs';

/** @param {string} engine @param {() => Promise<string | undefined>} databaseUrl a fresh database per call */
export function apiSuite(engine, databaseUrl) {
  describe(`collector API on ${engine}`, () => {
    let server;
    before(async () => {
      server = await startCollector({ databaseUrl: await databaseUrl() });
    });
    after(() => server?.close());

    it('answers /healthz when the database answers', async () => {
      const res = await server.post('shop', {}).then(() => fetch(`${server.url}/healthz`));
      assert.equal(res.status, 200);
      assert.equal((await res.json()).ok, true);
    });

    it('stores a receipt once: 201, then 200 for the same id + date', async () => {
      const r = receipt();
      const first = await server.post('shop', r);
      assert.equal(first.status, 201);
      assert.equal((await first.json()).status, 'stored');
      assert.equal(first.headers.get('access-control-allow-origin'), 'https://shop.example');
      const again = await server.post('shop', r);
      assert.equal(again.status, 200);
      assert.equal((await again.json()).status, 'duplicate');
      const rows = (await exportAll(server, 'shop')).filter((row) => row.id == r.id);
      assert.equal(rows.length, 1);
    });

    it('stores one row for duplicates sent at the same moment', async () => {
      const r = receipt();
      const answers = await Promise.all(Array.from({ length: 10 }, () => server.post('shop', r)));
      assert.deepEqual(answers.map((a) => a.status).sort(), [200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
      assert.equal((await exportAll(server, 'shop')).filter((row) => row.id == r.id).length, 1);
    });

    it('keeps a second decision of the same consent id (another date) as its own receipt', async () => {
      const r = receipt();
      await server.post('shop', r);
      const later = { ...r, date: new Date(Date.parse(r.date) + 5000).toISOString(), method: 'reject-all' };
      assert.equal((await server.post('shop', later)).status, 201);
    });

    it('accepts text/plain bodies (no CORS preflight needed)', async () => {
      const res = await server.post('shop', receipt(), { headers: { 'content-type': 'text/plain;charset=UTF-8' } });
      assert.equal(res.status, 201);
    });

    it('refuses bad input with 400 naming the field, and stores none of it', async () => {
      const before = (await exportAll(server, 'shop')).length;
      const cases = [
        ['{"id": "x", ', /^body: not JSON/],
        [JSON.stringify(receipt({ gpc: 'yes' })), /^gpc: must be boolean/],
        [JSON.stringify(receipt({ categories: { necessary: true, tracking: true } })), /^categories: unknown purpose "tracking"/],
        [JSON.stringify(receipt({ date: 'yesterday' })), /^date: must match format "date-time"/],
        [JSON.stringify(receipt({ date: '2026-02-30T10:00:00Z' })), /^date: /],
        [JSON.stringify({ ...receipt(), expires: new Date(Date.now() + 400 * 86_400_000).toISOString() }), /^expires: more than 13 months after date/],
        [JSON.stringify({ ...receipt(), expires: new Date(Date.now() - 400 * 86_400_000).toISOString() }), /^expires: before date/],
        [JSON.stringify(receipt({ method: 'maybe' })), /^method: must be one of/],
        [JSON.stringify(receipt({ ip: '203.0.113.9' })), /^ip: not a receipt field/],
        [JSON.stringify((({ id: _id, ...rest }) => rest)(receipt())), /^id: missing/],
        ['[]', /must be object/],
      ];
      for (const [body, message] of cases) {
        const res = await server.post('shop', body);
        assert.equal(res.status, 400, body);
        const { error } = await res.json();
        assert.match(error, message, body);
        assert.ok(server.logs.some((line) => line.startsWith('400 POST /v1/sites/shop/receipts') && line.includes(error)), `log line for ${error}`);
      }
      assert.equal((await exportAll(server, 'shop')).length, before);
    });

    it('answers 404 for an unknown site, 403 for an origin the site does not allow, 415 for other content types', async () => {
      assert.equal((await server.post('nope', receipt())).status, 404);
      const foreign = await server.post('shop', receipt(), { headers: { origin: 'https://evil.example' } });
      assert.equal(foreign.status, 403);
      assert.match((await foreign.json()).error, /origin https:\/\/evil\.example is not allowed/);
      assert.equal((await server.post('blog', receipt())).status, 403, 'shop.example may not write for blog');
      const form = await server.post('shop', 'a=1', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      assert.equal(form.status, 415);
    });

    it('answers the CORS preflight of allowed origins with Max-Age', async () => {
      const ok = await fetch(`${server.url}/v1/sites/shop/receipts`, {
        method: 'OPTIONS',
        headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-site-key' },
      });
      assert.equal(ok.status, 204);
      assert.equal(ok.headers.get('access-control-allow-origin'), 'https://shop.example');
      assert.match(ok.headers.get('access-control-allow-methods'), /POST/);
      assert.equal(ok.headers.get('access-control-allow-headers'), 'content-type,x-site-key');
      assert.equal(ok.headers.get('access-control-max-age'), '7200');
      const refused = await fetch(`${server.url}/v1/sites/shop/receipts`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
      assert.equal(refused.status, 403);
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
    });

    it('answers 413 to a 10 MB body and stays up', async () => {
      const huge = JSON.stringify(receipt({ vendors: { big: true }, version: 'x'.repeat(10 * 1024 * 1024) }));
      const res = await server.post('shop', huge);
      assert.equal(res.status, 413);
      assert.match((await res.json()).error, /over 16 KiB/);
      assert.equal((await server.post('shop', receipt())).status, 201);
    });

    it('keeps the admin endpoints behind the token (401)', async () => {
      for (const path of ['/v1/sites/shop/receipts', '/v1/sites/shop/stats', '/v1/sites/shop/consents/x', '/v1/sites']) {
        assert.equal((await fetch(server.url + path)).status, 401, path);
        assert.equal((await server.admin(path, 'wrong')).status, 401, path);
      }
      assert.equal((await server.admin('/v1/sites')).status, 200);
    });

    it('exports NDJSON as received plus receivedAt, filtered on the receipt date', async () => {
      const old = receipt({ date: '2026-01-15T10:00:00.000Z', id: crypto.randomUUID() });
      const res = await server.post('shop', old);
      assert.equal(res.status, 201);
      const exported = await exportAll(server, 'shop', '?from=2026-01-15T00:00:00Z&to=2026-01-16T00:00:00Z');
      assert.equal(exported.length, 1);
      const { receivedAt, ...rest } = exported[0];
      assert.deepEqual(rest, old);
      assert.ok(Date.now() - Date.parse(receivedAt) < 600_000);
      const head = await server.admin('/v1/sites/shop/receipts');
      assert.match(head.headers.get('content-type'), /application\/x-ndjson/);
      await head.text();
      const bad = await server.admin('/v1/sites/shop/receipts?from=soon');
      assert.equal(bad.status, 400);
      assert.match((await bad.json()).error, /^from: "soon" is not an ISO 8601 date/);
    });

    it('streams an export larger than one page, in order and complete', async () => {
      const day = '2026-02-10';
      const rs = Array.from({ length: 1100 }, (_, i) => receipt({ date: new Date(Date.parse(`${day}T00:00:00Z`) + i * 1000).toISOString() }));
      for (let i = 0; i < rs.length; i += 100) {
        const answers = await Promise.all(rs.slice(i, i + 100).map((r) => server.post('shop', r)));
        assert.ok(answers.every((a) => a.status == 201));
      }
      const exported = await exportAll(server, 'shop', `?from=${day}T00:00:00Z&to=2026-02-11T00:00:00Z`);
      assert.equal(exported.length, 1100);
      assert.deepEqual(exported.map((r) => r.id), rs.map((r) => r.id));
    });

    it('asks for the texts of an unknown textsHash, checks the hash, and shows them in the consent lookup', async () => {
      const texts = JSON.stringify({ 'banner.title': `We use cookies ${engine}`, 'banner.accept': 'Accept all' });
      const hash = createHash('sha256').update(texts).digest('hex');
      const r = receipt({ textsHash: hash, method: 'accept-all' });
      const res = await server.post('shop', r);
      const answer = await res.json();
      assert.equal(answer.textsUrl, `/v1/sites/shop/texts/${hash}`);

      let lookup = await (await server.admin(`/v1/sites/shop/consents/${r.id}`)).json();
      assert.equal(lookup.receipts[0].textsStatus, 'missing');

      const put = (body, path = answer.textsUrl) =>
        fetch(server.url + path, { method: 'PUT', headers: { 'content-type': 'application/json', origin: 'https://shop.example' }, body });
      const forged = await put(texts.replace('cookies', 'nothing'));
      assert.equal(forged.status, 400);
      assert.match((await forged.json()).error, /^texts: SHA-256 of the body is [0-9a-f]{64}, not /);
      assert.equal((await put(texts)).status, 201);
      assert.equal((await put(texts)).status, 200);

      const next = receipt({ textsHash: hash });
      assert.equal((await (await server.post('shop', next)).json()).textsUrl, undefined, 'known texts are not asked again');

      lookup = await (await server.admin(`/v1/sites/shop/consents/${r.id}`)).json();
      assert.equal(lookup.receipts.length, 1);
      assert.deepEqual(lookup.receipts[0].receipt, r);
      assert.equal(lookup.receipts[0].textsStatus, 'verified');
      assert.deepEqual(lookup.receipts[0].texts, JSON.parse(texts));
    });

    it('lists every receipt of a consent id, oldest first; 404 for an unknown id', async () => {
      const first = receipt({ method: 'accept-all' });
      const withdrawal = { ...first, date: new Date(Date.parse(first.date) + 30_000).toISOString(), method: 'reject-all' };
      await server.post('shop', withdrawal);
      await server.post('shop', first);
      const lookup = await (await server.admin(`/v1/sites/shop/consents/${first.id}`)).json();
      assert.deepEqual(lookup.receipts.map((r) => r.receipt.method), ['accept-all', 'reject-all']);
      assert.equal((await server.admin(`/v1/sites/shop/consents/${crypto.randomUUID()}`)).status, 404);
      assert.equal((await server.admin(`/v1/sites/blog/consents/${first.id}`)).status, 404, 'sites do not see each other');
    });

    it('counts decisions per day by method, purpose and revision', async () => {
      const day = '2026-03-03';
      const at = (h) => `${day}T${String(h).padStart(2, '0')}:00:00.000Z`;
      await server.post('shop', receipt({ date: at(1), method: 'accept-all', categories: { necessary: true, analytics: true, advertising: true } }));
      await server.post('shop', receipt({ date: at(2), method: 'reject-all', categories: { necessary: true, analytics: false, advertising: false } }));
      await server.post('shop', receipt({ date: at(3), method: 'custom', revision: 2, categories: { necessary: true, analytics: true, advertising: false } }));
      const res = await server.admin(`/v1/sites/shop/stats?from=${day}T00:00:00Z&to=2026-03-04T00:00:00Z`);
      assert.equal(res.status, 200);
      const stats = await res.json();
      assert.equal(stats.days.length, 1);
      const [d] = stats.days;
      assert.equal(d.day, day);
      assert.equal(d.total, 3);
      assert.deepEqual(d.methods, { 'accept-all': 1, 'reject-all': 1, custom: 1 });
      assert.deepEqual(d.purposes.analytics, { granted: 2, refused: 1 });
      assert.deepEqual(d.purposes.advertising, { granted: 1, refused: 2 });
      assert.deepEqual(d.revisions, { 1: 2, 2: 1 });
      assert.equal(stats.versions.find((v) => v.revision == '2').total, 1);
    });

    it('limits a flooding client with 429 and one log line', async () => {
      // One receipt a minute: the other eleven, sent at once, are over the rate.
      const limited = await startCollector({ db: server.collector.context.db, config: { sites: { flood: { origins: ['https://shop.example'] } } }, rateLimitPerMinute: 1 });
      try {
        const answers = await Promise.all(Array.from({ length: 12 }, () => limited.post('flood', receipt())));
        const codes = answers.map((a) => a.status);
        assert.equal(codes.filter((c) => c == 201).length, 1);
        assert.equal(codes.filter((c) => c == 429).length, 11);
        assert.equal(answers.find((a) => a.status == 429).headers.get('retry-after'), '60');
        assert.equal(limited.logs.filter((line) => line.startsWith('429')).length, 1);
        assert.equal((await exportAll(limited, 'flood')).length, 1);
      } finally {
        await limited.close();
      }
    });

    it('needs no token for a request without Origin, and never answers 500 to junk paths', async () => {
      const res = await fetch(`${server.url}/v1/sites/shop/receipts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(receipt()) });
      assert.equal(res.status, 201);
      assert.equal((await fetch(`${server.url}/v1/sites/%E0%A4%A/receipts`, { method: 'POST' })).status, 404);
      assert.equal((await fetch(`${server.url}/v1/sites/shop/receipts`, { method: 'DELETE' })).status, 405);
      assert.ok(!server.logs.some((line) => line.startsWith('500')), server.logs.filter((l) => l.startsWith('500')).join('\n'));
    });
  });
}
