// The whole catalog in one page (issue 10): for every vendor and every URL pattern, one tag that a
// script inserts and one static tag, both pointing at an example URL of the pattern
// (test/fixtures/catalog-examples.mjs). Before consent no request leaves for the inserted tags and
// no tag runs (the preload scanner may fetch a static one, never run it)
// (except vendors whose purpose needs no consent: necessary, fraud prevention, exempt audience
// measurement, which run at once); consenting to one vendor at a time runs that vendor's tags, each
// once, and nobody else's. Each tag, when it runs, writes its vendor's first-party cookies (on the
// parent domain, as trackers do) and storage keys; withdrawing consent must clear them.
// Served on a named host (shop.tamis.test, answered by routes) so parent-domain cookies exist.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { loadCatalog } from './fake-vendors.mjs';
import { exampleUrls, exampleName } from '../fixtures/catalog-examples.mjs';

const SITE = 'http://shop.tamis.test';
const TAMIS = fileURLToPath(new URL('../../dist/tamis.js', import.meta.url));
const DEFERRED = fileURLToPath(new URL('../../dist/tamis-deferred.js', import.meta.url));
/** Purposes that run without a decision (src/purposes.ts: locked or exempt). */
const WITHOUT_CONSENT = ['necessary', 'fraud', 'audience'];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** An example URL with a marker telling the two tags apart. */
const tagged = (url, kind) => `${url}${url.includes('?') ? '&' : '?'}tamis-tag=${kind}`;

/** The fake tag of a vendor: records that it ran, writes the vendor's first-party data. */
function tagBody(url, vendor) {
  const cookies = vendor.cookies.filter((c) => !c.thirdParty).map((c) => exampleName(c.name));
  const storage = (vendor.storage ?? []).map((k) => exampleName(k));
  return `(function () {
  (window.__ran = window.__ran || []).push(${JSON.stringify(url)});
  ${JSON.stringify(cookies)}.forEach(function (n) { document.cookie = n + '=1; path=/; max-age=3600; domain=tamis.test'; });
  ${JSON.stringify(storage)}.forEach(function (k) { localStorage.setItem(k, '1'); });
})();`;
}

