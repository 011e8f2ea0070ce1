import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startRuntimeHarness, consentCookie, addMonthsInPage } from './runtime-harness.mjs';

let harness;
/** The messages come from tamis-deferred.js (tamis-first.js on a first visit), fetched once the banner shows: wait for `count` of them. */
const tamisErrors = async (page, errors, count) => {
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /\/tamis-(deferred|first)\.js$/.test(r.name)));
  for (let i = 0; i < 50 && errors.filter((e) => e.startsWith('tamis:')).length < count; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(200); // and no more than that
  return errors.filter((e) => e.startsWith('tamis:'));
};
before(async () => (harness = await startRuntimeHarness()));
after(() => harness?.close());

test('logs one clear error for an invalid retentionMonths, keeps blocking and uses 6 months', async () => {
  const { context, page } = await harness.open({ vendors: ['hotjar'], retentionMonths: 24 });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${harness.origin}/tags.html`);
  await page.waitForSelector('tamis-banner', { state: 'attached' });
  assert.deepEqual(await tamisErrors(page, errors, 1), ['tamis: config.retentionMonths must be a whole number from 1 to 13 (CNIL), got 24']);
  assert.deepEqual(await page.evaluate(() => window.runs ?? []), [], 'blocking stays on');
  const decided = await page.evaluate(async () => {
    await window.tamis.acceptAll();
    return window.tamis.getConsent().date.getTime();
  });
  const cookie = await consentCookie(context);
  assert.ok(Math.abs(cookie.expires * 1000 - (await addMonthsInPage(page, decided, 6))) < 1500);
  await context.close();
});

test('names an unknown vendor id and a misspelt key, and blocks the rest as usual', async () => {
  const { context, page } = await harness.open({ vendors: ['hotjar', 'hotjarr'], retentionMonth: 6 });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${harness.origin}/tags.html`);
  await page.waitForSelector('tamis-banner', { state: 'attached' });
  const ours = (await tamisErrors(page, errors, 2)).sort();
  assert.equal(ours.length, 2, ours.join('\n'));
  assert.match(ours[0], /^tamis: config\.retentionMonth is not a known option$/);
  assert.match(ours[1], /^tamis: config\.vendors\[1\] must be a catalog vendor id .*got "hotjarr"$/);
  assert.deepEqual(await page.evaluate(() => window.tamis.purposes.map((p) => p.id)), ['necessary', 'analytics']);
  assert.deepEqual(await page.evaluate(() => window.runs ?? []), []);
  await context.close();
});
