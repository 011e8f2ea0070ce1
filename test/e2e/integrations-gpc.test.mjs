// Global Privacy Control end to end (issue 5): the browser sends the signal before any page script
// (navigator.globalPrivacyControl and the Sec-GPC header, W3C GPC draft §3); "Accept all" then leaves
// advertising, social and pixels off, Google Consent Mode reports ads denied, and the visitor can
// still switch advertising on by itself.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { snippets } from '../fixtures/snippets.mjs';
import { openSite, settle, dataLayer } from '../fixtures/integrations/site.mjs';

const CONFIG = { vendors: ['google-analytics', 'google-ads', 'meta-pixel'] };
const HEAD = snippets['google-analytics'] + snippets['google-ads'] + snippets['meta-pixel'];

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

const lastUpdate = async (page) =>
  (await dataLayer(page)).filter((e) => e.args?.[1] == 'update').map((e) => e.args[2]).at(-1);
/** Vendors whose code ran on the page (the fakes record it), whatever the preload scanner fetched. */
const vendorsRan = async (page) => [...new Set(await site.fakes.ran(page))].sort();

test('with GPC on, accept all keeps advertising off, records the signal and tells Google ads are denied', async () => {
  site = await openSite(browser, { head: HEAD, config: CONFIG, gpc: true });
  const page = await site.open();
  assert.equal(await page.evaluate(() => navigator.globalPrivacyControl), true, 'signal set before page scripts');
  assert.equal(site.pageRequests[0].headers['sec-gpc'], '1', 'and sent in the Sec-GPC header');
  assert.equal(await page.evaluate(() => window.tamis.gpc), true);
  await page.evaluate(() => window.tamis.acceptAll());
  await settle(page);
  const consent = await page.evaluate(() => window.tamis.getConsent());
  assert.equal(consent.method, 'gpc');
  assert.equal(consent.gpc, true);
  assert.equal(consent.categories.analytics, true);
  assert.equal(consent.categories.advertising, false);
  assert.deepEqual(await lastUpdate(page), {
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: 'granted',
  });
  assert.deepEqual(await vendorsRan(page), ['google-analytics'], 'Google Ads and Meta Pixel stay blocked');
  const cookies = (await site.context.cookies()).map((c) => c.name);
  assert.ok(cookies.includes('_ga'));
  assert.ok(!cookies.includes('_gcl_au') && !cookies.includes('_fbp'));
  assert.deepEqual(site.errors, []);
});

test('with GPC on, the visitor can still turn advertising on one vendor at a time', async () => {
  site = await openSite(browser, { head: HEAD, config: CONFIG, gpc: true });
  const page = await site.open();
  await page.evaluate(() => window.tamis.acceptAll());
  await page.evaluate(() => window.tamis.setConsent({}, { 'google-ads': true }));
  await settle(page);
  const consent = await page.evaluate(() => window.tamis.getConsent());
  assert.equal(consent.method, 'custom');
  assert.equal(consent.vendors['google-ads'], true);
  assert.equal(consent.vendors['meta-pixel'], false);
  assert.deepEqual(await lastUpdate(page), {
    ad_storage: 'granted',
    ad_user_data: 'granted',
    ad_personalization: 'granted',
    analytics_storage: 'granted',
  });
  assert.deepEqual(await vendorsRan(page), ['google-ads', 'google-analytics']);
  assert.ok((await site.context.cookies()).some((c) => c.name == '_gcl_au'));
});

test('with GPC on and the stored decision, the next page keeps ads denied from the start', async () => {
  site = await openSite(browser, { head: HEAD, config: CONFIG, gpc: true });
  const first = await site.open();
  await first.evaluate(() => window.tamis.acceptAll());
  await first.close();
  site.fakes.reset();
  const page = await site.open('/site/next.html');
  assert.equal((await lastUpdate(page)).ad_storage, 'denied');
  assert.deepEqual(await vendorsRan(page), ['google-analytics']);
  assert.ok(!(await site.context.cookies()).some((c) => c.name == '_gcl_au'));
});

test('with respectGPC false, accept all turns advertising on despite the signal', async () => {
  site = await openSite(browser, { head: HEAD, config: { ...CONFIG, respectGPC: false }, gpc: true });
  const page = await site.open();
  assert.equal(await page.evaluate(() => window.tamis.gpc), false);
  await page.evaluate(() => window.tamis.acceptAll());
  await settle(page);
  const consent = await page.evaluate(() => window.tamis.getConsent());
  assert.equal(consent.method, 'accept-all');
  assert.equal(consent.gpc, false);
  assert.equal((await lastUpdate(page)).ad_storage, 'granted');
  assert.deepEqual(await vendorsRan(page), ['google-ads', 'google-analytics', 'meta-pixel']);
});

test('without GPC, accept all turns advertising on', async () => {
  site = await openSite(browser, { head: HEAD, config: CONFIG });
  const page = await site.open();
  await page.evaluate(() => window.tamis.acceptAll());
  const consent = await page.evaluate(() => window.tamis.getConsent());
  assert.equal(consent.method, 'accept-all');
  assert.equal(consent.categories.advertising, true);
  assert.equal((await lastUpdate(page)).ad_storage, 'granted');
});

test('with GPC on, the banner tells the visitor the signal was honoured; without it, it does not', async () => {
  site = await openSite(browser, { config: CONFIG, gpc: true, ui: true });
  const page = await site.open();
  const notice = page.locator('tamis-banner [part="notice"]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /Global Privacy Control/);
  await site.context.close();

  site = await openSite(browser, { config: CONFIG, ui: true });
  const plain = await site.open();
  await plain.locator('tamis-banner').waitFor();
  await settle(plain);
  assert.equal(await plain.locator('tamis-banner [part="notice"]').count(), 0);
});
