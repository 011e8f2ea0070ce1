// Whole-page click-through of the real UI (dist/tamis-ui.js) on the real runtime (dist/tamis.js):
// a page with Google Analytics, Hotjar, the Meta Pixel and a YouTube embed, every vendor host
// answered by the fakes. Each test checks what the decision did to the page: the consent cookie,
// which vendor scripts ran, the embed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempSite } from './browser.mjs';
import { installFakeVendors } from './fake-vendors.mjs';
import { snippets } from '../fixtures/snippets.mjs';

const page = (config, lang = 'en') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>UI flows</title>
<script>window.tamisConfig = ${JSON.stringify(config)};</script>
<script src="/dist/tamis.js"></script>
${snippets['google-analytics']}
${snippets.hotjar}
${snippets['meta-pixel']}
</head><body>
<main><h1>Shop</h1><p>Products.</p>${snippets.youtube}</main>
<footer><a href="#cookies" id="manage" data-tamis-open>Cookie preferences</a></footer>
</body></html>`;

const config = { vendors: ['google-analytics', 'hotjar', 'meta-pixel', 'youtube'], policyUrl: '/privacy', reloadOnWithdraw: true };

const site = tempSite('tamis-ui-e2e-', async (dir) => {
  await writeFile(join(dir, 'index.html'), page(config));
  await writeFile(join(dir, 'fr.html'), page(config, 'fr'));
  await writeFile(
    join(dir, 'privacy.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Privacy</title>
<script>window.tamisConfig = ${JSON.stringify(config)};</script><script src="/dist/tamis.js"></script></head>
<body><h1>Privacy policy</h1><tamis-cookie-table></tamis-cookie-table></body></html>`,
  );
});

/** A first visit in a fresh context (no cookies, no storage), optionally sending Global Privacy Control. */
async function visit(path = '/', { gpc = false } = {}) {
  const context = await site.browser.newContext(gpc ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {});
  if (gpc) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  const fakes = await installFakeVendors(context);
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(site.server.url + path);
  await tab.locator('tamis-banner').getByRole('button', { name: /^(accept all|tout accepter)$/i }).waitFor();
  return { context, fakes, tab, errors };
}

/** The choices stored in the tamis_consent cookie (`<json>.<checksum>`). */
async function stored(context) {
  const cookie = (await context.cookies()).find((c) => c.name === 'tamis_consent');
  if (!cookie) return null;
  const value = decodeURIComponent(cookie.value);
  return JSON.parse(value.slice(0, value.lastIndexOf('.')));
}

const ran = async (fakes, tab) => [...new Set(await fakes.ran(tab))].filter((id) => id !== 'youtube').sort();
const youtubeLoaded = (tab) => tab.evaluate(() => !!document.querySelector('iframe[src*="youtube"]'));
/**
 * The vendors that ran once the page has settled: waits (up to 10 s, for a slow machine) until
 * `expected` have run, then 400 ms more for any that should not have, and returns what ran.
 */
async function ranOnceSettled(fakes, tab, expected) {
  for (const end = Date.now() + 10000; Date.now() < end && String(await ran(fakes, tab)) != String(expected); ) await tab.waitForTimeout(100);
  await tab.waitForTimeout(400);
  return ran(fakes, tab);
}

