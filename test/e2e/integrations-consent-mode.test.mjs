// Google Consent Mode v2 on whole pages (issue 5): Google's verbatim snippets pasted below
// dist/tamis.js, gtag.js answered by a fake that applies consent commands like the real one
// (test/e2e/fake-vendors.mjs) and reports the state in `gcs` on its collect requests.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { snippets, ids } from '../fixtures/snippets.mjs';
import { openSite, settle, dataLayer, indexOf, collectGcs } from '../fixtures/integrations/site.mjs';

const GOOGLE = { vendors: ['google-analytics', 'google-ads'] };
const HEAD = snippets['google-analytics'] + snippets['google-ads'];
const DENIED = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' };
const ADS_GRANTED = { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' };

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

const updates = (layer) => layer.filter((e) => e.args?.[0] == 'consent' && e.args[1] == 'update').map((e) => e.args[2]);
const gtmEvents = (layer) => layer.filter((e) => e.object?.event == 'tamis_consent_update').map((e) => e.object.tamis);

test('the consent default, all denied, precedes the Google tag in dataLayer, as an Arguments object', async () => {
  site = await openSite(browser, { head: HEAD, config: GOOGLE });
  const page = await site.open();
  const layer = await dataLayer(page);
  assert.deepEqual(layer[0], {
    args: [
      'consent',
      'default',
      { ...DENIED, functionality_storage: 'granted', security_storage: 'granted', wait_for_update: 500 },
    ],
  });
  assert.ok(indexOf(layer, 'js') > 0 && indexOf(layer, 'config', ids.ga4) > 0, 'the GA4 snippet ran after tamis.js');
  assert.deepEqual(layer.filter((e) => !e.args), [], 'every gtag command is an Arguments object');
  assert.deepEqual(updates(layer), [], 'no update without a decision');
  assert.deepEqual(collectGcs(site.fakes), [], 'basic mode: gtag.js is not loaded before consent');
  assert.deepEqual(site.errors, []);
});

// Google cookies the tags write once they run with storage granted: _ga (analytics_storage),
// _gcl_au (ad_storage).
const decisions = [
  ['accept all', () => window.tamis.acceptAll(), { analytics_storage: 'granted', ...ADS_GRANTED }, ['_ga', '_gcl_au']],
  ['reject all', () => window.tamis.rejectAll(), {}, []],
  ['analytics only', () => window.tamis.setConsent({ analytics: true }), { analytics_storage: 'granted' }, ['_ga']],
  ['advertising only', () => window.tamis.setConsent({ advertising: true }), ADS_GRANTED, ['_gcl_au']],
];
for (const [name, decide, granted, cookies] of decisions) {
  test(`the consent update matches the decision: ${name}`, async () => {
    site = await openSite(browser, { head: HEAD, config: GOOGLE });
    const page = await site.open();
    await page.evaluate(decide);
    await settle(page);
    const layer = await dataLayer(page);
    assert.deepEqual(updates(layer), [{ ...DENIED, ...granted }]);
    const categories = await page.evaluate(() => window.tamis.getConsent().categories);
    assert.deepEqual(gtmEvents(layer), [categories], 'one tamis_consent_update event for GTM, with the purposes');
    assert.ok(
      layer.findIndex((e) => e.object?.event == 'tamis_consent_update') > indexOf(layer, 'consent', 'update'),
      'the GTM event follows the update, so its triggers see the new state',
    );
    // What Google's tags then do: each loads once its purpose is allowed and writes its cookies
    // only for the storage granted.
    const written = (await site.context.cookies()).map((c) => c.name).filter((n) => ['_ga', '_gcl_au'].includes(n));
    assert.deepEqual(written.sort(), cookies);
    assert.deepEqual(site.errors, []);
  });
}

test('on a return visit the stored decision is pushed as an update right after the default, before the tag config', async () => {
  site = await openSite(browser, { head: HEAD, config: GOOGLE });
  const first = await site.open();
  await first.evaluate(() => window.tamis.setConsent({ analytics: true, advertising: false }));
  await first.close();
  site.fakes.reset();
  const page = await site.open('/site/second.html');
  const layer = await dataLayer(page);
  assert.deepEqual(indexOf(layer, 'consent', 'default'), 0);
  assert.deepEqual(layer[1], { args: ['consent', 'update', { ...DENIED, analytics_storage: 'granted' }] });
  assert.deepEqual(layer[2].object?.event, 'tamis_consent_update');
  assert.ok(indexOf(layer, 'config', ids.ga4) > 2);
  assert.deepEqual(updates(layer).length, 1);
  assert.deepEqual([...new Set(collectGcs(site.fakes))], ['G101'], 'GA4 ran at once with analytics granted, ads denied');
  const cookies = (await site.context.cookies()).map((c) => c.name);
  assert.ok(cookies.includes('_ga'), 'analytics storage granted: _ga written');
  assert.ok(!cookies.includes('_gcl_au'), 'ads storage denied, Google Ads blocked: no _gcl_au');
});

test('withdrawing consent pushes an update with every type denied', async () => {
  site = await openSite(browser, { head: HEAD, config: { ...GOOGLE, reloadOnWithdraw: false } });
  const page = await site.open();
  await page.evaluate(() => window.tamis.acceptAll());
  await page.evaluate(() => window.tamis.setConsent({ analytics: false, advertising: false }));
  assert.deepEqual(updates(await dataLayer(page)).at(-1), DENIED);
});

test('a Tag Manager container gets the default first and a tamis_consent_update event at each decision', async () => {
  site = await openSite(browser, {
    head: snippets['google-tag-manager'],
    config: { vendors: [{ id: 'google-tag-manager', purpose: 'analytics' }] },
  });
  const page = await site.open();
  let layer = await dataLayer(page);
  assert.equal(indexOf(layer, 'consent', 'default'), 0);
  assert.ok(layer.findIndex((e) => e.object?.event == 'gtm.js') > 0, 'the GTM snippet pushed gtm.js after the default');
  await page.evaluate(() => window.tamis.acceptAll());
  await settle(page);
  layer = await dataLayer(page);
  assert.deepEqual(gtmEvents(layer), [{ necessary: true, analytics: true }]);
  assert.ok(site.fakes.requests.some((r) => r.url.includes('googletagmanager.com/gtm.js')), 'GTM loaded after consent');
});

test('advanced mode lets gtag.js load at once under denied consent, then follows the decision', async () => {
  site = await openSite(browser, {
    head: snippets['google-analytics'],
    config: { vendors: ['google-analytics'], googleConsentMode: { mode: 'advanced' } },
  });
  const page = await site.open();
  assert.deepEqual([...new Set(collectGcs(site.fakes))], ['G100'], 'cookieless ping with everything denied');
  assert.ok(!(await site.context.cookies()).some((c) => c.name == '_ga'), 'no _ga under denied consent');
  await page.evaluate(() => window.tamis.acceptAll());
  await settle(page);
  assert.ok((await site.context.cookies()).some((c) => c.name == '_ga'), '_ga written once analytics is granted');
});

test('no dataLayer, gtag or consent command on a site without Google vendors', async () => {
  site = await openSite(browser, { config: { vendors: ['hotjar'] } });
  const page = await site.open();
  await page.evaluate(() => window.tamis.acceptAll());
  assert.deepEqual(await page.evaluate(() => [typeof window.dataLayer, typeof window.gtag]), ['undefined', 'undefined']);
});
