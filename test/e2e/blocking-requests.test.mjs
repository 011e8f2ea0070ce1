// Requests made by the page's own code (bundled vendor SDKs are the site's code): fetch,
// XMLHttpRequest, sendBeacon, WebSocket and EventSource to a vendor that may not run fail as they
// would offline, before any byte leaves the browser, and are reported through `blocked`.
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

/** Opens a page with tamis.js and the bundled site code at /site.js; WebSockets are counted. */
async function open(site, options = {}) {
  const sockets = [];
  const route = async (context) => {
    await routeSite(context, site);
    await context.routeWebSocket(/./, (ws) => {
      sockets.push(ws.url());
      ws.close({ code: 1000 });
    });
  };
  const page = await openPage(browser, server, { ...options, head: '<script src="/site.js"></script>', route });
  return { ...page, sockets };
}

// The Vimeo player SDK, bundled: `new Player(el, { url })` asks vimeo.com's oEmbed API with an
// XMLHttpRequest to build its iframe.
const VIMEO = `import Player from '@vimeo/player';
window.play = () => {
  const el = document.body.appendChild(document.createElement('div'));
  return new Player(el, { url: 'https://vimeo.com/76979871' }).ready().then(() => 'ready', (e) => 'failed: ' + e.message);
};
window.__blocked = [];
window.tamis.on('blocked', (b) => window.__blocked.push([b.vendor, b.url, !!b.element]));
window.__player = new Promise((ok) => addEventListener('DOMContentLoaded', () => ok(window.play())));`;
const oembed = (fakes) => fakes.requests.filter((r) => r.url.includes('/api/oembed.json'));

