// Vendor consent signals on whole pages (issue 10): Microsoft UET consent mode, Microsoft Clarity's
// consent API v2, Meta's fbq('consent') and TikTok's hold/grant/revoke. The vendors' verbatim
// snippets are pasted below dist/tamis.js (or inserted by a Google Tag Manager container); each
// vendor's tag is answered by a recorder that keeps the commands queued for it at the moment it
// runs, so the tests see the order the real tag would read: the default first, before the
// snippet's own commands, and the update before the tag runs; later updates reach the loaded tag.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { snippets } from '../fixtures/snippets.mjs';
import { openSite } from '../fixtures/integrations/site.mjs';

// Microsoft Advertising's UET tag as the UET tag dialog gives it (placeholder tag id).
const UET_SNIPPET = `<script>(function(w,d,t,r,u){var f,n,i;w[u]=w[u]||[],f=function(){var o={ti:"343000000", enableAutoSpaCompat: true};o.q=w[u],w[u]=new UET(o),w[u].push("pageLoad")},n=d.createElement(t),n.src=r,n.async=1,n.onload=n.onreadystatechange=function(){var s=this.readyState;s&&s!=="loaded"&&s!=="complete"||(f(),n.onload=n.onreadystatechange=null)},i=d.getElementsByTagName(t)[0],i.parentNode.insertBefore(n,i)})(window,document,"script","//bat.bing.com/bat.js","uetq");</script>`;
const SNIPPETS = UET_SNIPPET + snippets['microsoft-clarity'] + snippets['meta-pixel'] + snippets['tiktok-pixel'];
const VENDORS = ['microsoft-advertising', 'microsoft-clarity', 'meta-pixel', 'tiktok-pixel'];

// What each recorder keeps: the queue as the tag finds it (Arguments and arrays as plain arrays).
// Keyed by host and path prefix: UET's snippet loads its tag protocol-relative.
const RECORDERS = {
  'bat.bing.com/bat.js': `window.__atLoad = window.__atLoad || {};
window.__atLoad.uet = JSON.parse(JSON.stringify(window.uetq));
window.UET = function (o) { this.q = o.q; this.push = function () { o.q.push.apply(o.q, arguments); }; };`,
  'www.clarity.ms/tag/': `window.__atLoad = window.__atLoad || {};
window.__atLoad.clarity = (window.clarity.q || []).map(function (a) { return JSON.parse(JSON.stringify(Array.from(a))); });
window.__later = window.__later || {}; window.__later.clarity = [];
window.clarity = function () { window.__later.clarity.push(JSON.parse(JSON.stringify(Array.from(arguments)))); };`,
  'connect.facebook.net/': `window.__atLoad = window.__atLoad || {};
window.__atLoad.meta = (window.fbq.queue || []).map(function (a) { return JSON.parse(JSON.stringify(Array.from(a))); });
window.__later = window.__later || {}; window.__later.meta = [];
window.fbq.callMethod = function () { window.__later.meta.push(Array.from(arguments)); };`,
  'analytics.tiktok.com/': `window.__atLoad = window.__atLoad || {};
window.__atLoad.tiktok = Array.prototype.slice.call(window.ttq).filter(Array.isArray);`,
};

let browser, site;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});
afterEach(async () => {
  await site?.context.close();
  site = undefined;
});

/** A site with the four vendors; their tags answered by the recorders; `gtm` inserts the snippets. */
async function open({ gtm = false } = {}) {
  const config = { vendors: gtm ? ['google-tag-manager', ...VENDORS] : VENDORS, reloadOnWithdraw: false };
  site = await openSite(browser, { head: gtm ? snippets['google-tag-manager'] : SNIPPETS, config });
  for (const [prefix, body] of Object.entries(RECORDERS)) {
    await site.context.route((url) => (url.host + url.pathname).startsWith(prefix), (route) =>
      route.fulfill({ contentType: 'text/javascript', body }),
    );
  }
  if (gtm) {
    // A container whose Custom HTML tags are the four snippets: GTM inserts each as an inline script.
    const tags = JSON.stringify(SNIPPETS.match(/<script[^>]*>[\s\S]*?<\/script>/g).map((s) => s.replace(/^<script[^>]*>|<\/script>$/g, '')));
    await site.context.route((url) => url.href.startsWith('https://www.googletagmanager.com/gtm.js'), (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `${tags}.forEach(function (code) { var s = document.createElement('script'); s.text = code; document.head.appendChild(s); });`,
      }),
    );
  }
  return site.open();
}

const atLoad = (page) => page.evaluate(() => window.__atLoad ?? {});

/** Waits until the four tags ran, and returns what each found queued. */
async function untilLoaded(page) {
  await page.waitForFunction(() => ["uet", "clarity", "meta", "tiktok"].every((k) => window.__atLoad?.[k]), null, { timeout: 15000 }).catch(async (e) => {
    throw new Error(`tags that ran: ${JSON.stringify(Object.keys(await atLoad(page)))}; requests: ${JSON.stringify(site.fakes.requests.map((r) => r.url))}; errors: ${site.errors}`, { cause: e });
  });
  return atLoad(page);
}

