// Link hints (preconnect, dns-prefetch, preload, prefetch, modulepreload) to a vendor that may not
// run: held like scripts, whatever way they reach the page, and restored on consent.
//
// A preconnect sends no request that a route can see: it resolves the vendor's host and opens a
// TLS connection (the visitor's IP address reaches the vendor). To see it, Chromium resolves every
// host but the loopback to a local TCP listener, which reads the host name the TLS ClientHello
// names (SNI). Preconnects happen only in a regular profile (not in the off-the-record contexts
// `browser.newContext()` makes), hence one persistent context per page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from '../../scripts/chromium-path.mjs';
import { startServer } from './browser.mjs';
import { openPage, settle } from '../fixtures/blocking/harness.mjs';
import { routeSite } from './site-bundle.mjs';

let server, listener;
/** Host names seen in TLS ClientHellos (one per connection attempt). */
const attempts = [];
before(async () => {
  server = await startServer();
  listener = net.createServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', (hello) => {
      // The server_name extension holds the host in clear text; take the longest dotted name.
      const names = hello.toString('latin1').match(/[a-z0-9-]+(?:\.[a-z0-9-]+)+/g) ?? [];
      attempts.push(names.sort((a, b) => b.length - a.length)[0]);
      socket.destroy();
    });
  });
  await new Promise((ok) => listener.listen(0, '127.0.0.1', ok));
});
after(async () => {
  listener?.close();
  await server?.close();
});

/** A fresh persistent context and a page of `body` (and site code) after tamis.js. */
async function open({ site, ...options } = {}) {
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs, `--host-resolver-rules=MAP * 127.0.0.1:${listener.address().port}, EXCLUDE 127.0.0.1`],
  });
  attempts.length = 0;
  const route = site && ((c) => routeSite(c, site));
  const page = await openPage(null, server, { ...options, context, route, head: (site ? '<script src="/site.js"></script>' : '') + (options.head ?? '') });
  // Attempts on the vendors' hosts only (the browser makes some of its own).
  page.vendorAttempts = () => attempts.filter((h) => page.fakes.vendorOf('https://' + h + '/'));
  return page;
}

// lite-youtube-embed, bundled: on pointerover it adds <link rel=preconnect> to youtube-nocookie.com,
// google.com and two doubleclick.net hosts; it sets its poster with element.style.backgroundImage.
const LITE = `import 'lite-youtube-embed';`;
const LITE_BODY = '<lite-youtube videoid="ogfYd705cRs" style="width:560px;height:315px;display:block" params="nocookie=1"></lite-youtube>';
const ytimg = (fakes) => fakes.requests.filter((r) => r.host == 'i.ytimg.com').map((r) => new URL(r.url).pathname);

