// The catalog end to end: for each vendor, tamis lets its verbatim snippet run after consent, and
// on withdrawal deletes every first-party cookie and storage key the vendor wrote, on the host
// and on the parent domain trackers use. This checks that the catalog's cookie and storage lists
// cover what the vendors really write (as the fakes write it: real names, widest domain).
// Served on a named host (shop.tamis.test, answered by routes) so parent-domain cookies exist.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launch } from './browser.mjs';
import { installFakeVendors } from './fake-vendors.mjs';
import { snippets } from '../fixtures/snippets.mjs';

const SITE = 'http://shop.tamis.test';
// tamis.js and what it loads from its own folder to write and apply decisions: tamis-deferred.js,
// and its chunk that clears a withdrawn vendor (chunks/clear-*.js).
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Polls `check` until it returns a truthy value or fails after `ms`. */
async function until(check, ms, what) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A fresh context with the fakes, tamis and one vendor's snippet on shop.tamis.test. */
async function open(id, config = {}) {
  const context = await browser.newContext();
  await installFakeVendors(context, { origin: SITE });
  await context.route(`${SITE}/dist/**/*.js`, (route) =>
    route.fulfill({ path: DIST + new URL(route.request().url()).pathname.slice('/dist/'.length), contentType: 'text/javascript' }),
  );
  const tamisConfig = { vendors: [id], reloadOnWithdraw: false, ...config };
  await context.route(`${SITE}/`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>shop</title>
<script>window.tamisConfig = ${JSON.stringify(tamisConfig)};
window.tamisConfig.ui = { load: function () { return Promise.resolve(); } };</script>
<script src="/dist/tamis.js"></script>
${snippets[id]}
</head><body><h1>Shop</h1></body></html>`,
    }),
  );
  const page = await context.newPage();
  await page.goto(`${SITE}/`);
  return { context, page };
}

/** Cookies the browser holds for the site (any domain), without tamis' own record. */
const vendorCookies = async (context) =>
  (await context.cookies(`${SITE}/`)).filter((c) => !c.name.startsWith('tamis')).map((c) => `${c.name}@${c.domain}`);
const storageKeys = (page) => page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => !k.startsWith('tamis')));

/** Vendors that write first-party data once they run, and a cookie that shows they did. */
const WRITERS = {
  'google-analytics': '_ga',
  'google-ads': '_gcl_au',
  hubspot: 'hubspotutk',
  linkedin: 'li_fat_id',
  'meta-pixel': '_fbp',
  'tiktok-pixel': '_ttp',
  hotjar: '_hjSessionUser_',
  'microsoft-clarity': '_clck',
};

describe('withdrawing consent clears what each catalog vendor wrote', () => {
  for (const [id, marker] of Object.entries(WRITERS)) {
    test(`${id}: after accept all then reject all, none of its cookies or storage keys remain`, async () => {
      const { context, page } = await open(id);
      try {
        assert.deepEqual(await vendorCookies(context), [], 'nothing before consent');
        await page.evaluate(() => window.tamis.acceptAll());
        await until(async () => (await vendorCookies(context)).some((c) => c.startsWith(marker)), 5000, `${marker} after consent`);
        await page.waitForTimeout(300); // let the vendor finish writing
        const written = await vendorCookies(context);
        assert.ok(written.some((c) => c.endsWith('@.tamis.test')), `cookies on the parent domain: ${written}`);
        await page.evaluate(() => window.tamis.rejectAll());
        assert.deepEqual(await vendorCookies(context), [], `left after withdrawal (wrote ${written.join(', ')})`);
        assert.deepEqual(await storageKeys(page), []);
      } finally {
        await context.close();
      }
    });
  }

  test('matomo: objecting to exempt audience measurement clears its _pk_ cookies', async () => {
    const { context, page } = await open('matomo');
    try {
      await until(async () => (await vendorCookies(context)).some((c) => c.startsWith('_pk_id.')), 5000, '_pk_id without consent');
      await page.evaluate(() => window.tamis.setConsent({ audience: false }));
      assert.deepEqual(await vendorCookies(context), []);
    } finally {
      await context.close();
    }
  });
});
