import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startRuntimeHarness } from './runtime-harness.mjs';

let harness;
before(async () => (harness = await startRuntimeHarness()));
after(() => harness?.close());

/** Opens tags.html with fake Google and YouTube hosts; records their requests. */
async function openTags(config) {
  const session = await harness.open(config);
  const vendorRequests = [];
  const warnings = [];
  session.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await session.context.route(/googletagmanager\.com|youtube-nocookie\.com/, (route) => {
    const url = route.request().url();
    vendorRequests.push(url);
    return url.includes('gtag/js')
      ? route.fulfill({ contentType: 'text/javascript', body: 'window.gtagRuns = (window.gtagRuns || 0) + 1;' })
      : route.fulfill({ contentType: 'text/html', body: '<p>video</p>' });
  });
  await session.page.goto(`${harness.origin}/tags.html`);
  await session.page.waitForLoadState('load');
  return { ...session, vendorRequests, warnings };
}

const runs = (page) => page.evaluate(() => window.runs ?? []);

test('runs a blocked script once its vendor is allowed, without reload, and never twice', async () => {
  const { context, page } = await openTags({ vendors: ['hotjar', 'youtube'] });
  await page.evaluate(() => (window.stillHere = true));
  assert.deepEqual(await runs(page), []);
  await page.evaluate(() => window.tamis.setConsent({ analytics: true }));
  await page.waitForFunction(() => window.runs?.length === 1);
  assert.deepEqual(await runs(page), ['hotjar']);
  await page.evaluate(() => window.tamis.acceptAll());
  await page.waitForFunction(() => window.runs?.length === 2);
  await page.evaluate(() => window.tamis.acceptAll());
  await page.evaluate(() => window.tamis.setConsent({ analytics: true }));
  await page.waitForTimeout(300);
  assert.deepEqual(await runs(page), ['hotjar', 'social']);
  assert.equal(await page.evaluate(() => window.stillHere), true);
  await context.close();
});

test('loads the placeholder alone (tamis-placeholder.js, not the UI) for a blocked iframe with a valid decision', async () => {
  const first = await openTags({ vendors: ['youtube'] });
  await first.page.evaluate(() => window.tamis.rejectAll());
  first.uiRequests.length = 0;
  first.vendorRequests.length = 0;
  const placeholderFile = [];
  first.page.on('request', (r) => r.url().endsWith('/dist/tamis-placeholder.js') && placeholderFile.push(r.url()));
  await first.page.reload();
  await first.page.waitForFunction(() => customElements.get('tamis-placeholder'));
  assert.equal(placeholderFile.length, 1);
  assert.equal(first.uiRequests.length, 0);
  assert.equal(await first.page.evaluate(() => document.querySelector('tamis-banner')), null);
  assert.equal(first.vendorRequests.some((u) => u.includes('youtube')), false, 'the video is not loaded');
  await first.context.close();
});

test('keeps Google tags blocked before consent in basic Consent Mode', async () => {
  const { context, page, vendorRequests } = await openTags({ vendors: ['google-analytics'] });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.gtagRuns ?? 0), 0);
  await page.evaluate(() => window.tamis.setConsent({ analytics: true }));
  await page.waitForFunction(() => window.gtagRuns === 1);
  assert.ok(vendorRequests.some((u) => u.includes('gtag/js?id=G-TEST123')));
  await context.close();
});

test('lets Google tags run at once in advanced Consent Mode, and nothing else', async () => {
  const { context, page } = await openTags({ vendors: ['google-analytics', 'hotjar'], googleConsentMode: { mode: 'advanced' } });
  await page.waitForFunction(() => window.gtagRuns === 1);
  assert.equal(await page.evaluate(() => window.tamis.hasConsent('google-analytics')), false, 'no consent is implied');
  assert.deepEqual(await runs(page), []);
  await context.close();
});

test('warns once about a catalog vendor on the page that the site did not list, saying which line to add', async () => {
  const { context, warnings } = await openTags({ vendors: ['hotjar'] });
  const youtube = warnings.filter((w) => w.includes('blocked youtube'));
  assert.equal(youtube.length, 1, warnings.join('\n'));
  assert.match(youtube[0], /not in config\.vendors: add 'youtube' to config\.vendors/);
  await context.close();
});

test('works from the npm entry: init() sets window.tamis, named exports delegate, ready is heard', async () => {
  const { context, page, errors } = await harness.open();
  await page.goto(`${harness.origin}/esm.html`);
  await page.waitForFunction(() => window.done);
  const log = await page.evaluate(() => window.log);
  // `ready` comes once, after init's task, whatever the decisions around it.
  assert.deepEqual(log.filter(([what]) => what === 'ready'), [['ready', null]]);
  assert.deepEqual(log.filter(([what]) => what !== 'ready'), [
    ['before init', 'tamis: call init(config) first'],
    ['same instance', true],
    ['change', 'reject-all'],
    ['language', 'fr'],
    ['hasConsent', false, false],
    ['change', 'custom'],
    ['getConsent', true],
  ]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('applies a decision made in another tab: the integrations call reload() and tags are released there', async () => {
  const { context, page } = await openTags({ vendors: ['hotjar'] });
  const other = await context.newPage();
  await other.goto(`${harness.origin}/tags.html`);
  await other.waitForLoadState('load');
  assert.deepEqual(await runs(other), []);
  await page.evaluate(() => window.tamis.setConsent({ analytics: true }));
  await other.waitForFunction(() => window.runs?.length === 1, null, { timeout: 15000 });
  assert.deepEqual(await runs(other), ['hotjar']);
  assert.equal(await other.evaluate(() => window.tamis.getConsent()?.categories.analytics), true);
  await context.close();
});

test('reports each blocked tag as a blocked event, late insertions included', async () => {
  const { context, page, vendorRequests } = await openTags({ vendors: ['google-analytics'] });
  const seen = await page.evaluate(async () => {
    const log = [];
    window.tamis.on('blocked', ({ vendor, purpose, element }) => log.push([vendor, purpose, element.localName]));
    const script = document.createElement('script');
    script.src = 'https://www.googletagmanager.com/gtag/js?id=G-LATE1';
    document.head.append(script);
    await new Promise((r) => setTimeout(r, 200));
    return log;
  });
  assert.deepEqual(seen, [['google-analytics', 'analytics', 'script']]);
  assert.equal(vendorRequests.some((u) => u.includes('G-LATE1')), false);
  await context.close();
});

test('honours Global Privacy Control: accepting all leaves sale and sharing off', async () => {
  const { context, page } = await harness.open({ vendors: ['hotjar', 'youtube'] });
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await page.goto(`${harness.origin}/tags.html`);
  const result = await page.evaluate(async () => {
    await window.tamis.acceptAll();
    return { gpc: window.tamis.gpc, consent: window.tamis.getConsent() };
  });
  assert.equal(result.gpc, true);
  assert.deepEqual(result.consent.categories, { necessary: true, analytics: true, social: false });
  assert.equal(result.consent.method, 'gpc');
  assert.equal(result.consent.gpc, true);
  await page.waitForFunction(() => window.runs?.length === 1);
  assert.deepEqual(await page.evaluate(() => window.runs), ['hotjar']);
  await context.close();
});