const DEFAULTS = {
  uet: ['consent', 'default', { ad_storage: 'denied' }],
  clarity: ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }],
  meta: ['consent', 'revoke'],
  tiktok: ['holdConsent'],
};
const GRANTED = {
  uet: ['consent', 'update', { ad_storage: 'granted' }],
  clarity: ['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }],
  meta: ['consent', 'grant'],
  tiktok: ['grantConsent'],
};

/** Commands of a recorded queue as arrays (UET's queue is flat: three entries per consent call). */
function commands(name, queue) {
  if (name != 'uet') return queue;
  const out = [];
  for (let i = 0; i < queue.length; i++) out.push(queue[i] == 'consent' ? queue.slice(i, (i += 2) + 1) : [queue[i]]);
  return out;
}

/** Checks that a tag found the default first, and the granted update after its snippet's commands. */
function assertOrder(found, snippetCommand) {
  for (const name of Object.keys(DEFAULTS)) {
    const list = commands(name, found[name]);
    assert.deepEqual(list[0], DEFAULTS[name], `${name}: the default comes first (${JSON.stringify(list)})`);
    const update = list.findIndex((c) => JSON.stringify(c) == JSON.stringify(GRANTED[name]));
    assert.ok(update > 0, `${name}: the granted update reached the queue before the tag ran (${JSON.stringify(list)})`);
    const own = snippetCommand[name] && list.findIndex((c) => c[0] == snippetCommand[name]);
    if (own != null) assert.ok(own > 0, `${name}: the snippet's ${snippetCommand[name]} follows the default`);
  }
}

// The first command each snippet queues itself (UET queues nothing before its tag loads).
const SNIPPET_COMMANDS = { clarity: undefined, meta: 'init', tiktok: 'page' };

test('before any decision each vendor has its default queued, first, and its tag is not loaded', async () => {
  const page = await open();
  const queued = await page.evaluate(() => ({
    uet: JSON.parse(JSON.stringify(window.uetq)),
    clarity: window.clarity.q.map((a) => JSON.parse(JSON.stringify(Array.from(a)))),
    meta: window.fbq.queue.map((a) => Array.from(a)),
    tiktok: Array.prototype.slice.call(window.ttq).filter(Array.isArray),
  }));
  for (const name of Object.keys(DEFAULTS)) assert.deepEqual(commands(name, queued[name])[0], DEFAULTS[name], name);
  assert.deepEqual(queued.meta.map((c) => c[0]), ['consent', 'init', 'track'], 'Meta: consent revoke precedes init');
  assert.deepEqual(await atLoad(page), {}, 'no tag ran before consent');
  assert.deepEqual(site.errors, []);
});

test('after accept all each tag runs once with the default first and the granted update before it', async () => {
  const page = await open();
  await page.evaluate(() => window.tamis.acceptAll());
  assertOrder(await untilLoaded(page), SNIPPET_COMMANDS);
  assert.deepEqual(site.errors, []);
});

test('a returning visitor\'s tags get the default then the stored decision before they run', async () => {
  const first = await open();
  await first.evaluate(() => window.tamis.acceptAll());
  await untilLoaded(first);
  const page = await site.open();
  assertOrder(await untilLoaded(page), SNIPPET_COMMANDS);
});

test('a withdrawal sends each loaded tag a denying update', async () => {
  const page = await open();
  await page.evaluate(() => window.tamis.acceptAll());
  await untilLoaded(page);
  await page.evaluate(() => window.tamis.rejectAll());
  const later = await page.evaluate(() => ({
    uet: JSON.parse(JSON.stringify(window.uetq.q ?? window.uetq)),
    clarity: window.__later.clarity,
    meta: window.__later.meta,
    tiktok: Array.prototype.slice.call(window.ttq).filter(Array.isArray),
  }));
  assert.deepEqual(commands('uet', later.uet).at(-1), ['consent', 'update', { ad_storage: 'denied' }]);
  assert.deepEqual(later.clarity.at(-1), ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]);
  assert.deepEqual(later.meta.at(-1), ['consent', 'revoke']);
  assert.deepEqual(later.tiktok.at(-1), ['revokeConsent']);
});

test('consent to Clarity alone grants analytics storage but not ad storage, and leaves the others denied', async () => {
  const page = await open();
  await page.evaluate(() => window.tamis.setConsent({}, { 'microsoft-clarity': true }));
  await page.waitForFunction(() => window.__atLoad?.clarity, null, { timeout: 15000 });
  const found = await atLoad(page);
  assert.deepEqual(found.clarity.at(-1), ['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]);
  assert.equal(found.meta, undefined, 'the Meta tag stays blocked');
  const queued = await page.evaluate(() => ({
    uet: JSON.parse(JSON.stringify(window.uetq)),
    meta: window.fbq.queue.map((a) => Array.from(a)),
  }));
  assert.deepEqual(commands('uet', queued.uet).at(-1), ['consent', 'update', { ad_storage: 'denied' }]);
  assert.deepEqual(queued.meta.at(-1), ['consent', 'revoke']);
});

test('tags that Google Tag Manager inserts find their default first too', async () => {
  const page = await open({ gtm: true });
  await page.evaluate(() => window.tamis.acceptAll());
  assertOrder(await untilLoaded(page), SNIPPET_COMMANDS);
  assert.deepEqual(site.errors, []);
});
