// The proof asked by issue 3: the vendors' verbatim snippets pasted below dist/tamis.js, in real
// Chromium, with every vendor host answered by fakes that run, write their real cookies and send
// their requests (test/e2e/fake-vendors.mjs).
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer } from './browser.mjs';
import { snippets, ids } from '../fixtures/snippets.mjs';
import { openPage, settle, vendorsRequested, pageState } from '../fixtures/blocking/harness.mjs';

// Tags the snippets insert with createElement + insertBefore/appendChild: no request allowed.
const SCRIPT_INSERTED = ['google-tag-manager', 'linkedin', 'meta-pixel', 'x-pixel', 'tiktok-pixel', 'hotjar', 'microsoft-clarity'];
// Tags written statically in the HTML: the preload scanner may fetch them before any script runs.
const STATIC = ['google-analytics', 'google-ads', 'hubspot', 'youtube', 'vimeo'];
// Allowed without consent: exempt audience measurement (Matomo) and payment fraud prevention.
const NO_CONSENT_NEEDED = ['matomo', 'stripe'];

const HEAD = [
  'google-analytics', 'google-ads', 'google-tag-manager', 'hubspot', 'linkedin', 'meta-pixel', 'x-pixel',
  'tiktok-pixel', 'hotjar', 'microsoft-clarity', 'matomo', 'stripe',
].map((id) => snippets[id]).join('\n');
const BODY = `${snippets['google-tag-manager-noscript']}<h1>Shop</h1>\n${snippets.youtube}\n<p>text</p>\n${snippets.vimeo}`;

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

const load = async (options) => (open = await openPage(browser, server, { head: HEAD, body: BODY, ...options }));
/** Loads the page with the real UI, which puts the placeholders of the blocked iframes, and waits for them. */
const loadWithPlaceholders = async (count = 2) => {
  await load({ realUi: true });
  await open.page.waitForFunction((n) => document.querySelectorAll('tamis-placeholder').length == n, count, { timeout: 15000 });
  return open;
};
/** The inert vendor scripts in the page, in document order: their vendor, and whether they are async. */
const inertScripts = (page) =>
  page.evaluate(() => [...document.querySelectorAll('script[type="text/plain"][data-vendor]')].map((s) => ({ vendor: s.dataset.vendor, async: s.hasAttribute('async') })));
/** Vendors whose inert tags are in the page, in document order. */
const inertOrder = async (page) => (await inertScripts(page)).map((s) => s.vendor);
const ranAfter = async (page, decide) => {
  const before = await open.fakes.ran(page);
  await page.evaluate(decide);
  await settle(page, 400);
  // Released scripts run one after the other; wait until the list stops growing (busy CI machines).
  let ran = await open.fakes.ran(page);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(400);
    const now = await open.fakes.ran(page);
    if (now.length == ran.length) break;
    ran = now;
  }
  return ran.slice(before.length);
};

test('before consent no vendor code runs and no vendor cookie or storage key is written', async (t) => {
  const { page, fakes, errors } = await load();
  assert.deepEqual((await fakes.ran(page)).sort(), [...NO_CONSENT_NEEDED].sort());
  const { cookies, local, session } = await pageState(page);
  const vendorCookies = cookies.filter((c) => !/^(_pk_|__stripe_|tamis)/.test(c));
  assert.deepEqual(vendorCookies, [], 'only Matomo (exempt) and Stripe (fraud) cookies');
  assert.deepEqual(local.filter((k) => !/^tamis/.test(k)), []);
  assert.deepEqual(session.filter((k) => !/^tamis/.test(k)), []);
  // window globals each vendor's code would create (not the stubs the snippets create)
  assert.deepEqual(await page.evaluate(() => typeof window.google_tag_manager), 'undefined');
  assert.deepEqual(errors, []);
  t.diagnostic(`vendors requested before consent: ${vendorsRequested(fakes).join(', ')}`);
});

test('control: without tamis.js the same page runs every vendor and writes their cookies', async () => {
  open = await openPage(browser, server, { head: HEAD, body: BODY, withoutTamis: true });
  const { page, fakes } = open;
  const ran = await fakes.ran(page);
  for (const v of [...SCRIPT_INSERTED, 'google-analytics', 'google-ads', 'hubspot']) assert.ok(ran.includes(v), `${v} ran`);
  for (const v of SCRIPT_INSERTED) assert.ok(vendorsRequested(fakes).includes(v), `${v} requested`);
  assert.ok((await pageState(page)).cookies.includes('_fbp'));
});

