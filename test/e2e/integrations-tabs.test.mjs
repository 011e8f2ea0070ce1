// Cross-tab sync on whole pages (issue 5): two open tabs of one visitor (one browser context); a
// decision in one applies in the other without a reload (banner closes, newly consented scripts
// run, Google Consent Mode updated); a withdrawal follows the withdrawal behaviour (reload).
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { snippets } from '../fixtures/snippets.mjs';
import { openSite, settle, dataLayer } from '../fixtures/integrations/site.mjs';

const CONFIG = { vendors: ['google-analytics', 'hotjar'] };
const HEAD = snippets['google-analytics'] + snippets.hotjar;

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

/** Marks the document, so a reload (a new document) can be told from an update in place. */
const mark = (page) => page.evaluate(() => (window.__sameDocument = true));
const sameDocument = (page) => page.evaluate(() => window.__sameDocument === true);
const ran = async (page) => [...new Set(await site.fakes.ran(page))].sort();
const hasBanner = (page) => page.evaluate(() => !!document.querySelector('tamis-banner'));

test('a decision in one tab closes the banner and runs the consented scripts in another open tab, without reload', async () => {
  site = await openSite(browser, { head: HEAD, config: CONFIG, ui: true });
  const first = await site.open('/site/index.html');
  const second = await site.open('/site/products.html');
  await second.waitForFunction(() => !!document.querySelector('tamis-banner'));
  await mark(second);
  assert.deepEqual(await ran(second), []);
  await first.evaluate(() => window.tamis.setConsent({ analytics: true }));
  await second.waitForFunction(() => (window.__tamisFakeRan ?? []).includes('google-analytics'));
  await settle(second);
  assert.equal(await sameDocument(second), true, 'no reload');
  assert.deepEqual(await ran(second), ['google-analytics', 'hotjar'], 'analytics scripts run');
  assert.equal(await hasBanner(second), false, 'the banner closed');
  assert.equal(await second.evaluate(() => window.tamis.getConsent().categories.analytics), true);
  const updates = (await dataLayer(second)).filter((e) => e.args?.[1] == 'update');
  assert.equal(updates.length, 1);
  assert.equal(updates[0].args[2].analytics_storage, 'granted');
  assert.deepEqual(site.errors, []);
});

test('tabs that apply another tab’s withdrawal do not broadcast it again', async () => {
  site = await openSite(browser, { head: HEAD, config: { ...CONFIG, reloadOnWithdraw: false } });
  const first = await site.open();
  await first.evaluate(() => window.tamis.acceptAll());
  const second = await site.open();
  const third = await site.open();
  // A listener of the channel in one more tab sees every message any tab sends.
  await third.evaluate(() => {
    window.__messages = 0;
    new BroadcastChannel('tamis').onmessage = () => window.__messages++;
  });
  await first.evaluate(() => window.tamis.reset());
  await second.waitForFunction(() => window.tamis.getConsent() === null);
  await settle(second);
  assert.equal(await third.evaluate(() => window.__messages), 1, 'only the tab that withdrew sent a message');
  assert.equal(await third.evaluate(() => window.tamis.getConsent()), null);
});

test('a withdrawal in one tab reloads the other open tab, which then runs nothing it no longer may', async () => {
  site = await openSite(browser, { head: HEAD, config: CONFIG });
  const first = await site.open();
  await first.evaluate(() => window.tamis.acceptAll());
  const second = await site.open('/site/other.html');
  assert.deepEqual(await ran(second), ['google-analytics', 'hotjar']);
  await mark(second);
  const reloaded = second.waitForEvent('load');
  await first.evaluate(() => window.tamis.setConsent({ analytics: false }));
  await reloaded;
  await settle(second);
  assert.equal(await sameDocument(second), false, 'the other tab reloaded (reloadOnWithdraw)');
  assert.deepEqual(await ran(second), []);
  assert.equal(await second.evaluate(() => window.tamis.getConsent().categories.analytics), false);
});

test('with reloadOnWithdraw off, forgetting the decision in one tab brings the banner back in the other', async () => {
  site = await openSite(browser, { head: HEAD, config: { ...CONFIG, reloadOnWithdraw: false }, ui: true });
  const first = await site.open();
  await first.evaluate(() => window.tamis.acceptAll());
  const second = await site.open('/site/other.html');
  await mark(second);
  assert.equal(await hasBanner(second), false);
  await first.evaluate(() => window.tamis.reset());
  await second.waitForFunction(() => !!document.querySelector('tamis-banner'));
  assert.equal(await sameDocument(second), true, 'no reload');
  assert.equal(await second.evaluate(() => window.tamis.getConsent()), null);
});
