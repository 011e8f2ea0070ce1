// tamis's own acceptance test: the scanner crawls the demo shop (examples/, served as `npm run demo`
// serves it, with the built dist/) and must find nothing sent before consent, nothing after Reject,
// and every vendor the shop's config lists once the visitor accepts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { site, runScan, findings, vendor, repo } from './helpers.mjs';
import { ensureDist } from './dist.mjs';
import { check } from './schema-check.mjs';

const schema = JSON.parse(readFileSync(new URL('../../schema/tamis-scan.v1.schema.json', import.meta.url), 'utf8'));
/** The vendors the demo shop declares, read from its own config file (not copied here). */
const declared = (() => {
  const window = {};
  runInNewContext(readFileSync(`${repo}/examples/assets/tamis-config.js`, 'utf8'), { window });
  return window.tamisConfig.vendors.map((v) => (typeof v === 'string' ? v : v.id));
})();

let shop;
let r;
before(async () => {
  await ensureDist();
  shop = await site('examples');
  r = await runScan([`${shop.url}/`]);
});
after(async () => {
  await shop?.close();
  await r?.cleanup();
});

test('scans every kind of page of the shop, through its tamis banner', () => {
  assert.ok([0, 1].includes(r.code), r.stderr);
  assert.deepEqual(check(schema, r.scan), []);
  assert.equal(r.scan.consentTool, 'tamis');
  const paths = r.scan.pages.map((p) => new URL(p.url).pathname);
  for (const p of ['/', '/products.html', '/product.html', '/cart.html', '/privacy.html']) assert.ok(paths.includes(p), p);
  assert.ok(r.scan.pages.every((p) => p.phases.reject.clicked && p.phases.accept.clicked && !p.phases.before.error));
});

test('zero tracker-before-consent and zero tracker-after-reject', () => {
  assert.deepEqual(findings(r.scan, 'tracker-before-consent'), []);
  assert.deepEqual(findings(r.scan, 'tracker-after-reject'), []);
  assert.deepEqual(findings(r.scan, 'cookie-before-consent'), []);
  assert.equal(r.code, 0, 'no error-level finding');
});

test('every vendor of the shop is found after Accept', () => {
  assert.ok(declared.length >= 5);
  for (const id of declared) {
    const v = vendor(r.scan, id);
    assert.ok(v, `${id} found`);
    assert.ok(v.accept.requests > 0, `${id} loads after Accept`);
  }
  // Tags the owner pasted unchanged are fetched (never run) before consent: the scanner says how to fix it.
  assert.ok(findings(r.scan, 'static-tag-needs-markup').every((f) => f.fix.startsWith('<')));
  assert.deepEqual(findings(r.scan, 'undeclared-vendor').filter((f) => !f.page.includes('/install/')), []);
});