test('tags that snippets insert with createElement make no request at all before consent', async () => {
  const { page, fakes } = await load();
  const contacted = vendorsRequested(fakes).filter((v) => SCRIPT_INSERTED.includes(v));
  assert.deepEqual(contacted, []);
  // They are in the page, inert, in declarative form.
  const inert = await inertOrder(page);
  for (const v of SCRIPT_INSERTED) assert.ok(inert.includes(v), `${v} kept as an inert tag`);
});

test('static tags: measured preload-scanner contact, but their code never runs and frames never show', async (t) => {
  const { page, fakes } = await loadWithPlaceholders();
  const requested = vendorsRequested(fakes);
  const staticContact = STATIC.filter((v) => requested.includes(v));
  t.diagnostic(`static tags fetched by Chromium before tamis could act: ${staticContact.join(', ') || 'none'}`);
  t.diagnostic(`static tags never contacted: ${STATIC.filter((v) => !requested.includes(v)).join(', ') || 'none'}`);
  const ran = await fakes.ran(page);
  for (const v of STATIC) assert.ok(!ran.includes(v), `${v} code did not run`);
  const frames = await page.evaluate(() =>
    [...document.querySelectorAll('iframe[data-vendor]')].map((f) => ({
      vendor: f.dataset.vendor,
      src: f.getAttribute('src'),
      shown: f.getBoundingClientRect().height > 0,
      frameLoaded: !!f.contentWindow && f.contentWindow.location.href !== 'about:blank',
    })),
  );
  assert.deepEqual(frames.map((f) => f.vendor).sort(), ['vimeo', 'youtube']);
  for (const f of frames) {
    assert.equal(f.src, null, `${f.vendor} iframe has no src`);
    assert.equal(f.shown, false, `${f.vendor} iframe is hidden`);
    assert.equal(f.frameLoaded, false, `${f.vendor} iframe holds no vendor document`);
  }
  // No vendor frame document exists in the page (a fake frame would be listed by playwright).
  assert.deepEqual(page.frames().filter((f) => /youtube|vimeo/.test(f.url())).map((f) => f.url()), []);
});

test('until the UI is there, a blocked embed stays blank in its own box, marked for the placeholder', async () => {
  const { page } = await load();
  const frames = await page.evaluate(() =>
    [...document.querySelectorAll('iframe[data-vendor]')].map((f) => {
      const r = f.getBoundingClientRect();
      return { vendor: f.dataset.vendor, src: f.getAttribute('src'), marked: f.hasAttribute('data-tamis-blocked'), w: r.width, h: r.height };
    }),
  );
  assert.deepEqual(frames, [
    { vendor: 'youtube', src: null, marked: true, w: 560, h: 315 },
    { vendor: 'vimeo', src: null, marked: true, w: 640, h: 360 },
  ]);
  assert.equal(await page.evaluate(() => document.querySelectorAll('tamis-placeholder').length), 0, 'no UI, no placeholder');
});

test('a blocked embed is preceded by a placeholder of the same size naming vendor and purpose', async () => {
  const { page } = await loadWithPlaceholders();
  const ph = await page.evaluate(() =>
    [...document.querySelectorAll('tamis-placeholder')].map((p) => {
      const r = p.getBoundingClientRect();
      return { vendor: p.getAttribute('vendor'), purpose: p.getAttribute('purpose'), w: r.width, h: r.height, next: p.nextElementSibling?.localName };
    }),
  );
  assert.deepEqual(ph, [
    { vendor: 'youtube', purpose: 'social', w: 560, h: 315, next: 'iframe' },
    { vendor: 'vimeo', purpose: 'social', w: 640, h: 360, next: 'iframe' },
  ]);
});

test('accept all runs every blocked vendor once, in document order where it matters, and loads the embeds', async () => {
  const { page, fakes } = await load();
  const scripts = (await inertScripts(page)).filter((s) => !NO_CONSENT_NEEDED.includes(s.vendor));
  const ran = await ranAfter(page, () => window.tamis.acceptAll());
  const expected = scripts.map((s) => s.vendor);
  const held = ran.filter((v) => expected.includes(v));
  assert.deepEqual([...held].sort(), [...expected].sort());
  // A script that is not async runs after every script before it; an async one after those before
  // it that are not async (async files after one another run as they arrive, as without tamis).
  assert.ok(scripts.some((s) => s.async), 'the snippets insert async loaders');
  scripts.forEach((s, i) => {
    for (const before of scripts.slice(0, i))
      if (!s.async || !before.async) assert.ok(held.indexOf(before.vendor) < held.indexOf(s.vendor), `${before.vendor} ran before ${s.vendor}`);
  });
  assert.equal(new Set(ran).size, ran.length, 'no vendor ran twice');
  assert.equal(await page.evaluate(() => document.querySelectorAll('tamis-placeholder, [data-tamis-blocked]').length), 0);
  const frames = page.frames().map((f) => f.url());
  assert.ok(frames.some((u) => u.includes('youtube.com/embed')), 'YouTube frame loaded');
  assert.ok(frames.some((u) => u.includes('player.vimeo.com')), 'Vimeo frame loaded');
  const { cookies } = await pageState(page);
  for (const c of ['_ga', '_gcl_au', '_fbp', 'hubspotutk', '_ttp', '_clck']) assert.ok(cookies.includes(c), `${c} written after consent`);
  // Deciding again, and releasing again, runs nothing twice.
  const again = await ranAfter(page, () => {
    window.tamis.acceptAll();
    window.tamis.setConsent({ analytics: true, advertising: true });
  });
  assert.deepEqual(again, []);
  assert.ok(vendorsRequested(fakes).includes('youtube'));
});

