// Declarative markup (the zero-contact way) and the order, attributes and once-only guarantees of
// release, in Chromium.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer } from './browser.mjs';
import { openPage, settle } from '../fixtures/blocking/harness.mjs';

// A local script that records its name, its attributes and whether it ran as a classic script.
const ORDER_JS = (name) => `(window.__order = window.__order || []).push(${JSON.stringify(name)});
var s = document.currentScript;
if (s) (window.__attrs = window.__attrs || {})[${JSON.stringify(name)}] = { id: s.id, async: s.async, nonce: s.nonce, data: Object.assign({}, s.dataset) };`;

const HEAD = `
<script type="text/plain" data-category="analytics" data-vendor="hotjar" id="first" data-site="a" async src="/order.js?name=slow-external"></script>
<script type="text/plain" data-category="analytics">window.__order.push('inline-2')</script>
<script type="text/plain" data-category="advertising">(window.__order = window.__order || []).push('ads-inline')</script>
<script type="text/plain" data-category="analytics" data-type="module" src="/order.js?name=module-3"></script>
<script type="text/plain" data-category="analytics" id="fifth" data-foo="bar" nonce="n0nce" defer src="/order.js?name=external-5"></script>
<script type="text/plain" data-category="analytics" onload="window.__onload = (window.__onload || 0) + 1" data-src="/order.js?name=data-src-6"></script>`;
const BODY = `
<iframe data-category="social" data-vendor="youtube" data-src="https://www.youtube.com/embed/M7lc1UVf-VE" width="400" height="225" title="video"></iframe>
<img data-category="pixels" data-vendor="meta-pixel" data-src="https://www.facebook.com/tr?id=1&ev=PageView" data-srcset="https://www.facebook.com/tr?id=1&ev=PageView&x=2 2x" alt="" width="1" height="1">
<img data-category="pixels" data-src="https://cdn.example.org/pixel.gif" alt="">`;

let browser, server, open;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  await open?.context.close();
  open = undefined;
});

/** Opens the declarative page; `/order.js` is answered with ORDER_JS, the first one slowly. */
async function load(options = {}) {
  const local = [];
  let requested = () => {};
  open = await openPage(browser, server, {
    head: HEAD,
    body: BODY,
    ...options,
    async route(context) {
      await context.route(/\/order\.js\?/, async (route) => {
        const name = new URL(route.request().url()).searchParams.get('name');
        local.push(name);
        requested();
        // The first one slowly: at least 500 ms, and until the other external classic scripts
        // are asked for too (release fetches them in parallel), or 5 s at most.
        if (name == 'slow-external') {
          const others = new Promise((r) => (requested = () => ['external-5', 'data-src-6'].every((n) => local.includes(n)) && r()));
          await Promise.all([new Promise((r) => setTimeout(r, 500)), Promise.race([others, new Promise((r) => setTimeout(r, 5000))])]);
          open.askedWhileSlow = [...local];
        }
        route.fulfill({ contentType: 'text/javascript', body: ORDER_JS(name) });
      });
    },
  });
  open.local = local;
  return open;
}
const order = (page) => page.evaluate(() => window.__order ?? []);

test('declarative tags make no request at all before consent, not even from the preload scanner', async () => {
  const { page, fakes, local } = await load();
  assert.deepEqual(local, []);
  assert.deepEqual(fakes.requests.filter((r) => !r.local).map((r) => r.url), []);
  assert.deepEqual(await order(page), []);
});

/** Opens the declarative page with the real UI, which puts the iframe's placeholder, and waits for it. */
async function loadWithPlaceholder() {
  const opened = await load({ realUi: true });
  await opened.page.waitForSelector('tamis-placeholder', { state: 'attached', timeout: 15000 });
  return opened;
}

test('until the UI is there, a declarative iframe stays blank in its own box, marked for the placeholder', async () => {
  const { page } = await load();
  const frame = await page.$eval('iframe', (f) => {
    const r = f.getBoundingClientRect();
    return { src: f.getAttribute('src'), marked: f.hasAttribute('data-tamis-blocked'), w: r.width, h: r.height };
  });
  assert.deepEqual(frame, { src: null, marked: true, w: 404, h: 229 });
});

test('declarative iframes get a same-size placeholder; declarative images stay without src', async () => {
  const { page } = await loadWithPlaceholder();
  const state = await page.evaluate(() => {
    const ph = document.querySelector('tamis-placeholder');
    const r = ph.getBoundingClientRect();
    return {
      ph: { vendor: ph.getAttribute('vendor'), purpose: ph.getAttribute('purpose'), w: r.width, h: r.height },
      frameHidden: document.querySelector('iframe').getBoundingClientRect().height == 0,
      imgs: [...document.images].map((i) => i.getAttribute('src')),
    };
  });
  // 400×225 plus the default 2px iframe border on each side: the box the iframe would take.
  assert.deepEqual(state, { ph: { vendor: 'youtube', purpose: 'social', w: 404, h: 229 }, frameHidden: true, imgs: [null, null] });
});