test('every catalog vendor: held before consent, run once after consent to it alone, cleared on withdrawal', { timeout: 600000 }, async () => {
  const { catalog, vendorsMatching } = await loadCatalog();
  const urls = catalog.flatMap((v) => exampleUrls(v).map((url) => ({ vendor: v, url })));
  const tags = (vendor) => urls.filter((u) => u.vendor === vendor).flatMap((u) => [tagged(u.url, 'inserted'), tagged(u.url, 'static')]);
  const context = await browser.newContext();
  /** Requests that left the page for a vendor, by vendor id. */
  const requested = [];
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${SITE}/dist/tamis.js`) return route.fulfill({ path: TAMIS, contentType: 'text/javascript' });
      if (url === `${SITE}/dist/tamis-deferred.js`) return route.fulfill({ path: DEFERRED, contentType: 'text/javascript' });
      // The deferred module's own chunks (config messages, receipts), as the whole dist/ is copied.
      if (url.startsWith(`${SITE}/dist/chunks/`) && url.endsWith('.js')) {
        return route.fulfill({ path: fileURLToPath(new URL(`../../dist/chunks/${url.slice(`${SITE}/dist/chunks/`.length)}`, import.meta.url)), contentType: 'text/javascript' });
      }
      if (url === `${SITE}/`) {
        return route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>catalog</title>
<script>window.tamisConfig = ${JSON.stringify({ vendors: catalog.map((v) => v.id), reloadOnWithdraw: false })};
window.tamisConfig.ui = { load: function () { return Promise.resolve(); } };</script>
<script src="/dist/tamis.js"></script>
<script>${JSON.stringify(urls.map((u) => tagged(u.url, 'inserted')))}.forEach(function (src) {
  var s = document.createElement('script'); s.src = src; document.head.appendChild(s);
});</script>
${urls.map((u) => `<script src="${tagged(u.url, 'static').replace(/&/g, '&amp;')}"></script>`).join('\n')}
</head><body><h1>Catalog</h1></body></html>`,
        });
      }
      const vendor = vendorsMatching(catalog, url)[0];
      if (!vendor) return route.abort('internetdisconnected');
      requested.push({ url, vendor: vendor.id });
      return route.fulfill({ contentType: 'text/javascript', body: tagBody(url, vendor) });
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${SITE}/`);
    const ran = () => page.evaluate(() => window.__ran ?? []);

    // Before any decision: only vendors that need no consent run, each tag once.
    const free = catalog.filter((v) => WITHOUT_CONSENT.includes(v.purpose));
    let expected = free.flatMap(tags);
    await page.waitForFunction((n) => (window.__ran ?? []).length >= n, expected.length, { timeout: 60000 });
    await page.waitForLoadState('load');
    assert.deepEqual((await ran()).sort(), [...expected].sort(), 'before consent: only necessary, fraud and exempt tags ran, once');
    const freeIds = new Set(free.map((v) => v.id));
    // Static tags may be fetched by the browser's preload scanner before any script runs (that is
    // why they must never run); a tag a script inserts must not even be requested.
    const inserted = (r) => r.url.endsWith('tamis-tag=inserted');
    assert.deepEqual(requested.filter((r) => !freeIds.has(r.vendor) && inserted(r)), [], 'no request for an inserted tag before consent');

    // Consent to one vendor at a time: exactly its tags run, once each.
    for (const vendor of catalog.filter((v) => !freeIds.has(v.id))) {
      await page.evaluate((id) => window.tamis.setConsent({}, { [id]: true }), vendor.id);
      expected = [...expected, ...tags(vendor)];
      await page
        .waitForFunction((n) => (window.__ran ?? []).length >= n, expected.length, { timeout: 30000 })
        .catch(async () => assert.fail(`${vendor.id}: its tags did not run (ran: ${(await ran()).filter((u) => tags(vendor).includes(u))})`));
      assert.deepEqual((await ran()).sort(), [...expected].sort(), `after consent to ${vendor.id}: its tags ran once, no one else's`);
    }
    const counts = {};
    for (const r of requested.filter(inserted)) counts[r.url] = (counts[r.url] ?? 0) + 1;
    assert.deepEqual(Object.entries(counts).filter(([, n]) => n > 1), [], 'each inserted tag was requested once');

    // Withdrawal: the first-party cookies and storage keys of every refused vendor are gone.
    const names = (vendors) => new Set(vendors.flatMap((v) => v.cookies.filter((c) => !c.thirdParty).map((c) => exampleName(c.name))));
    const keys = (vendors) => new Set(vendors.flatMap((v) => (v.storage ?? []).map((k) => exampleName(k))));
    const cookiesNow = async () => (await context.cookies(`${SITE}/`)).map((c) => c.name).filter((n) => !n.startsWith('tamis'));
    const written = await cookiesNow();
    for (const name of names(catalog)) assert.ok(written.includes(name), `${name} was written by its vendor's tag`);
    await page.evaluate(() => window.tamis.rejectAll());
    const stillAllowed = await page.evaluate((ids) => ids.filter((id) => window.tamis.hasConsent(id)), catalog.map((v) => v.id));
    const kept = catalog.filter((v) => stillAllowed.includes(v.id));
    const refused = catalog.filter((v) => !stillAllowed.includes(v.id));
    assert.ok(refused.length >= catalog.length - free.length, 'reject all refuses every vendor that needs consent');
    const gone = [...names(refused)].filter((n) => !names(kept).has(n));
    // Clearing runs once the decision is applied; a cookie a vendor's script wrote in its last
    // moments may land just after: allow the clearing up to 5 s to catch up, then judge.
    let left = await cookiesNow();
    for (const until = Date.now() + 5000; gone.some((n) => left.includes(n)) && Date.now() < until; left = await cookiesNow()) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.deepEqual(gone.filter((n) => left.includes(n)), [], 'first-party cookies of refused vendors left after withdrawal');
    const storageLeft = await page.evaluate(() => Object.keys(localStorage));
    const goneKeys = [...keys(refused)].filter((k) => !keys(kept).has(k));
    assert.deepEqual(goneKeys.filter((k) => storageLeft.includes(k)), [], 'storage keys of refused vendors left after withdrawal');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
