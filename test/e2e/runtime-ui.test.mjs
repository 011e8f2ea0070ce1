import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startRuntimeHarness } from './runtime-harness.mjs';
import { until } from './demo-helpers.mjs';

let harness;
before(async () => (harness = await startRuntimeHarness()));
after(() => harness?.close());

/** A page whose visitor has already decided, so nothing needs the UI at first. */
async function decided(config = {}) {
  const session = await harness.open(config);
  await session.page.goto(`${harness.origin}/page.html`);
  await session.page.evaluate(() => window.tamis.rejectAll());
  session.uiRequests.length = 0;
  await session.page.reload();
  await session.page.waitForTimeout(200);
  assert.equal(session.uiRequests.length, 0, 'no UI request with a valid record');
  return session;
}

test('opens the preferences from a data-tamis-open link without following it', async () => {
  const { context, page, uiRequests } = await decided();
  await page.click('#footer-link');
  await page.waitForFunction(() => document.querySelector('body > tamis-preferences')?.hasAttribute('open'));
  assert.equal(uiRequests.length, 1);
  assert.equal(await page.evaluate(() => location.hash), '', 'the link was not followed');
  assert.equal(await page.evaluate(() => window.fakeUi.shown), 1);
  await page.click('#footer-link');
  await page.waitForFunction(() => window.fakeUi.shown === 2);
  assert.equal(await page.evaluate(() => document.querySelectorAll('tamis-preferences').length), 1);
  assert.equal(uiRequests.length, 1, 'the UI is loaded once');
  await context.close();
});

test('opens the preferences from a data-tamis-open element added later, and from inside it', async () => {
  const { context, page } = await decided();
  await page.evaluate(() => {
    document.body.insertAdjacentHTML('beforeend', '<button type="button" data-tamis-open><span id="inner">Manage cookies</span></button>');
  });
  await page.click('#inner');
  await page.waitForFunction(() => document.querySelector('tamis-preferences')?.hasAttribute('open'));
  await context.close();
});

test('loads the UI for a tamis-* element written in the page even with a valid record', async () => {
  const { context, page, uiRequests } = await decided();
  await page.goto(`${harness.origin}/elements.html`);
  await page.waitForFunction(() => customElements.get('tamis-cookie-table'));
  assert.equal(uiRequests.length, 1);
  assert.equal(await page.evaluate(() => document.querySelector('tamis-banner')), null);
  await context.close();
});

test('loads the UI from ui.url when given', async () => {
  const { context, page, uiRequests } = await harness.open({ ui: { url: '/dist/tamis-ui.js?custom' } });
  await page.goto(`${harness.origin}/page.html`);
  await page.waitForFunction(() => customElements.get('tamis-banner'));
  assert.deepEqual(uiRequests, [`${harness.origin}/dist/tamis-ui.js?custom`]);
  await context.close();
});

test('adds the floating preferences link when ui.preferencesLink is set, loading the UI at idle time', async () => {
  const { context, page, uiRequests } = await harness.open({ ui: { preferencesLink: 'left' } });
  await page.goto(`${harness.origin}/page.html`);
  await page.evaluate(() => window.tamis.rejectAll());
  // Once decided, the link comes on this page too, with the UI loaded at idle time: let that
  // request land before counting the next page's. The element alone does not tell: the banner's
  // file (the same fake) defines it before the idle load asks for tamis-ui.js.
  await until(() => uiRequests.length > 0, 'the first page loads tamis-ui.js at idle time');
  uiRequests.length = 0;
  await page.reload();
  await page.waitForFunction(() => customElements.get('tamis-preferences-link'));
  assert.equal(await page.evaluate(() => document.querySelectorAll('body > tamis-preferences-link').length), 1);
  assert.equal(await page.evaluate(() => document.querySelector('tamis-banner')), null);
  assert.equal(uiRequests.length, 1, uiRequests.join(' '));
  await context.close();
});

test('reports decisions as change events and tamis:change on document', async () => {
  const { context, page } = await harness.open({ vendors: ['hotjar'] });
  await page.goto(`${harness.origin}/page.html`);
  const seen = await page.evaluate(async () => {
    const log = [];
    const off = window.tamis.on('change', ({ consent, previous }) => log.push(['on', consent?.categories.analytics, previous?.categories.analytics ?? null]));
    document.addEventListener('tamis:change', (e) => log.push(['dom', e.detail.consent?.categories.analytics, e.detail.previous?.categories.analytics ?? null]));
    await window.tamis.acceptAll();
    off();
    await window.tamis.setConsent({}, { hotjar: true });
    return log;
  });
  assert.deepEqual(seen, [['on', true, null], ['dom', true, null], ['dom', true, true]]);
  await context.close();
});

test('exposes the API on window.tamis with the purposes of the configured vendors', async () => {
  const { context, page } = await harness.open({ vendors: ['youtube', 'hotjar'] });
  await page.goto(`${harness.origin}/page.html`);
  const api = await page.evaluate(() => ({
    version: window.tamis.version,
    purposes: window.tamis.purposes.map((p) => `${p.id}:${p.vendors.map((v) => v.id)}`),
    functions: ['getConsent', 'hasConsent', 'acceptAll', 'rejectAll', 'setConsent', 'showBanner', 'showPreferences', 'reset', 'on'].filter((f) => typeof window.tamis[f] === 'function').length,
  }));
  assert.match(api.version, /^\d+\.\d+\.\d+/);
  assert.deepEqual(api.purposes, ['necessary:', 'analytics:hotjar', 'social:youtube']);
  assert.equal(api.functions, 9);
  await context.close();
});