test('on consent, blocked scripts run in document order, each once, waiting for external ones', async () => {
  const { page, local } = await load();
  await page.evaluate(() => window.tamis.setConsent({ analytics: true }));
  await page.waitForFunction(() => (window.__order ?? []).length >= 5, null, { timeout: 15000 });
  await settle(page);
  assert.deepEqual(await order(page), ['slow-external', 'inline-2', 'module-3', 'external-5', 'data-src-6']);
  // Each file once; the classic ones all asked for while the first was still loading (preloaded
  // in parallel: the wait between them is their run, not their download). A module is fetched
  // when inserted, after the scripts before it.
  assert.deepEqual([...local].sort(), ['data-src-6', 'external-5', 'module-3', 'slow-external']);
  assert.deepEqual([...open.askedWhileSlow].sort(), ['data-src-6', 'external-5', 'slow-external']);
  // The advertising one waits for its own consent; deciding again runs nothing twice.
  await page.evaluate(() => window.tamis.setConsent({ advertising: true }));
  await settle(page);
  await page.evaluate(() => window.tamis.acceptAll());
  await settle(page);
  assert.deepEqual(await order(page), ['slow-external', 'inline-2', 'module-3', 'external-5', 'data-src-6', 'ads-inline']);
});

test('released scripts keep their attributes: id, async, nonce, data-*, type, handlers', async () => {
  const { page } = await load();
  await page.evaluate(() => window.tamis.setConsent({ analytics: true }));
  await page.waitForFunction(() => (window.__order ?? []).length >= 5, null, { timeout: 15000 });
  const state = await page.evaluate(() => ({
    attrs: window.__attrs,
    onload: window.__onload,
    module: document.querySelector('script[src*="module-3"]').type,
    first: document.getElementById('first').getAttributeNames().sort(),
  }));
  assert.deepEqual(state.attrs['slow-external'], { id: 'first', async: true, nonce: '', data: { category: 'analytics', vendor: 'hotjar', site: 'a' } });
  assert.deepEqual(state.attrs['external-5'], { id: 'fifth', async: false, nonce: 'n0nce', data: { category: 'analytics', foo: 'bar' } });
  assert.equal(state.module, 'module');
  assert.equal(state.onload, 1, 'the page onload handler attribute still fires');
  assert.deepEqual(state.first, ['async', 'data-category', 'data-site', 'data-vendor', 'id', 'src']);
});

test('on consent iframes and images load and the placeholder goes away', async () => {
  const { page, fakes } = await loadWithPlaceholder();
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return [r.x, r.y, r.width, r.height];
  };
  const placeholder = await page.$eval('tamis-placeholder', box);
  await page.evaluate(() => window.tamis.setConsent({ social: true, pixels: true }));
  await settle(page);
  const state = await page.evaluate(() => ({
    placeholders: document.querySelectorAll('tamis-placeholder').length,
    frame: document.querySelector('iframe').getAttribute('src'),
    imgs: [...document.images].map((i) => [i.getAttribute('src'), i.getAttribute('srcset')]),
  }));
  assert.deepEqual(state, {
    placeholders: 0,
    frame: 'https://www.youtube.com/embed/M7lc1UVf-VE',
    imgs: [
      ['https://www.facebook.com/tr?id=1&ev=PageView', 'https://www.facebook.com/tr?id=1&ev=PageView&x=2 2x'],
      ['https://cdn.example.org/pixel.gif', null],
    ],
  });
  assert.deepEqual(await page.$eval('iframe', box), placeholder, 'the frame takes exactly the placeholder box');
  assert.ok(fakes.requests.some((r) => r.vendor == 'youtube'));
  assert.ok(fakes.requests.some((r) => r.vendor == 'meta-pixel'));
  assert.deepEqual(await order(page), [], 'analytics scripts still wait');
});

test('with consent already recorded, declarative tags run while the page parses', async () => {
  const { page, context } = await load();
  await page.evaluate(() => window.tamis.acceptAll());
  await settle(page);
  await page.reload();
  await page.waitForFunction(() => (window.__order ?? []).length >= 6, null, { timeout: 15000 });
  await settle(page);
  assert.deepEqual(await order(page), ['slow-external', 'inline-2', 'ads-inline', 'module-3', 'external-5', 'data-src-6']);
  assert.equal(await page.evaluate(() => document.querySelectorAll('tamis-placeholder, img:not([src])').length), 0);
  assert.ok((await context.cookies()).some((c) => c.name == 'tamis_consent'));
});

test('under a nonce CSP, released inline scripts keep their nonce and scripts without one stay refused', async () => {
  const { page, errors } = await load({
    csp: "script-src 'nonce-n0nce'; style-src 'self'",
    head: `<script type="text/plain" data-category="analytics" nonce="n0nce">(window.__order = window.__order || []).push('with-nonce')</script>
<script type="text/plain" data-category="analytics">(window.__order = window.__order || []).push('without-nonce')</script>`,
    body: '',
  });
  await page.evaluate(() => window.tamis.setConsent({ analytics: true }));
  await settle(page);
  assert.deepEqual(await order(page), ['with-nonce']);
  assert.deepEqual(errors, []);
});
