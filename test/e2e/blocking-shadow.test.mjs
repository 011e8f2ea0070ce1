// Shadow roots and detached images. @justinribeiro/lite-youtube, bundled, builds its player in its
// own open shadow root: the iframe with insertAdjacentHTML when clicked, the poster after a
// detached `new Image()` probe of i.ytimg.com has loaded. Blocked before a decision (with a
// placeholder inside the shadow root), both come back on consent without a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer } from './browser.mjs';
import { openPage, settle } from '../fixtures/blocking/harness.mjs';
import { routeSite } from './site-bundle.mjs';

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const SITE = `import '@justinribeiro/lite-youtube';`;
const BODY = '<lite-youtube videoid="ogfYd705cRs" videotitle="A video" disablenoscript style="width:560px;height:315px"></lite-youtube>';

/** The page, its component clicked (the player's iframe inserted), and the player's state. */
async function openClicked(options = {}) {
  const open = await openPage(browser, server, { body: BODY, head: '<script src="/site.js"></script>', route: (c) => routeSite(c, SITE), realUi: true, ...options });
  // The poster probe starts 100 ms after the component connects.
  await open.page.waitForFunction(() => document.querySelector('lite-youtube')?.shadowRoot?.querySelector('#frame'));
  await settle(open.page, 600);
  await open.page.evaluate(() => document.querySelector('lite-youtube').click());
  return open;
}
const state = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('lite-youtube').shadowRoot;
    const frame = root.querySelector('iframe');
    return {
      frameSrc: frame?.getAttribute('src') ?? null,
      frameBlocked: frame?.hasAttribute('data-tamis-blocked') ?? null,
      placeholder: root.querySelector('tamis-placeholder')?.getAttribute('vendor') ?? null,
      poster: root.querySelector('img')?.getAttribute('src') ?? null,
    };
  });
const youtube = (fakes) => fakes.requests.filter((r) => r.vendor == 'youtube').map((r) => new URL(r.url).host + new URL(r.url).pathname);

test('before a decision: no request to YouTube, the iframe in the shadow root is held behind a placeholder', async () => {
  const { page, fakes, context, errors } = await openClicked();
  try {
    await page.waitForFunction(() => document.querySelector('lite-youtube').shadowRoot.querySelector('tamis-placeholder'), null, { timeout: 15000 });
    const s = await state(page);
    assert.deepEqual([s.frameSrc, s.frameBlocked, s.placeholder], [null, true, 'youtube']);
    assert.deepEqual(youtube(fakes), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('Accept all brings back the iframe in the shadow root and the detached poster probe, each requested once', async () => {
  const { page, fakes, context } = await openClicked();
  try {
    await page.waitForFunction(() => document.querySelector('lite-youtube').shadowRoot.querySelector('tamis-placeholder'), null, { timeout: 15000 });
    await page.evaluate(() => window.tamis.acceptAll());
    await settle(page);
    const s = await state(page);
    assert.match(s.frameSrc, /^https:\/\/www\.youtube\.com\/embed\/ogfYd705cRs\?/);
    assert.deepEqual([s.frameBlocked, s.placeholder], [false, null]);
    // The released probe loaded, so the component set its poster (allowed now).
    assert.match(s.poster ?? '', /i\.ytimg\.com\/vi\/ogfYd705cRs\//);
    const requested = youtube(fakes);
    assert.equal(requested.filter((u) => u == 'www.youtube.com/embed/ogfYd705cRs').length, 1);
    assert.equal(requested.filter((u) => u.startsWith('i.ytimg.com/vi_webp/')).length >= 1, true);
  } finally {
    await context.close();
  }
});

test('Reject all: still nothing requested, the placeholder stays', async () => {
  const { page, fakes, context } = await openClicked();
  try {
    await page.waitForFunction(() => document.querySelector('lite-youtube').shadowRoot.querySelector('tamis-placeholder'), null, { timeout: 15000 });
    await page.evaluate(() => window.tamis.rejectAll());
    await settle(page);
    assert.deepEqual(youtube(fakes), []);
    assert.equal((await state(page)).placeholder, 'youtube');
  } finally {
    await context.close();
  }
});

test('an iframe written in a closed shadow root is released too', async () => {
  const body = `<div id="host"></div><script>
    const root = document.getElementById('host').attachShadow({ mode: 'closed' });
    root.innerHTML = '<iframe src="https://www.youtube.com/embed/M7lc1UVf-VE?case=closed" width="300" height="150"></iframe>';
    window.frameIn = () => root.querySelector('iframe').getAttribute('src');
  </script>`;
  const { page, fakes, context } = await openPage(browser, server, { body });
  try {
    assert.equal(await page.evaluate(() => window.frameIn()), null);
    await page.evaluate(() => window.tamis.acceptAll());
    await settle(page);
    assert.match(await page.evaluate(() => window.frameIn()), /case=closed/);
    assert.equal(fakes.requests.filter((r) => r.url.includes('case=closed')).length, 1);
  } finally {
    await context.close();
  }
});
