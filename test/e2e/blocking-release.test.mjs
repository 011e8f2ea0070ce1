// What release waits for, and the `released` event that says it is over. A restored script whose
// type is not JavaScript (Partytown's text/partytown) fires no load event and must count as done at
// once; a vendor that never answers must not hold the others back; decisions resolve after
// `released`, whose list glue code (Partytown, GTM) acts on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer } from './browser.mjs';
import { openPage, settle } from '../fixtures/blocking/harness.mjs';

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// A local script that records its name when it runs.
const ORDER_JS = (name) => `(window.__order = window.__order || []).push(${JSON.stringify(name)});`;
const HT = 'https://static.hotjar.com/c/hotjar-';

/** Resolves to 'resolved', or to 'pending' if the promise has not settled after `ms`. */
const within = (page, code, ms = 12000) =>
  page.evaluate(([code, ms]) => Promise.race([new Function(`return ${code}`)().then(() => 'resolved'), new Promise((ok) => setTimeout(() => ok('pending'), ms))]), [code, ms]);

test('a Partytown script is restored with its type at once: the decision resolves and the tags after it run', async () => {
  const head = `
<script type="text/plain" data-category="analytics" data-vendor="hotjar" data-type="text/partytown" src="${HT}1.js?sv=6&case=partytown-declarative"></script>
<script type="text/partytown" src="${HT}2.js?sv=6&case=partytown-automatic"></script>
<script type="text/plain" data-category="analytics">(window.__order = window.__order || []).push('after partytown')</script>
<script>
  // The glue the README shows: tell Partytown that new text/partytown scripts are there.
  document.addEventListener('tamis:released', (e) => {
    window.__ptupdate = e.detail.restored.filter((t) => t.element.type == 'text/partytown').map((t) => t.element.src);
  });
</script>`;
  const { page, fakes, context } = await openPage(browser, server, { head });
  try {
    assert.deepEqual(await page.evaluate(() => [...document.scripts].filter((s) => s.src.includes('case=partytown')).map((s) => s.type)), ['text/plain', 'text/plain']);
    assert.equal(await within(page, 'window.tamis.acceptAll()'), 'resolved');
    assert.deepEqual(await page.evaluate(() => window.__order), ['after partytown']);
    const restored = await page.evaluate(() => [...document.scripts].filter((s) => s.src.includes('case=partytown')).map((s) => s.type));
    assert.deepEqual(restored, ['text/partytown', 'text/partytown']);
    assert.equal((await page.evaluate(() => window.__ptupdate)).length, 2);
    // The browser never fetches a text/partytown script: Partytown's worker does.
    assert.deepEqual(fakes.requests.filter((r) => r.url.includes('case=partytown')), []);
  } finally {
    await context.close();
  }
});

test('a vendor that never answers holds back the scripts after it for a bounded time, and nothing else', async (t) => {
  const head = `
<script type="text/plain" data-category="analytics" data-vendor="hotjar" src="${HT}9.js?sv=6&case=hangs"></script>
<script type="text/plain" data-category="analytics">window.__order.push('inline after the hung script, pixel ' + (document.querySelector('img').hasAttribute('src') ? 'back' : 'held'))</script>
<script type="text/plain" data-category="advertising" data-vendor="linkedin" async src="/order.js?name=other-vendor-after"></script>
<img data-category="pixels" data-vendor="meta-pixel" data-src="https://www.facebook.com/tr?id=1&ev=PageView&case=pixel" alt="">`;
  const { page, fakes, context } = await openPage(browser, server, {
    head: `<script>window.__order = []</script>${head}`,
    async route(context) {
      await context.route(/case=hangs/, () => {}); // never answered
      await context.route(/\/order\.js\?/, (route) => route.fulfill({ contentType: 'text/javascript', body: ORDER_JS(new URL(route.request().url()).searchParams.get('name')) }));
    },
  });
  try {
    const started = Date.now();
    assert.equal(await within(page, 'window.tamis.acceptAll()', 30000), 'resolved');
    t.diagnostic(`acceptAll resolved after ${Date.now() - started} ms (script timeout 5000 ms)`);
    // The scripts after the hung one ran, in order, once it timed out; the pixel did not wait.
    assert.deepEqual(await page.evaluate(() => window.__order), ['inline after the hung script, pixel back', 'other-vendor-after']);
    assert.equal(fakes.requests.filter((r) => r.url.includes('case=pixel')).length, 1);
  } finally {
    await context.close();
  }
});

