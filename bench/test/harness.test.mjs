// Specs of the bench harness itself (not of tamis): the pages it builds and what its in-page probe
// reports. No timing assertions: only what is true on any machine.
// Run: node --test bench/test/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from '../../test/e2e/browser.mjs';
import { snippets as published } from '../../test/fixtures/snippets.mjs';
import { vendors, snippets, renderPart, renderPage } from '../site.mjs';
import { libraries } from '../libraries/index.mjs';
import { probe } from '../probe.mjs';
import { median, summary, summaries } from '../stats.mjs';
import { ratio } from '../report.mjs';

test('the verbatim page carries every vendor snippet exactly as published', () => {
  for (const lib of libraries) {
    const html = renderPage(lib.page('verbatim'));
    for (const vendor of vendors) {
      assert.equal(snippets[vendor.id].map((part) => renderPart(part, { vendor })).join(''), published[vendor.id]);
      if (lib.id !== 'tarteaucitron') assert.ok(html.includes(published[vendor.id]), `${lib.id} page lacks ${vendor.id}`);
    }
  }
});

test('docs pages leave no vendor script or iframe able to load, except where the docs say so', () => {
  // Tags the browser would fetch: a src on a script that is not text/plain, or on an iframe,
  // outside an inert <template>.
  const live = (html) =>
    [...html.replace(/<template[\s\S]*?<\/template>/g, '').matchAll(/<(script|iframe)\b([^>]*)>/g)]
      .filter(([, name, attrs]) => /\ssrc="(https?:)?\/\/(?!127\.)/.test(attrs) && !(name === 'script' && /type="text\/plain"/.test(attrs)))
      .map(([tag]) => tag);
  for (const lib of libraries.filter((l) => !l.reference)) {
    const tags = live(renderPage(lib.page('docs')));
    // CookieConsent manages scripts only; its docs leave iframes to a separate library.
    const expected = lib.id === 'vanilla-cookieconsent' ? 1 : 0;
    assert.equal(tags.length, expected, `${lib.id}: ${tags.join('\n')}`);
  }
});

test('medians and ranges ignore runs that produced no value', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  assert.equal(median([null, undefined]), null);
  assert.deepEqual(summary([5, null, 1, 3]), { median: 3, min: 1, max: 5, n: 3, of: 4 });
});

test('summaries of several fields equal one summary per field, in the order the fields are listed', () => {
  const rows = [
    { clickableAt: 120, cls: 0.1, blockingMs: null },
    { clickableAt: 80, cls: 0, blockingMs: 30 },
    { clickableAt: null, cls: 0.2, blockingMs: 10 },
  ];
  const byHand = {
    clickableMs: summary(rows.map((r) => r.clickableAt)),
    cls: summary(rows.map((r) => r.cls)),
    blockingMs: summary(rows.map((r) => r.blockingMs)),
  };
  // Compared as JSON text: bench/results.json keeps its keys in the same order.
  assert.equal(JSON.stringify(summaries(rows, { clickableMs: 'clickableAt', cls: 'cls', blockingMs: 'blockingMs' })), JSON.stringify(byHand));
  assert.deepEqual(summaries([], { tbt: 'tbt' }), { tbt: { median: null, min: null, max: null, n: 0, of: 0 } });
});

test('ratios are peer over tamis and never divide by zero', () => {
  assert.equal(ratio(30, 10), '×3.0');
  assert.equal(ratio(5, 0), '—');
  assert.equal(ratio(0, 0), '×1');
  assert.equal(ratio(null, 10), 'n/a');
});

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A page whose "Accept all" button is inside a shadow root and covered until `uncover()`. */
const page = `<!doctype html><body><div id="host"></div>
<div id="cover" style="position:fixed;inset:0;background:#fff"></div>
<script>
  const root = document.getElementById('host').attachShadow({ mode: 'open' });
  root.innerHTML = '<button>Accept all</button>';
  root.querySelector('button').addEventListener('click', () => (window.clicked = true));
  window.__tamisFakeRan = window.__tamisFakeRan || [];
  window.uncover = () => document.getElementById('cover').remove();
</script></body>`;

test('the probe finds "Accept all" through a shadow root and calls it clickable only once uncovered', async () => {
  const context = await browser.newContext();
  try {
    await context.addInitScript(probe, { acceptHost: '#host', acceptText: 'Accept all', deadline: 5000, frames: [] });
    await context.route('http://bench.test/', (route) => route.fulfill({ contentType: 'text/html', body: page }));
    const tab = await context.newPage();
    await tab.goto('http://bench.test/');
    await tab.waitForFunction(() => window.__bench.visibleAt !== null);
    assert.equal(await tab.evaluate(() => window.__bench.clickableAt), null, 'covered, so not clickable');
    await tab.evaluate(() => window.uncover());
    await tab.waitForFunction(() => window.__bench.clickableAt !== null);
    const state = await tab.evaluate(() => ({ ...window.__bench, clickedAt: window.__bench.clickAccept(), clicked: window.clicked }));
    assert.ok(state.clickableAt >= state.visibleAt);
    assert.equal(state.clicked, true);
  } finally {
    await context.close();
  }
});

test('the probe records vendor runs and cookie writes, but not deletions', async () => {
  const context = await browser.newContext();
  try {
    await context.addInitScript(probe, { acceptSelector: 'button', deadline: 1000, frames: [] });
    await context.route('http://bench.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<script>
          (window.__tamisFakeRan = window.__tamisFakeRan || []).push('google-analytics');
          document.cookie = '_ga=1; path=/';
          document.cookie = '_gid=; max-age=0; path=/';
          document.cookie = '_gat=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
        </script>`,
      }),
    );
    const tab = await context.newPage();
    await tab.goto('http://bench.test/');
    const { ran, written } = await tab.evaluate(() => ({
      ran: window.__bench.ran.map((r) => r.id),
      written: window.__bench.cookiesWritten,
    }));
    assert.deepEqual(ran, ['google-analytics']);
    assert.deepEqual(written, ['_ga']);
  } finally {
    await context.close();
  }
});

test('the probe names the LCP element, elements inside shadow roots, and the script behind a long frame', async () => {
  const context = await browser.newContext();
  try {
    await context.addInitScript(probe, { acceptSelector: 'button', deadline: 1000, frames: [] });
    await context.route('http://bench.test/lib/busy.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'const until = performance.now() + 120; while (performance.now() < until);' }),
    );
    await context.route('http://bench.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<body><p class="big" style="font-size:40px">${'Cookies '.repeat(40)}</p><div id="host" class="banner x"></div>
          <script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>Accept all?</p>';</script>
          <script src="/lib/busy.js"></script></body>`,
      }),
    );
    const tab = await context.newPage();
    await tab.goto('http://bench.test/');
    await tab.waitForFunction(() => window.__bench.lcp.length > 0 && window.__bench.frames.some((f) => f.scripts.length));
    const { lcp, scripts, inShadow } = await tab.evaluate(() => ({
      lcp: window.__bench.lcp.at(-1),
      scripts: window.__bench.frames.flatMap((f) => f.scripts),
      inShadow: window.__bench.describe(document.getElementById('host').shadowRoot.querySelector('p')),
    }));
    assert.match(lcp.path, /body > p\.big$/);
    assert.match(inShadow, /body > div#host\.banner\.x > p$/);
    const busy = scripts.find((s) => s.url.endsWith('/lib/busy.js'));
    assert.ok(busy && busy.duration >= 100, JSON.stringify(scripts));
  } finally {
    await context.close();
  }
});