test('lite-youtube-embed: hovering the facade opens no connection to a vendor before a decision', async (t) => {
  const { page, fakes, context, vendorAttempts, errors } = await open({ site: LITE, body: LITE_BODY });
  try {
    await page.hover('lite-youtube');
    await page.waitForFunction(() => document.querySelectorAll('link[rel=preconnect]').length >= 3);
    await settle(page, 1500);
    assert.deepEqual(vendorAttempts(), []);
    const links = await page.evaluate(() => [...document.querySelectorAll('link[rel=preconnect]')].map((l) => [l.getAttribute('href') ?? l.dataset.href, l.hasAttribute('href'), l.dataset.vendor ?? null]));
    assert.deepEqual(links.filter(([, , vendor]) => vendor).map(([url, hasHref, vendor]) => [url, hasHref, vendor]), [
      ['https://www.youtube-nocookie.com', false, 'youtube'],
      ['https://googleads.g.doubleclick.net', false, 'google-ads'],
      ['https://static.doubleclick.net', false, 'google-ads'],
    ]);
    // www.google.com is no vendor's as a whole host (Google Ads claims only some of its paths).
    t.diagnostic(`hints left alone: ${links.filter(([, , v]) => !v).map(([u]) => u).join(', ')}`);
    assert.deepEqual(ytimg(fakes), [], 'poster (inline style) and its probe image held');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('lite-youtube-embed: after Accept all its hints connect and its poster loads once; after Reject all nothing', async () => {
  for (const decision of ['acceptAll', 'rejectAll']) {
    const { page, fakes, context, vendorAttempts } = await open({ site: LITE, body: LITE_BODY });
    try {
      await page.hover('lite-youtube');
      await page.waitForFunction(() => document.querySelectorAll('link[rel=preconnect]').length >= 3);
      await page.evaluate((d) => window.tamis[d](), decision);
      if (decision == 'acceptAll') {
        // Released hints and styles fetch when the deferred module has run and the page has
        // rendered: wait for what Accept brings (a loaded machine took over 1.5 s), then a little
        // more so that a second fetch of a poster would be seen. The poster style and the detached
        // probe image come back together: when the probe loads before the page renders the
        // restored style, lite-youtube swaps in the better poster and hqdefault.jpg is never
        // fetched (fine, and the same race as without tamis), so wait for the probe.
        const probe = '/vi_webp/ogfYd705cRs/sddefault.webp';
        for (const end = Date.now() + 15000; Date.now() < end && !(ytimg(fakes).includes(probe) && new Set(vendorAttempts()).size >= 3); ) await page.waitForTimeout(100);
      }
      await settle(page, 1500);
      const hosts = [...new Set(vendorAttempts())].sort();
      const style = await page.evaluate(() => document.querySelector('lite-youtube').style.backgroundImage);
      if (decision == 'acceptAll') {
        assert.deepEqual(hosts, ['googleads.g.doubleclick.net', 'static.doubleclick.net', 'www.youtube-nocookie.com']);
        assert.ok(ytimg(fakes).includes('/vi_webp/ogfYd705cRs/sddefault.webp'), 'the detached probe image was released');
        const shown = style.match(/^url\("https:\/\/i\.ytimg\.com(\/[^"]+)"\)$/)?.[1];
        assert.ok(shown, `the poster style was restored: ${style}`);
        const fetched = ytimg(fakes);
        assert.equal(fetched.filter((p) => p == shown).length, 1, `the poster shown (${shown}) was fetched once: ${fetched}`);
        assert.deepEqual(fetched.filter((p, i) => fetched.indexOf(p) != i), [], 'no poster fetched twice');
      } else {
        assert.deepEqual([hosts, ytimg(fakes), style], [[], [], '']);
      }
    } finally {
      await context.close();
    }
  }
});

// Every hint and every way to insert one, to catalog hosts (Hotjar), each tagged by its case.
const RELS = { preconnect: 'https://static.hotjar.com', 'dns-prefetch': 'https://static.hotjar.com' };
for (const rel of ['preload', 'prefetch', 'modulepreload']) RELS[rel] = `https://static.hotjar.com/c/hotjar-1.js?sv=6&case=${rel}`;
const FORMS = {
  'rel, href, append': (rel, u) => `const l = document.createElement('link'); l.rel = '${rel}'; l.as = 'script'; l.href = '${u}'; document.head.append(l)`,
  'setAttribute then appendChild': (rel, u) => `const l = document.createElement('link'); l.setAttribute('rel', '${rel}'); l.setAttribute('as', 'script'); l.setAttribute('href', '${u}'); document.head.appendChild(l)`,
  'href set once connected': (rel, u) => `const l = document.createElement('link'); l.rel = '${rel}'; l.as = 'script'; document.head.append(l); l.href = '${u}'`,
  'href before rel': (rel, u) => `const l = document.createElement('link'); l.href = '${u}'; l.rel = '${rel}'; l.as = 'script'; document.head.append(l)`,
  insertAdjacentHTML: (rel, u) => `document.head.insertAdjacentHTML('beforeend', '<link rel="${rel}" as="script" href="${u}">')`,
  innerHTML: (rel, u) => `document.body.appendChild(document.createElement('div')).innerHTML = '<link rel="${rel}" as="script" href="${u}">'`,
};
const CASES = Object.entries(FORMS).flatMap(([form, make]) =>
  Object.entries(RELS).map(([rel, url]) => {
    const u = rel.includes('pre') && url.includes('?') ? url.replace(/case=.*/, `case=${encodeURIComponent(rel + ' ' + form)}`) : url;
    return `try { ${make(rel, u)} } catch (e) { window.__errors = (window.__errors || []).concat(String(e)); }`;
  }),
);
const DECLARATIVE = `<link rel="preconnect" data-category="analytics" data-vendor="hotjar" data-href="https://script.hotjar.com">
<link rel="preload" as="script" data-category="analytics" data-vendor="hotjar" data-href="https://static.hotjar.com/c/hotjar-1.js?sv=6&case=declarative">`;
const caseRequests = (fakes) => fakes.requests.filter((r) => r.url.includes('case=')).map((r) => new URL(r.url).searchParams.get('case'));

test('hints inserted by code in every way, and declarative ones, reach no vendor before a decision', async () => {
  const { page, fakes, context, vendorAttempts, errors } = await open({ head: DECLARATIVE });
  try {
    await page.evaluate((code) => new Function(code)(), CASES.join('\n'));
    await settle(page, 1500);
    assert.deepEqual(await page.evaluate(() => window.__errors ?? []), []);
    assert.deepEqual(caseRequests(fakes), []);
    assert.deepEqual(vendorAttempts(), []);
    const held = await page.evaluate(() => [...document.querySelectorAll('link[data-tamis-blocked]')].map((l) => l.hasAttribute('href')));
    assert.equal(held.length, CASES.length);
    assert.ok(held.every((hasHref) => !hasHref));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('hints come back on Accept all (preload, prefetch, modulepreload fetched once each), not on Reject all', async () => {
  for (const decision of ['acceptAll', 'rejectAll']) {
    const { page, fakes, context, vendorAttempts } = await open({ head: DECLARATIVE });
    try {
      await page.evaluate((code) => new Function(code)(), CASES.join('\n'));
      await page.evaluate((d) => window.tamis[d](), decision);
      await settle(page, 1500);
      const requested = caseRequests(fakes);
      if (decision == 'acceptAll') {
        const expected = [...Object.keys(FORMS).flatMap((form) => ['preload', 'prefetch', 'modulepreload'].map((rel) => `${rel} ${form}`)), 'declarative'].sort();
        assert.deepEqual(requested.sort(), expected);
        assert.ok(vendorAttempts().includes('static.hotjar.com') && vendorAttempts().includes('script.hotjar.com'), 'preconnects connect');
        assert.equal(await page.evaluate(() => document.querySelectorAll('link[data-tamis-blocked], link[data-href]').length), 0);
      } else {
        assert.deepEqual([requested, vendorAttempts()], [[], []]);
      }
    } finally {
      await context.close();
    }
  }
});

test('hints written in the HTML after tamis.js are held too; what the preload scanner saw first is measured', async (t) => {
  const head = `<link rel="preconnect" href="https://script.hotjar.com">
<link rel="preload" as="script" href="https://static.hotjar.com/c/hotjar-1.js?sv=6&case=parser-preload">`;
  const { page, fakes, context, vendorAttempts } = await open({ head });
  try {
    await settle(page, 1500);
    const held = await page.evaluate(() => [...document.querySelectorAll('link[data-tamis-blocked]')].map((l) => l.dataset.href));
    assert.deepEqual(held, ['https://script.hotjar.com', 'https://static.hotjar.com/c/hotjar-1.js?sv=6&case=parser-preload']);
    // The browser acts on a parsed <link> as soon as the parser inserts it (and its preload
    // scanner may read ahead): the README asks for the declarative form for hints in the HTML.
    t.diagnostic(`parser-inserted hints before a decision: ${caseRequests(fakes).length} preload request(s), ${vendorAttempts().length} connection(s)`);
  } finally {
    await context.close();
  }
});
