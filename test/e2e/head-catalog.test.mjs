// The vendor table of dist/tamis.js (scripts/rollup-head-catalog.mjs, src/head-catalog.ts): generated
// from vendors/ at build time, it must give back every vendor's id, purpose and URL patterns, and
// nothing shown to people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { encodeCatalog, loadCatalog, shorten } from '../../scripts/rollup-head-catalog.mjs';

const root = new URL('../../', import.meta.url);
const catalog = await loadCatalog(new URL('vendors/index.ts', root).pathname);
const { outputFiles } = await build({ entryPoints: [new URL('src/head-catalog.ts', root).pathname], bundle: true, format: 'esm', write: false, logLevel: 'error' });
const { decodeCatalog } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
// The order of a vendor's patterns does not matter to matching (the encoder puts first the one its id derives from).
const blocking = (v) => ({ id: v.id, purpose: v.purpose, urls: v.urls.map(String).sort() });

test('the head table decodes to every catalog vendor with its id, purpose and URL patterns', () => {
  const { table, regexps } = encodeCatalog(catalog);
  const decoded = decodeCatalog(table, regexps);
  const byId = (list) => Object.fromEntries(list.map((v) => [v.id, blocking(v)]));
  assert.deepEqual(byId(decoded), byId(catalog));
  assert.ok(decoded.every((v) => Array.isArray(v.cookies) && v.cookies.length == 0 && !('name' in v)));
  // The host a RegExp is anchored on comes with it (the head indexes it there without parsing its source).
  const hosts = Object.fromEntries(decoded.flatMap((v) => v.urls.filter((u) => u instanceof RegExp).map((u) => [v.id + ' ' + u, u.host])));
  assert.equal(hosts[`google-analytics ${catalog.find((v) => v.id == 'google-analytics').urls.find((u) => u instanceof RegExp)}`], 'www.googletagmanager.com');
  assert.equal(Object.entries(hosts).find(([k]) => k.startsWith('matomo '))?.[1], undefined);
  assert.ok(Object.values(hosts).filter(Boolean).length >= 5, JSON.stringify(hosts));
});

test('a vendor file added to the catalog flows into the table with no other edit', () => {
  const extra = { id: 'acme-pixel', name: 'Acme', company: 'Acme', purpose: 'pixels', policyUrl: 'x', cookies: [], urls: ['px.acme.example', /^t\.acme\.example\/c\?/] };
  const plain = { id: 'acme', name: 'Acme', company: 'Acme', purpose: 'social', policyUrl: 'x', cookies: [], urls: ['embed.acme.example/v'] };
  // The id derives from its second host; `.com` hosts of one label, with or without a path, are
  // shortened to the label, other `.com` hosts lose `com`.
  const dotcom = { id: 'widgetco', name: 'W', company: 'W', purpose: 'social', policyUrl: 'x', cookies: [], urls: ['cdn.wdgt.io', 'widgetco.com', 'widgetco.com/embed', 'api.widgetco.com/v1'] };
  const { table, regexps } = encodeCatalog([...catalog, extra, plain, dotcom]);
  assert.ok(table.includes(", widgetco cdn.wdgt.io widgetco/embed api.widgetco./v1"), table);
  const decoded = decodeCatalog(table, regexps);
  assert.deepEqual(blocking(decoded.find((v) => v.id == 'acme-pixel')), blocking(extra));
  assert.deepEqual(blocking(decoded.find((v) => v.id == 'acme')), blocking(plain));
  assert.deepEqual(blocking(decoded.find((v) => v.id == 'widgetco')), blocking(dotcom));
});

test('dist/tamis.js carries every catalog id and URL and no vendor name, company or cookie', () => {
  const head = readFileSync(new URL('dist/tamis.js', root), 'utf8');
  // The table as encoded (`.com` hosts shortened), which the tests above decode.
  assert.ok(head.includes(JSON.stringify(encodeCatalog(catalog).table)), 'the encoded table');
  for (const v of catalog) {
    for (const u of v.urls) if (typeof u == 'string') assert.ok(head.includes(shorten(u)), `${v.id}: ${u}`);
    for (const c of v.cookies) if (typeof c.name == 'string' && c.name.length > 4) assert.ok(!head.includes(`"${c.name}"`), `${v.id}: cookie ${c.name}`);
    assert.ok(!head.includes(v.company), `${v.id}: company`);
  }
});

test('the encoder refuses a URL pattern whose host ends in a dot (the table uses that for `.com`)', () => {
  const dotted = { id: 'dotted', name: 'D', company: 'D', purpose: 'social', policyUrl: 'x', cookies: [], urls: ['cdn.dotted.example./x'] };
  assert.throws(() => encodeCatalog([dotted]), /vendors\/dotted: URL pattern "cdn\.dotted\.example\.\/x" has a host that ends in a dot/);
});