test('async files one after another run as they arrive; a script that is not async waits for them all', async () => {
  const head = `
<script type="text/plain" data-category="analytics" data-vendor="hotjar" async src="/order.js?name=slow-async"></script>
<script type="text/plain" data-category="advertising" data-vendor="linkedin" async src="/order.js?name=fast-async"></script>
<script type="text/plain" data-category="analytics">window.__order.push('inline after both')</script>
<script type="text/plain" data-category="analytics" data-vendor="hotjar" async src="/order.js?name=async-after-inline"></script>`;
  const { page, context } = await openPage(browser, server, {
    head: `<script>window.__order = []</script>${head}`,
    async route(context) {
      await context.route(/\/order\.js\?/, async (route) => {
        const name = new URL(route.request().url()).searchParams.get('name');
        if (name == 'slow-async') await new Promise((r) => setTimeout(r, 1500));
        route.fulfill({ contentType: 'text/javascript', body: ORDER_JS(name) });
      });
    },
  });
  try {
    assert.equal(await within(page, 'window.tamis.acceptAll()'), 'resolved');
    // Without tamis the browser runs async files as they arrive, and inline code after them once
    // parsed: the slow file no longer holds the fast one back; the inline script still waits for
    // both (a snippet's inline code may expect its loader), and the file after it for the inline.
    assert.deepEqual(await page.evaluate(() => window.__order), ['fast-async', 'slow-async', 'inline after both', 'async-after-inline']);
  } finally {
    await context.close();
  }
});

test('released (and tamis:released) fires once a decision is applied, with what came back, before the decision resolves', async () => {
  const head = `
<script type="text/plain" data-category="analytics" data-vendor="hotjar" src="${HT}3456789.js?sv=6"></script>
<script>
  window.__log = [];
  window.tamis.on('released', (d) => window.__log.push(['released', d.restored.map((t) => [t.vendor, t.purpose, t.element.localName, t.element.isConnected]), !!d.consent]));
  document.addEventListener('tamis:released', (e) => window.__log.push(['tamis:released', e.detail.restored.length]));
</script>`;
  const body = `<iframe data-category="social" data-vendor="youtube" data-src="https://www.youtube.com/embed/M7lc1UVf-VE" title="v"></iframe>`;
  const { page, context } = await openPage(browser, server, { head, body });
  try {
    await page.evaluate(() => window.tamis.setConsent({ analytics: true }).then(() => window.__log.push(['setConsent resolved', window.__tamisFakeRan ?? []])));
    await page.evaluate(() => window.tamis.acceptAll().then(() => window.__log.push(['acceptAll resolved'])));
    await settle(page);
    assert.deepEqual(await page.evaluate(() => window.__log), [
      ['released', [['hotjar', 'analytics', 'script', true]], true],
      ['tamis:released', 1],
      // The script had loaded (and run) when setConsent resolved.
      ['setConsent resolved', ['hotjar']],
      ['released', [['youtube', 'social', 'iframe', true]], true],
      ['tamis:released', 1],
      ['acceptAll resolved'],
    ]);
  } finally {
    await context.close();
  }
  // A refusal allows nothing new: released still fires, with an empty list.
  const refused = await openPage(browser, server, { head, body });
  try {
    await refused.page.evaluate(() => window.tamis.rejectAll().then(() => window.__log.push(['rejectAll resolved'])));
    assert.deepEqual(await refused.page.evaluate(() => window.__log), [['released', [], true], ['tamis:released', 0], ['rejectAll resolved']]);
  } finally {
    await refused.context.close();
  }
});