test('Vimeo player (@vimeo/player): no oEmbed request before a decision, its error path runs as offline', async () => {
  const { page, fakes, errors, context } = await open(VIMEO);
  try {
    assert.match(await page.evaluate(() => window.__player), /^failed: /);
    assert.deepEqual(oembed(fakes), []);
    assert.deepEqual(fakes.requests.filter((r) => r.vendor == 'vimeo'), []);
    const [blocked] = await page.evaluate(() => window.__blocked);
    assert.deepEqual([blocked[0], blocked[1].startsWith('https://vimeo.com/api/oembed.json?'), blocked[2]], ['vimeo', true, false]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('Vimeo player: after Accept all its oEmbed request leaves once; after Reject all never', async () => {
  for (const [decision, count] of [['acceptAll', 1], ['rejectAll', 0]]) {
    const { page, fakes, context } = await open(VIMEO);
    try {
      await page.evaluate((d) => window.tamis[d](), decision);
      await page.evaluate(() => window.play());
      await settle(page);
      assert.equal(oembed(fakes).length, count, decision);
    } finally {
      await context.close();
    }
  }
});

// Every network API, to catalog hosts (Hotjar: analytics), each URL tagged with its API.
const APIS = `const u = (api, scheme = 'https') => scheme + '://in.hotjar.com/api/v1/client?case=' + api;
const settle = (f) => new Promise((ok) => f(ok));
window.__blocked = [];
window.tamis.on('blocked', (b) => b.url && window.__blocked.push(b.vendor + ' ' + new URL(b.url).searchParams.get('case')));
window.calls = async () => {
  const r = {};
  r.fetch = await fetch(u('fetch')).then((res) => 'ok ' + res.status, (e) => e.constructor.name + ': ' + e.message);
  r.fetchRequest = await fetch(new Request(u('fetch-request'))).then(() => 'ok', (e) => e.constructor.name);
  r.fetchURL = await fetch(new URL(u('fetch-url')), { method: 'POST', body: 'x' }).then(() => 'ok', (e) => e.constructor.name);
  r.xhr = await settle((ok) => {
    const x = new XMLHttpRequest();
    const seen = [];
    for (const t of ['loadstart', 'load', 'error', 'loadend']) x.addEventListener(t, () => { seen.push(t + ' ' + x.status); if (t == 'loadend') ok(seen.join(', ')); });
    x.open('POST', u('xhr'));
    x.setRequestHeader('content-type', 'text/plain');
    x.send('x');
  });
  r.beacon = navigator.sendBeacon(u('beacon'), 'x');
  r.webSocket = await settle((ok) => {
    const ws = new WebSocket(u('websocket', 'wss'));
    const seen = [];
    ws.onerror = () => seen.push('error ' + ws.readyState);
    ws.addEventListener('close', (e) => { seen.push('close ' + e.code + ' ' + ws.readyState); ok(seen.join(', ')); });
    ws.onopen = () => { seen.push('open'); ws.close(); };
  });
  r.eventSource = await settle((ok) => {
    const es = new EventSource(u('eventsource'));
    es.onerror = () => { ok('error ' + es.readyState); es.close(); };
  });
  return r;
};`;
const tagged = (fakes, sockets) => [
  ...fakes.requests.map((r) => new URL(r.url).searchParams.get('case')).filter(Boolean),
  ...sockets.map((s) => new URL(s).searchParams.get('case')),
].sort();

test('fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource to a blocked vendor fail as offline, with no request', async () => {
  const { page, fakes, sockets, errors, context } = await open(APIS);
  try {
    const r = await page.evaluate(() => window.calls());
    assert.deepEqual(r, {
      fetch: 'TypeError: Failed to fetch',
      fetchRequest: 'TypeError',
      fetchURL: 'TypeError',
      xhr: 'loadstart 0, error 0, loadend 0',
      beacon: false,
      webSocket: 'error 3, close 1006 3',
      eventSource: 'error 2',
    });
    await settle(page);
    assert.deepEqual(tagged(fakes, sockets), []);
    assert.deepEqual((await page.evaluate(() => window.__blocked)).sort(), [
      'hotjar beacon', 'hotjar eventsource', 'hotjar fetch', 'hotjar fetch-request', 'hotjar fetch-url', 'hotjar websocket', 'hotjar xhr',
    ]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('after Accept all each API reaches the vendor once; after Reject all none does', async () => {
  for (const [decision, expected] of [
    ['acceptAll', ['beacon', 'eventsource', 'fetch', 'fetch-request', 'fetch-url', 'websocket', 'xhr']],
    ['rejectAll', []],
  ]) {
    const { page, fakes, sockets, context } = await open(APIS);
    try {
      await page.evaluate((d) => window.tamis[d](), decision);
      const r = await page.evaluate(() => window.calls());
      await settle(page);
      assert.deepEqual(tagged(fakes, sockets), expected, decision);
      // The test's WebSocket route closes each connection with 1000 (a normal close, not a failure).
      if (decision == 'acceptAll') assert.deepEqual([r.fetch, r.beacon, r.webSocket.slice(-12)], ['ok 204', true, 'close 1000 3']);
    } finally {
      await context.close();
    }
  }
});

test('requests to the site and to hosts no vendor claims pass untouched', async () => {
  const { page, fakes, context } = await open(APIS);
  try {
    const r = await page.evaluate(async () => ({
      own: await fetch('/dist/tamis.js').then((res) => res.status),
      other: await fetch('https://cdn.example.org/x.json').then(() => 'ok', (e) => e.message),
    }));
    assert.equal(r.own, 200);
    // No vendor: the request left (the fakes answer unknown hosts as offline) and was not reported.
    assert.ok(fakes.requests.some((q) => q.url == 'https://cdn.example.org/x.json'));
    assert.deepEqual(await page.evaluate(() => window.__blocked), []);
  } finally {
    await context.close();
  }
});

test('what a same-origin fetch() call costs on the main thread, with and without the gate (diagnostic)', async (t) => {
  const { page, context } = await openPage(browser, server);
  try {
    // The page's fetch (patched) against the untouched fetch of an about:blank frame, alternated;
    // each call aborted at once so that nothing piles up. Minimum of 9 rounds of 300 calls.
    const [patched, plain] = await page.evaluate(() => {
      const plainFetch = document.body.appendChild(document.createElement('iframe')).contentWindow.fetch;
      const a = new AbortController();
      a.abort();
      const time = (f) => {
        const t0 = performance.now();
        for (let i = 0; i < 300; i++) f('/none?' + i, { signal: a.signal }).catch(() => {});
        return ((performance.now() - t0) / 300) * 1000;
      };
      const best = [Infinity, Infinity];
      for (let r = 0; r < 9; r++) {
        best[0] = Math.min(best[0], time(window.fetch));
        best[1] = Math.min(best[1], time(plainFetch));
      }
      return best;
    });
    t.diagnostic(`fetch() call: ${plain.toFixed(1)} µs untouched, ${patched.toFixed(1)} µs through the gate (best of 9 rounds; machine shared with other work)`);
    assert.ok(patched > 0 && plain > 0);
  } finally {
    await context.close();
  }
});
