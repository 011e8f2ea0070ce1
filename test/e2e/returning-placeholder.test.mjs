// Issue 13: a returning visitor who refused, on a page with a YouTube embed, gets the placeholder from
// dist/tamis-placeholder.js (no Lit, no deferred module, no banner) and the vendor's name from its own
// tiny file, instead of downloading the whole UI and the catalog again. Allowing the vendor from the
// placeholder still loads the deferred module and plays the video.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempSite } from './browser.mjs';
import { returningVisit } from './visits.mjs';
import { snippets } from '../fixtures/snippets.mjs';

const config = { vendors: ['google-analytics', 'youtube'], policyUrl: '/privacy' };
const page = (lang, body) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Returning visitor</title>
<script>window.tamisConfig = ${JSON.stringify(config)};</script>
<script src="/dist/tamis.js"></script>
${snippets['google-analytics']}
</head><body><main><h1>Video</h1>${body}</main></body></html>`;

const site = tempSite('tamis-returning-', async (dir) => {
  await writeFile(join(dir, 'video.html'), page('en', snippets.youtube));
  await writeFile(join(dir, 'fr.html'), page('fr', snippets.youtube));
  await writeFile(join(dir, 'text.html'), page('en', '<p>No embed here.</p>'));
});

/** Files of tamis the page requested (dist/ paths). */
const tamisFiles = (requests) => requests.filter((r) => r.url.includes('/dist/')).map((r) => r.url.split('/dist/')[1]);

test('a returning visitor sees the placeholder from tamis-placeholder.js and the vendor name file, without the UI or the deferred module', async () => {
  const { context, fakes, tab, errors } = await returningVisit(site, 'video.html');
  const placeholder = tab.locator('tamis-placeholder');
  await placeholder.getByText('YouTube content is blocked because you have not allowed Social media.').waitFor();
  await placeholder.getByRole('button', { name: 'Allow YouTube and load' }).waitFor();
  assert.deepEqual(tamisFiles(fakes.requests).sort(), ['chunks/name-youtube.js', 'tamis-placeholder.js', 'tamis.js']);
  assert.equal(await tab.locator('iframe[data-tamis-blocked]').count(), 1, 'the iframe is still blocked');
  assert.equal(await tab.locator('tamis-banner').count(), 0);

  await placeholder.getByRole('button', { name: 'Allow YouTube and load' }).click();
  await tab.locator('iframe[src*="youtube.com/embed"]').waitFor({ state: 'attached' });
  await placeholder.waitFor({ state: 'detached' });
  assert.equal(await tab.evaluate(() => window.tamis.hasConsent('youtube')), true);
  assert.equal(await tab.evaluate(() => window.tamis.hasConsent('social')), false, 'that vendor alone');
  assert.ok(tamisFiles(fakes.requests).includes('tamis-deferred.js'), 'deciding loads the deferred module');
  assert.ok(!tamisFiles(fakes.requests).includes('tamis-ui.js'), 'but never the whole UI');
  assert.deepEqual(errors, []);
  await context.close();
});

test("the placeholder speaks the page's language on a returning visit", async () => {
  const { context, fakes, tab } = await returningVisit(site, 'fr.html');
  const placeholder = tab.locator('tamis-placeholder');
  await placeholder.getByRole('button', { name: 'Autoriser YouTube et afficher' }).waitFor();
  assert.equal(await placeholder.getAttribute('lang'), 'fr');
  const files = tamisFiles(fakes.requests);
  assert.ok(!files.includes('tamis-ui.js') && !files.includes('tamis-deferred.js'), files.join());
  await context.close();
});

test('a returning visitor on a page without embeds downloads tamis.js alone', async () => {
  const { context, fakes, tab } = await returningVisit(site, 'text.html');
  await tab.waitForFunction(() => document.readyState == 'complete');
  await tab.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 0))));
  assert.deepEqual(tamisFiles(fakes.requests), ['tamis.js']);
  await context.close();
});
