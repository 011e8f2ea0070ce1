// End to end in Chromium: the demo shop with consentLog pointed at a collector (as `npm run demo`
// does when `npm run collector` runs) → Accept all in the banner → the receipt is in the export,
// in the consent lookup with the texts the visitor was shown, and in the dashboard (axe-clean).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from '../../scripts/chromium-path.mjs';
import { serve } from '../../scripts/serve.mjs';
import { installFakeVendors } from '../../test/e2e/fake-vendors.mjs';
import { exportAll, startCollector, TOKEN } from './helpers/collector.mjs';
import { freePort } from './helpers/postgres.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser, collector, demo, demoUrl;
before(async () => {
  if (!existsSync(new URL('../../dist/tamis.js', import.meta.url))) throw new Error('build tamis first: npm run build (at the root)');
  const port = await freePort();
  demoUrl = `http://127.0.0.1:${port}`;
  collector = await startCollector({ config: { sites: { demo: { origins: [demoUrl] } } } });
  demo = await serve({ dir: 'examples', port, host: '127.0.0.1', collector: collector.url });
  browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  await new Promise((done) => (demo ? demo.close(() => done()) : done()));
  await collector?.close();
});

/** Polls `check` until it returns a truthy value. */
async function until(check, what, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('demo shop → collector → dashboard, in Chromium', () => {
  let consentId;

  it('a visitor who accepts all in the banner leaves a receipt in the export and the lookup, with the texts shown', async () => {
    const context = await browser.newContext();
    await installFakeVendors(context);
    const page = await context.newPage();
    await page.goto(`${demoUrl}/`);
    await page.locator('tamis-banner').getByRole('button', { name: /^accept all$/i }).click();
    consentId = await until(() => page.evaluate(() => window.tamis.getConsent()?.id), 'the decision');
    const [row] = await until(async () => (await exportAll(collector, 'demo')).filter((r) => r.id == consentId).length && (await exportAll(collector, 'demo')).filter((r) => r.id == consentId), 'the receipt in the export');
    assert.equal(row.method, 'accept-all');
    assert.equal(row.url, `${demoUrl}/`);
    assert.match(row.textsHash, /^[0-9a-f]{64}$/);
    const lookup = await until(async () => {
      const body = await (await collector.admin(`/v1/sites/demo/consents/${consentId}`)).json();
      return body.receipts?.[0]?.textsStatus == 'verified' && body;
    }, 'the texts to reach the collector');
    assert.equal(lookup.receipts.length, 1);
    const texts = Object.values(lookup.receipts[0].texts).join('\n');
    assert.match(texts, /accept all/i, 'the banner wording is what the lookup shows');
    assert.equal(await until(() => page.evaluate(() => localStorage.getItem('tamis_receipts') === null && localStorage.getItem('tamis_texts') === null), 'the outbox to empty'), true);
    await context.close();
  });

  it('the dashboard behind the admin token shows the decision and finds it by consent id; axe finds no violation', async () => {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1100, height: 1400 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${collector.url}/`);
    await page.getByLabel('Admin token').fill('wrong');
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await page.getByRole('alert').filter({ hasText: 'refused' }).waitFor();

    await page.goto(`${collector.url}/#token=${TOKEN}`);
    await page.getByText(/^1 decisions · 100% accepted everything$/).waitFor();
    assert.equal(new URL(page.url()).hash, '', 'the token leaves the address bar');
    await page.getByRole('img', { name: /Accept all 100%/ }).waitFor();
    await page.getByLabel('Consent id').fill(consentId);
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.getByText('kept, hash checked by the collector').waitFor();

    await page.addScriptTag({ path: axePath });
    const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    if (process.env.TAMIS_SCREENSHOT) await page.screenshot({ path: process.env.TAMIS_SCREENSHOT, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
