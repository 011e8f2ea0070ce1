// A French page's texts are one download for the whole visit: the banner (dist/tamis-banner.js)
// fetches them first, and the preferences dialog (dist/tamis-ui.js, opened from the banner's
// "Personnaliser") must use those, not fetch another copy of the same texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempSite } from './browser.mjs';
import { snippets } from '../fixtures/snippets.mjs';
import { firstVisitTo, returningVisit } from './visits.mjs';

const page = (body) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Une page</title>
<script>window.tamisConfig = ${JSON.stringify({ vendors: [{ id: 'google-analytics', purpose: 'analytics' }, 'youtube'] })};</script>
<script src="/dist/tamis.js"></script>
</head><body><main><h1>Bonjour</h1>${body}</main></body></html>`;

const site = tempSite('tamis-lang-once-', async (dir) => {
  await writeFile(join(dir, 'fr.html'), page(''));
  await writeFile(join(dir, 'video.html'), page(snippets.youtube));
});

/** Requests for a file of French texts, whatever bundle it was built for (`chunks/banner-fr.js`, `chunks/fr-<hash>.js`). */
const frenchTexts = (requests) => requests.map((r) => r.url).filter((url) => /\/dist\/chunks\/([a-z]+-)?fr(-[\w-]{8})?\.js$/.test(url));

test('a French first visit downloads the French texts once, banner and preferences dialog together', async () => {
  const { context, fakes, tab, errors } = await firstVisitTo(site, 'fr.html');
  await tab.locator('tamis-banner').getByRole('button', { name: 'Personnaliser' }).click();
  const dialog = tab.locator('tamis-preferences').getByRole('dialog');
  await dialog.waitFor();
  // The dialog is in French: its texts have arrived, from wherever they came.
  await dialog.getByRole('heading', { name: 'Gérer mes cookies' }).waitFor();
  assert.equal(frenchTexts(fakes.requests).length, 1, frenchTexts(fakes.requests).join('\n'));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a French returning visitor's placeholder and the preferences opened after it share the French texts", async () => {
  // A French visitor who refused, back on a page with a blocked video: the placeholder comes from
  // dist/tamis-placeholder.js, in French; then the visitor opens the preferences (dist/tamis-ui.js
  // and its banner file).
  const { context, fakes, tab, errors } = await returningVisit(site, 'video.html', { first: 'fr.html', reject: 'Tout refuser' });
  await tab.locator('tamis-placeholder').getByRole('button', { name: 'Autoriser YouTube et afficher' }).waitFor();
  await tab.evaluate(() => window.tamis.showPreferences());
  await tab.locator('tamis-preferences').getByRole('dialog').getByRole('heading', { name: 'Gérer mes cookies' }).waitFor();
  assert.equal(frenchTexts(fakes.requests).length, 1, frenchTexts(fakes.requests).join('\n'));
  assert.deepEqual(errors, []);
  await context.close();
});