test('analytics alone runs the analytics vendors and never the Google Ads tag', async () => {
  const { page, fakes } = await load();
  fakes.reset();
  const ran = await ranAfter(page, () => window.tamis.setConsent({ analytics: true }));
  assert.deepEqual([...ran].sort(), ['google-analytics', 'google-tag-manager', 'hotjar', 'hubspot', 'microsoft-clarity']);
  const gtag = fakes.requests.filter((r) => r.url.includes('/gtag/js')).map((r) => new URL(r.url).searchParams.get('id'));
  assert.deepEqual(gtag, ['G-TAMIS12345']);
  const { cookies } = await pageState(page);
  assert.ok(cookies.includes('_ga'));
  assert.ok(!cookies.includes('_gcl_au'), 'no Google Ads cookie');
  assert.deepEqual(vendorsRequested(fakes).filter((v) => ['google-ads', 'meta-pixel', 'linkedin', 'x-pixel', 'tiktok-pixel', 'youtube', 'vimeo'].includes(v)), []);
});

test('advertising alone runs Google Ads and LinkedIn, not GA4', async () => {
  const { page, fakes } = await load();
  fakes.reset();
  const ran = await ranAfter(page, () => window.tamis.setConsent({ advertising: true }));
  assert.deepEqual([...ran].sort(), ['google-ads', 'linkedin']);
  const gtag = fakes.requests.filter((r) => r.url.includes('/gtag/js')).map((r) => new URL(r.url).searchParams.get('id'));
  assert.deepEqual(gtag, ['AW-123456789']);
});

test('consent per vendor loads that vendor alone', async () => {
  const { page, fakes } = await loadWithPlaceholders();
  fakes.reset();
  const ran = await ranAfter(page, () => window.tamis.setConsent({}, { youtube: true, hotjar: true }));
  assert.deepEqual(ran, ['hotjar']);
  const state = await page.evaluate(() => ({
    youtube: document.querySelector('iframe[data-vendor="youtube"]')?.getAttribute('src'),
    vimeo: document.querySelector('iframe[data-vendor="vimeo"]')?.getAttribute('src'),
    placeholders: [...document.querySelectorAll('tamis-placeholder')].map((p) => p.getAttribute('vendor')),
  }));
  assert.match(state.youtube, /^https:\/\/www\.youtube\.com\/embed\//);
  assert.equal(state.vimeo, null);
  assert.deepEqual(state.placeholders, ['vimeo']);
  assert.deepEqual(vendorsRequested(fakes).sort(), ['hotjar', 'youtube']);
});

test('on a return visit with consent, the snippets run at once, each once, and nothing is blocked', async () => {
  const { page } = await load();
  await page.evaluate(() => window.tamis.acceptAll());
  await settle(page);
  await page.reload();
  await settle(page, 800);
  const ran = await open.fakes.ran(page);
  for (const v of [...SCRIPT_INSERTED, 'google-analytics', 'google-ads', 'hubspot']) assert.equal(ran.filter((r) => r == v).length, 1, `${v} ran once`);
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-tamis-blocked], tamis-placeholder').length), 0);
});

test('tags fired by an allowed Google Tag Manager container are still blocked until their own vendor is allowed', async () => {
  open = await openPage(browser, server, {
    head: snippets['google-tag-manager'],
    fakeOptions: { gtmTags: { [ids.gtm]: [`https://www.googletagmanager.com/gtag/js?id=${ids.ga4}`, 'https://connect.facebook.net/en_US/fbevents.js'] } },
  });
  const { page, fakes } = open;
  fakes.reset();
  assert.deepEqual(await ranAfter(page, () => window.tamis.setConsent({}, { 'google-tag-manager': true })), ['google-tag-manager']);
  assert.deepEqual(vendorsRequested(fakes), ['google-tag-manager']);
  assert.deepEqual(await ranAfter(page, () => window.tamis.setConsent({}, { 'google-analytics': true })), ['google-analytics']);
  assert.ok(!vendorsRequested(fakes).includes('meta-pixel'), 'the Meta Pixel tag in the container stays blocked');
});

