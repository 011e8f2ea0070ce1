// Strict mode (issue #10): a third party that no vendor claims, outside the page's own site and
// allowedHosts, is warned about (`unknownThirdParties: 'warn'`, the default) or held like an
// unlisted vendor's (`'block'`) before any request, and runs once declared and consented.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer } from './browser.mjs';
import { openPage, settle } from '../fixtures/blocking/harness.mjs';

const UNKNOWN = 'https://cdn.tracker-unknown.example/t.js';
const PIXEL = 'https://px.tracker-unknown.example/p.gif';
const ALLOWED = 'https://img.site-cdn.example/a.js';

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens a page with `config`; every request to the test hosts is recorded and answered by a script
 * that records it ran (`window.__ran`), the first-party one included.
 */
async function open(config, body = '') {
  const requests = [];
  const route = (context) =>
    context.route(/tracker-unknown\.example|site-cdn\.example|\/first-party\.js/, (r) => {
      const url = r.request().url();
      requests.push(url);
      const name = new URL(url).host + new URL(url).pathname;
      return url.endsWith('.gif')
        ? r.fulfill({ status: 204, body: '' })
        : r.fulfill({ contentType: 'text/javascript', body: `(window.__ran = window.__ran || []).push(${JSON.stringify(name)});` });
    });
  const page = await openPage(browser, server, { vendors: [], config, route, body });
  const warnings = [];
  page.page.on('console', (m) => m.type() == 'warning' && warnings.push(m.text()));
  return { ...page, requests, warnings };
}

/** Inserts scripts (and a pixel) the way vendor snippets do, and collects `blocked` events. */
const insert = (page, urls, pixel) =>
  page.evaluate(
    ({ urls, pixel }) => {
      window.__blocked = [];
      window.tamis.on('blocked', (e) => window.__blocked.push({ vendor: e.vendor, purpose: e.purpose, tag: e.element.localName }));
      for (const u of urls) {
        const s = document.createElement('script');
        s.src = u;
        document.head.appendChild(s);
      }
      if (pixel) window.__img = Object.assign(new Image(), { src: pixel });
    },
    { urls, pixel },
  );
const ran = (page) => page.evaluate(() => window.__ran ?? []);

test("'block' holds an unknown third party's scripts and images before any request, and reports them", async () => {
  const p = await open({ unknownThirdParties: 'block' }, `<script src="${UNKNOWN}?static"></script>`);
  try {
    await insert(p.page, [UNKNOWN], PIXEL);
    await settle(p.page);
    assert.deepEqual(p.requests.filter((u) => !u.endsWith('?static')), [], 'no request for script-inserted tags');
    assert.deepEqual(await ran(p.page), [], 'neither the static nor the inserted script ran');
    const held = await p.page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script[data-tamis-blocked]')].map((s) => [s.type, s.getAttribute('src'), s.hasAttribute('data-category')]),
      img: [window.__img.hasAttribute('src'), window.__img.dataset.src],
      blocked: window.__blocked,
    }));
    assert.deepEqual(held.scripts.map((s) => s[0]), ['text/plain', 'text/plain']);
    assert.ok(held.scripts.every((s) => s[1].startsWith(UNKNOWN) && !s[2]));
    assert.deepEqual(held.img, [false, PIXEL]);
    assert.deepEqual(held.blocked, [{ vendor: '', purpose: null, tag: 'script' }, { vendor: '', purpose: null, tag: 'img' }]);
    // Consent to everything does not run a vendor the site never declared.
    await p.page.evaluate(() => window.tamis.acceptAll());
    await settle(p.page);
    assert.deepEqual(await ran(p.page), []);
    assert.deepEqual(p.requests.filter((u) => !u.endsWith('?static')), []);
  } finally {
    await p.context.close();
  }
});

test("'warn' (the default) lets it run and warns once per host with the config line that declares it", async () => {
  for (const config of [{}, { unknownThirdParties: 'warn' }]) {
    const p = await open(config);
    try {
      await insert(p.page, [UNKNOWN, UNKNOWN + '?again'], PIXEL);
      await p.page.waitForFunction(() => (window.__ran ?? []).length == 2);
      const mine = p.warnings.filter((w) => w.includes('tracker-unknown.example'));
      assert.equal(mine.filter((w) => w.includes('cdn.tracker-unknown.example')).length, 1, mine.join('\n'));
      assert.equal(mine.filter((w) => w.includes('px.tracker-unknown.example')).length, 1, mine.join('\n'));
      assert.match(mine[0], /config\.vendors: \{ id: 'tracker-unknown-example', name: 'tracker-unknown\.example', company: 'tracker-unknown\.example', purpose: 'analytics', policyUrl: '', urls: \['tracker-unknown\.example'\], cookies: \[\] \}/);
      assert.match(mine[0], /config\.allowedHosts: \['cdn\.tracker-unknown\.example'\]/);
    } finally {
      await p.context.close();
    }
  }
});

test("'allow' says nothing and holds nothing", async () => {
  const p = await open({ unknownThirdParties: 'allow' });
  try {
    await insert(p.page, [UNKNOWN]);
    await p.page.waitForFunction(() => (window.__ran ?? []).length == 1);
    assert.deepEqual(p.warnings.filter((w) => w.includes('tracker-unknown')), []);
  } finally {
    await p.context.close();
  }
});

test('first-party scripts and allowedHosts are never held nor warned about', async () => {
  const p = await open({ unknownThirdParties: 'block', allowedHosts: ['site-cdn.example'] });
  try {
    await insert(p.page, [`${server.url}/first-party.js`, '/first-party.js?relative', ALLOWED]);
    await p.page.waitForFunction(() => (window.__ran ?? []).length == 3);
    assert.equal(await p.page.evaluate(() => document.querySelectorAll('[data-tamis-blocked]').length), 0);
    assert.deepEqual(p.warnings.filter((w) => w.includes('third party')), []);
  } finally {
    await p.context.close();
  }
});

test('once the site declares the vendor, its tags wait for consent and run after it', async () => {
  const vendor = {
    id: 'tracker-unknown-example', name: 'Tracker', company: 'Tracker Inc.', purpose: 'analytics',
    policyUrl: 'https://tracker-unknown.example/privacy', urls: ['tracker-unknown.example'], cookies: [],
  };
  const p = await open({ unknownThirdParties: 'block', vendors: [vendor] });
  try {
    await insert(p.page, [UNKNOWN]);
    await settle(p.page);
    assert.deepEqual(p.requests, []);
    assert.deepEqual(await p.page.evaluate(() => window.__blocked), [{ vendor: 'tracker-unknown-example', purpose: 'analytics', tag: 'script' }]);
    assert.deepEqual(p.warnings.filter((w) => w.includes('third party')), []);
    await p.page.evaluate(() => window.tamis.acceptAll());
    await p.page.waitForFunction(() => (window.__ran ?? []).length == 1);
    assert.deepEqual(await ran(p.page), ['cdn.tracker-unknown.example/t.js']);
  } finally {
    await p.context.close();
  }
});
