// `npm run screenshots`: PNGs of the banner and the preferences dialog, in English and French,
// light and dark, desktop and mobile, written to docs/ for the README. Uses the built
// dist/tamis.js and dist/tamis-ui.js on a sample page, in Debian's Chromium (nothing downloaded);
// vendor hosts are never contacted (no decision is made, and every non-local request is aborted).
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from './chromium-path.mjs';
import { serve } from './serve.mjs';

const docs = fileURLToPath(new URL('../docs/', import.meta.url));
const config = {
  vendors: ['matomo', 'google-analytics', 'hotjar', 'meta-pixel', 'youtube', 'stripe'],
  policyUrl: '/privacy',
  ui: { continueWithoutAccepting: true },
};
const page = (lang) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>Maison Tamis</title>
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
  header { padding: 1rem 1.5rem; border-bottom: 1px solid #8884; font-weight: 700; font-size: 1.25rem; }
  main { padding: 1.5rem; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); }
  article { border: 1px solid #8884; border-radius: .5rem; padding: 1rem; min-height: 10rem; }
</style>
<script>window.tamisConfig = ${JSON.stringify(config)};</script>
<script src="/dist/tamis.js"></script></head>
<body><header>Maison Tamis</header><main>
${['Linen shirt', 'Wool scarf', 'Canvas bag', 'Cotton socks', 'Leather belt', 'Straw hat'].map((p) => `<article><h2>${p}</h2><p>€ 49</p></article>`).join('')}
</main></body></html>`;

const viewports = { desktop: { width: 1280, height: 800 }, mobile: { width: 375, height: 740 } };

const dir = await mkdtemp(join(tmpdir(), 'tamis-screenshots-'));
await writeFile(join(dir, 'en.html'), page('en'));
await writeFile(join(dir, 'fr.html'), page('fr'));
const server = await serve({ dir, port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
const written = [];
try {
  for (const lang of ['en', 'fr'])
    for (const scheme of ['light', 'dark'])
      for (const [device, viewport] of Object.entries(viewports)) {
        const context = await browser.newContext({ viewport, colorScheme: scheme, reducedMotion: 'reduce', locale: lang });
        await context.route((url) => url.origin !== origin, (route) => route.abort());
        const tab = await context.newPage();
        await tab.goto(`${origin}/${lang}.html`);
        const banner = tab.locator('tamis-banner');
        await banner.getByRole('button').first().waitFor();
        const name = (what) => join(docs, `${what}-${lang}-${scheme}-${device}.png`);
        await tab.screenshot({ path: name('banner') });
        await banner.locator('[part~="customize"]').click();
        const dialog = tab.locator('tamis-preferences dialog[open]');
        await dialog.waitFor();
        // Show a purpose opened on its vendors, as a visitor exploring it would.
        await dialog.locator('summary').nth(1).click();
        await tab.screenshot({ path: name('preferences') });
        written.push(name('banner'), name('preferences'));
        await context.close();
      }
} finally {
  await browser.close();
  server.close();
  await rm(dir, { recursive: true, force: true });
}
console.log(`screenshots: ${written.length} PNGs in docs/`);
