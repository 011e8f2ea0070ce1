// The vendor table of dist/tamis.js (scripts/rollup-head-catalog.mjs, src/head-catalog.ts): generated
// from vendors/ at build time, it must give back every vendor's id, purpose and URL patterns, and
// nothing shown to people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { encodeCatalog, loadCatalog } from '../../scripts/rollup-head-catalog.mjs';

const root = new URL('../../', import.meta.url);
const catalog = await loadCatalog(new URL('vendors/index.ts', root).pathname);
const { outputFiles } = await build({ entryPoints: [new URL('src/head-catalog.ts', root).pathname], bundle: true, format: 'esm', write: false, logLevel: 'error' });
const { decodeCatalog } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const blocking = (v) => ({ id: v.id, purpose: v.purpose, urls: v.urls.map(String) });

test('the head table decodes to every catalog vendor with its id, purpose and URL patterns', () => {
  const { table, regexps } = encodeCatalog(catalog);
  const decoded = decodeCatalog(table, regexps);
  const byId = (list) => Object.fromEntries(list.map((v) => [v.id, blocking(v)]));
  assert.deepEqual(byId(decoded), byId(catalog));
  assert.ok(decoded.every((v) => Array.isArray(v.cookies) && v.cookies.length == 0 && !('name' in v)));
});

test('a vendor file added to the catalog flows into the table with no other edit', () => {
  const extra = { id: 'acme-pixel', name: 'Acme', company: 'Acme', purpose: 'pixels', policyUrl: 'x', cookies: [], urls: ['px.acme.example', /^t\.acme\.example\/c\?/] };
  const plain = { id: 'acme', name: 'Acme', company: 'Acme', purpose: 'social', policyUrl: 'x', cookies: [], urls: ['embed.acme.example/v'] };
  const { table, regexps } = encodeCatalog([...catalog, extra, plain]);
  const decoded = decodeCatalog(table, regexps);
  assert.deepEqual(blocking(decoded.find((v) => v.id == 'acme-pixel')), blocking(extra));
  assert.deepEqual(blocking(decoded.find((v) => v.id == 'acme')), blocking(plain));
});

test('dist/tamis.js carries every catalog id and URL and no vendor name, company or cookie', () => {
  const head = readFileSync(new URL('dist/tamis.js', root), 'utf8');
  for (const v of catalog) {
    for (const u of v.urls) if (typeof u == 'string') assert.ok(head.includes(u), `${v.id}: ${u}`);
    for (const c of v.cookies) if (typeof c.name == 'string' && c.name.length > 4) assert.ok(!head.includes(`"${c.name}"`), `${v.id}: cookie ${c.name}`);
    assert.ok(!head.includes(v.company), `${v.id}: company`);
  }
});
