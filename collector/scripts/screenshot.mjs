// Screenshot of the dashboard for README (docs/images/collector-dashboard.png): a collector on an
// in-memory PGlite filled with 30 days of made-up decisions, opened in Chromium with the token.
import { createHash } from 'node:crypto';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from '../../scripts/chromium-path.mjs';
import { startCollector, TOKEN } from '../test/helpers/collector.mjs';

const DAY = 86_400_000;
const out = process.argv[2] ?? new URL('../../docs/images/collector-dashboard.png', import.meta.url).pathname;
const server = await startCollector({ config: { sites: { shop: { origins: ['https://shop.example'] }, blog: { origins: ['https://blog.example'] } } } });
const versions = [1, 2].map((revision) => {
  const texts = JSON.stringify({ title: `Cookies (revision ${revision})`, accept: 'Accept all', reject: 'Reject all' });
  return { revision, texts, hash: createHash('sha256').update(texts).digest('hex') };
});
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const posts = [];
for (let day = 29; day >= 0; day--) {
  for (let i = 0; i < 20 + Math.floor(random() * 25); i++) {
    const version = versions[day < 12 ? 1 : 0];
    const pick = random();
    const method = pick < (day < 12 ? 0.62 : 0.48) ? 'accept-all' : pick < 0.8 ? 'reject-all' : 'custom';
    const on = method == 'accept-all' ? () => true : method == 'reject-all' ? () => false : () => random() < 0.5;
    const date = new Date(Date.now() - day * DAY - random() * DAY * 0.9);
    posts.push({
      id: crypto.randomUUID(), revision: version.revision, date: date.toISOString(), expires: new Date(date.getTime() + 180 * DAY).toISOString(),
      categories: { necessary: true, audience: true, analytics: on(), advertising: on(), social: on() },
      vendors: {}, method, gpc: false, textsHash: version.hash, url: 'https://shop.example/', language: 'en', version: '0.1.0',
    });
  }
}
for (const r of posts) await server.post('shop', r);
for (const v of versions)
  await fetch(`${server.url}/v1/sites/shop/texts/${v.hash}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: v.texts });
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
await page.goto(`${server.url}/#token=${TOKEN}`);
await page.getByText(/decisions · /).waitFor();
await page.getByLabel('Consent id').fill(posts.at(-1).id);
await page.getByRole('button', { name: 'Look up' }).click();
await page.getByText('kept, hash checked by the collector').waitFor();
await page.screenshot({ path: out, fullPage: true });
await browser.close();
await server.close();
console.log(`wrote ${out}`);