test('Accept all on the banner records consent to every purpose and runs every vendor', async () => {
  const { context, fakes, tab, errors } = await visit();
  assert.equal(await stored(context), null, 'nothing stored before a decision');
  assert.deepEqual(await ran(fakes, tab), [], 'no vendor ran before a decision');
  await tab.locator('tamis-banner').getByRole('button', { name: 'Accept all' }).click();
  await tab.locator('tamis-banner').waitFor({ state: 'detached' });
  const record = await stored(context);
  assert.equal(record.m, 'accept-all');
  assert.deepEqual([record.c.analytics, record.c.pixels, record.c.social], [true, true, true]);
  assert.deepEqual(await ranOnceSettled(fakes, tab, ['google-analytics', 'hotjar', 'meta-pixel']), ['google-analytics', 'hotjar', 'meta-pixel']);
  await tab.waitForFunction(() => !!document.querySelector('iframe[src*="youtube"]'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('Reject all on the banner records a refusal, runs nothing and leaves a placeholder for the video', async () => {
  const { context, fakes, tab, errors } = await visit();
  await tab.locator('tamis-banner').getByRole('button', { name: 'Reject all' }).click();
  await tab.locator('tamis-banner').waitFor({ state: 'detached' });
  const record = await stored(context);
  assert.equal(record.m, 'reject-all');
  assert.deepEqual([record.c.analytics, record.c.pixels, record.c.social], [false, false, false]);
  assert.deepEqual(await ranOnceSettled(fakes, tab, []), []);
  assert.equal(await youtubeLoaded(tab), false);
  await tab.locator('tamis-placeholder').getByText('YouTube content is blocked').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the placeholder allows YouTube alone and the video loads', async () => {
  const { context, fakes, tab } = await visit();
  await tab.locator('tamis-banner').getByRole('button', { name: 'Reject all' }).click();
  await tab.locator('tamis-placeholder').getByRole('button', { name: 'Allow YouTube and load' }).click();
  await tab.waitForFunction(() => !!document.querySelector('iframe[src*="youtube"]'));
  await tab.locator('tamis-placeholder').waitFor({ state: 'detached' });
  const record = await stored(context);
  assert.equal(record.x.youtube, true);
  assert.equal(record.c.social, false);
  assert.deepEqual(await ran(fakes, tab), []);
  await context.close();
});

test('Customize, one purpose on, Save: only that purpose’s vendors run', async () => {
  const { context, fakes, tab } = await visit();
  await tab.locator('tamis-banner').getByRole('button', { name: 'Customize' }).click();
  const dialog = tab.locator('tamis-preferences').getByRole('dialog', { name: 'Cookie preferences' });
  await dialog.waitFor();
  await dialog.getByRole('switch', { name: 'Analytics' }).check();
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await tab.locator('tamis-banner').waitFor({ state: 'detached' });
  const record = await stored(context);
  assert.equal(record.m, 'custom');
  assert.deepEqual([record.c.analytics, record.c.pixels, record.c.social], [true, false, false]);
  assert.deepEqual(await ranOnceSettled(fakes, tab, ['google-analytics', 'hotjar']), ['google-analytics', 'hotjar']);
  assert.equal(await youtubeLoaded(tab), false);
  await context.close();
});

test('Customize, one vendor on, Save: only that vendor runs', async () => {
  const { context, fakes, tab } = await visit();
  await tab.locator('tamis-banner').getByRole('button', { name: 'Customize' }).click();
  const dialog = tab.locator('tamis-preferences').getByRole('dialog', { name: 'Cookie preferences' });
  const analytics = dialog.locator('[part="purpose"]').filter({ has: tab.getByRole('switch', { name: 'Analytics', exact: true }) });
  await analytics.getByText('Partners (2)').click();
  await dialog.getByRole('switch', { name: 'Hotjar' }).check();
  await dialog.getByRole('button', { name: /^Details\W+Hotjar$/ }).click();
  await tab.locator('tamis-preferences [popover]').getByText('Hotjar Ltd').waitFor();
  await tab.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await tab.locator('tamis-banner').waitFor({ state: 'detached' });
  const record = await stored(context);
  assert.equal(record.x.hotjar, true);
  assert.equal(record.x['google-analytics'], false);
  assert.deepEqual(await ranOnceSettled(fakes, tab, ['hotjar']), ['hotjar']);
  await context.close();
});

test('Esc closes the preferences without recording, and the banner is still there', async () => {
  const { context, tab } = await visit();
  await tab.locator('tamis-banner').getByRole('button', { name: 'Customize' }).click();
  await tab.locator('tamis-preferences').getByRole('dialog').waitFor();
  await tab.keyboard.press('Escape');
  await tab.locator('tamis-preferences').getByRole('dialog').waitFor({ state: 'hidden' });
  assert.equal(await stored(context), null);
  assert.equal(await tab.locator('tamis-banner').getByRole('button', { name: 'Reject all' }).isVisible(), true);
  await context.close();
});

test('withdraws from the footer link: the dialog shows current choices, Reject all stops the vendors', async () => {
  const { context, fakes, tab } = await visit();
  await tab.locator('tamis-banner').getByRole('button', { name: 'Accept all' }).click();
  assert.deepEqual(await ranOnceSettled(fakes, tab, ['google-analytics', 'hotjar', 'meta-pixel']), ['google-analytics', 'hotjar', 'meta-pixel']);
  await tab.click('#manage');
  const dialog = tab.locator('tamis-preferences').getByRole('dialog', { name: 'Cookie preferences' });
  await dialog.waitFor();
  assert.equal(await dialog.getByRole('switch', { name: 'Tracking pixels' }).isChecked(), true);
  await Promise.all([tab.waitForEvent('load'), dialog.getByRole('button', { name: 'Reject all' }).click()]);
  const record = await stored(context);
  assert.equal(record.m, 'reject-all');
  assert.deepEqual(await ranOnceSettled(fakes, tab, []), [], 'nothing runs after the reload');
  assert.equal(await tab.locator('tamis-banner').count(), 0, 'no new prompt after a refusal');
  const names = (await context.cookies()).map((c) => c.name);
  assert.equal(names.includes('_ga'), false, 'Google Analytics cookie cleared');
  await context.close();
});

test('speaks French on a French page, loading only the French texts', async () => {
  const context = await site.browser.newContext();
  await installFakeVendors(context);
  const tab = await context.newPage();
  const chunks = [];
  tab.on('request', (r) => r.url().includes('/dist/chunks/') && chunks.push(r.url().split('/').pop()));
  await tab.goto(`${site.server.url}/fr.html`);
  const banner = tab.locator('tamis-banner');
  await banner.getByRole('button', { name: 'Tout accepter' }).waitFor();
  await banner.getByRole('button', { name: 'Tout refuser' }).waitFor();
  // Besides the French texts of the banner's file, only YouTube's name (dist/tamis.js carries no
  // vendor names; the video's placeholder shows it), never the whole catalog; and the config
  // messages of the deferred module (`validate`) when the config may hold a mistake. The banner's
  // language chunks are named without a hash.
  const files = chunks.filter((c) => !c.startsWith('validate'));
  assert.deepEqual(files.sort(), ['banner-fr.js', 'name-youtube.js']);
  await banner.getByRole('button', { name: 'Personnaliser' }).click();
  await tab.locator('tamis-preferences').getByRole('dialog', { name: 'Gérer mes cookies' }).waitFor();
  await context.close();
});

test('under Global Privacy Control the banner says so, Accept all leaves pixels off, and they can be turned on alone', async () => {
  const { context, fakes, tab } = await visit('/', { gpc: true });
  const banner = tab.locator('tamis-banner');
  await banner.getByText('Global Privacy Control signal and we honour it').waitFor();
  await banner.getByRole('button', { name: 'Accept all' }).click();
  await banner.waitFor({ state: 'detached' });
  assert.deepEqual(await ranOnceSettled(fakes, tab, ['google-analytics', 'hotjar']), ['google-analytics', 'hotjar']);
  await tab.click('#manage');
  const dialog = tab.locator('tamis-preferences').getByRole('dialog', { name: 'Cookie preferences' });
  await dialog.getByText('Global Privacy Control signal and we honour it').waitFor();
  const pixels = dialog.getByRole('switch', { name: 'Tracking pixels' });
  assert.equal(await pixels.isChecked(), false);
  await pixels.check();
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await tab.waitForFunction(() => window.tamis.hasConsent('meta-pixel'));
  assert.deepEqual(await ranOnceSettled(fakes, tab, ['google-analytics', 'hotjar', 'meta-pixel']), ['google-analytics', 'hotjar', 'meta-pixel'], 'the pixel runs once turned on');
  await context.close();
});

test('the cookie table on the privacy page lists the vendors with the details tamis.js leaves out', async () => {
  const { context, tab } = await visit('/privacy.html');
  const table = tab.locator('tamis-cookie-table');
  const analytics = table.getByRole('table', { name: /^Analytics: cookies and trackers/ });
  await analytics.getByRole('row', { name: /_hjSessionUser_\*/ }).waitFor();
  const text = (await analytics.innerText()).replace(/\s+/g, ' ');
  assert.match(text, /_ga_\* Google Analytics Google Ireland Limited 2 years/);
  assert.match(text, /Hotjar Hotjar Ltd/);
  // Third-party YouTube cookies are stripped from dist/tamis.js and come back from the catalog.
  const social = await table.getByRole('table', { name: /^Social media/ }).innerText();
  assert.match(social, /VISITOR_INFO1_LIVE/);
  await context.close();
});

test('keyboard only: the footer link opens the preferences, Esc closes them and focus is back on the link', async () => {
  const { context, tab } = await visit();
  await tab.locator('tamis-banner').getByRole('button', { name: 'Reject all' }).press('Enter');
  await tab.locator('tamis-banner').waitFor({ state: 'detached' });
  const before = await stored(context);
  await tab.focus('#manage');
  await tab.keyboard.press('Enter');
  const dialog = tab.locator('tamis-preferences').getByRole('dialog', { name: 'Cookie preferences' });
  await dialog.waitFor();
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await tab.evaluate(() => document.activeElement?.id), 'manage');
  assert.deepEqual(await stored(context), before, 'Esc recorded nothing');
  await context.close();
});