test('catalog vendors the site did not list are blocked too, with a console warning naming them', async (t) => {
  const warnings = [];
  const { page, fakes } = (open = await openPage(browser, server, {
    vendors: ['google-analytics'],
    head: snippets['meta-pixel'],
    body: `<img alt="" width="1" height="1" src="https://px.ads.linkedin.com/collect/?pid=${ids.linkedin}&fmt=gif">`,
    route: async (context) => context.on('console', (m) => m.type() == 'warning' && warnings.push(m.text())),
  }));
  assert.deepEqual(await fakes.ran(page), []);
  assert.ok(!vendorsRequested(fakes).includes('meta-pixel'), 'Meta Pixel never contacted');
  // A static <img src> is fetched by the preload scanner before any script: measured, not prevented.
  t.diagnostic(`static LinkedIn pixel <img src> contacted by the preload scanner: ${vendorsRequested(fakes).includes('linkedin')}`);
  assert.equal(await page.$eval('img', (i) => [i.getAttribute('src'), i.dataset.vendor].join()), ',linkedin');
  // By catalog id: the <head> catalog carries no display names (scripts/rollup-strip-vendor-details.mjs).
  assert.ok(warnings.some((w) => w.includes('meta-pixel')), warnings.join('\n'));
  assert.ok(warnings.some((w) => w.includes('linkedin')), warnings.join('\n'));
});

test('static vendor scripts never run, whether classic, async, defer or module', async (t) => {
  const hj = (n) => `https://static.hotjar.com/c/hotjar-${ids.hotjar}.js?sv=6&n=${n}`;
  const { page, fakes } = (open = await openPage(browser, server, {
    head: `<script src="${hj('sync')}"></script>
<script async src="${hj('async')}"></script>
<script defer src="${hj('defer')}"></script>
<script type="module" src="${hj('module')}"></script>`,
    body: `<p>text</p><script src="${hj('body')}"></script><p>more</p>`,
  }));
  t.diagnostic(`fetched by the preload scanner: ${fakes.requests.filter((r) => r.vendor == 'hotjar').map((r) => new URL(r.url).searchParams.get('n')).join(', ')}`);
  assert.deepEqual(await fakes.ran(page), []);
  assert.deepEqual(await page.$$eval('script[data-vendor="hotjar"]', (s) => s.map((x) => [x.type, x.dataset.type ?? ''])), [
    ['text/plain', ''],
    ['text/plain', ''],
    ['text/plain', ''],
    ['text/plain', 'module'],
    ['text/plain', ''],
  ]);
  const ran = await ranAfter(page, () => window.tamis.setConsent({ analytics: true }));
  assert.deepEqual(ran, ['hotjar', 'hotjar', 'hotjar', 'hotjar', 'hotjar']);
});

test('the placeholder button of a blocked embed allows that vendor alone and loads it in place', async () => {
  const { page, fakes } = (open = await openPage(browser, server, { body: `${snippets.youtube}\n${snippets.vimeo}`, realUi: true }));
  const button = page.locator('tamis-placeholder[vendor="youtube"]').getByRole('button');
  await button.waitFor({ timeout: 15000 });
  const size = await page.$eval('tamis-placeholder[vendor="youtube"]', (p) => [p.getBoundingClientRect().width, p.getBoundingClientRect().height]);
  assert.deepEqual(size, [560, 315], 'the rendered placeholder keeps the frame size');
  await button.click();
  await page.waitForFunction(() => document.querySelector('iframe[data-vendor="youtube"]')?.getAttribute('src'), null, { timeout: 15000 });
  await settle(page);
  const frame = await page.$eval('iframe[data-vendor="youtube"]', (f) => [f.getBoundingClientRect().width, f.getBoundingClientRect().height]);
  assert.deepEqual(frame, [560, 315]);
  assert.deepEqual(await page.$$eval('tamis-placeholder', (l) => l.map((p) => p.getAttribute('vendor'))), ['vimeo']);
  assert.equal(await page.evaluate(() => window.tamis.getConsent().vendors.youtube), true);
  assert.equal(await page.evaluate(() => window.tamis.hasConsent('vimeo')), false);
  assert.ok(vendorsRequested(fakes).includes('youtube'));
  assert.ok(page.frames().some((f) => f.url().includes('youtube.com/embed')));
});
