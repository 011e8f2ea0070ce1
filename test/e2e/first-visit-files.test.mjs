// Issue 13: what a first visit downloads. With a sound config the banner comes from tamis.js,
// tamis-deferred.js and tamis-banner.js (and the vendor's name file for a placeholder): no config
// messages, no withdrawal clearing, no receipts code, no Lit. A config with a mistake still gets
// its message, from the messages' chunk fetched for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempSite } from './browser.mjs';
import { firstVisitTo } from './visits.mjs';
import { snippets } from '../fixtures/snippets.mjs';

const sound = { vendors: [{ id: 'google-analytics', purpose: 'analytics' }, 'youtube'], policyUrl: '/privacy' };
const page = (config) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>First visit</title>
<script>window.tamisConfig = ${JSON.stringify(config)};</script>
<script src="/dist/tamis.js"></script>
${snippets['google-analytics']}
</head><body><main><h1>Video</h1>${snippets.youtube}</main></body></html>`;

const site = tempSite('tamis-first-', async (dir) => {
  await writeFile(join(dir, 'sound.html'), page(sound));
  await writeFile(join(dir, 'typo.html'), page({ ...sound, ui: { layot: 'box' } }));
});

/** Files of tamis the page requested (dist/ paths, the hash of a chunk's name dropped). */
const tamisFiles = (requests) =>
  requests.filter((r) => r.url.includes('/dist/')).map((r) => r.url.split('/dist/')[1].replace(/^(chunks\/(?!name-)[\w-]+)-[\w-]{8}\.js$/, '$1.js'));

/** Opens `file` in a fresh context and waits until the banner can be clicked. */
async function firstVisit(file) {
  const { context, fakes, tab, errors } = await firstVisitTo(site, file);
  await tab.locator('tamis-banner').getByRole('button', { name: 'Reject all' }).waitFor();
  await tab.locator('tamis-placeholder').getByRole('button', { name: 'Allow YouTube and load' }).waitFor();
  // Whatever else is fetched is fetched by now: the deferred module asks for it when it starts.
  await tab.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 100))));
  return { context, tab, fakes, errors };
}

test('a first visit with a sound config downloads tamis.js, tamis-deferred.js and tamis-banner.js, and the embed vendor name', async () => {
  const { context, tab, fakes, errors } = await firstVisit('sound.html');
  assert.deepEqual(tamisFiles(fakes.requests).sort(), ['chunks/name-youtube.js', 'tamis-banner.js', 'tamis-deferred.js', 'tamis.js']);
  assert.deepEqual(errors, []);
  // Deciding needs nothing more: no withdrawal on a first visit, no receipts configured.
  await tab.locator('tamis-banner').getByRole('button', { name: 'Accept all' }).click();
  await tab.locator('iframe[src*="youtube"]').waitFor({ state: 'attached' });
  assert.deepEqual(tamisFiles(fakes.requests).sort(), ['chunks/name-youtube.js', 'tamis-banner.js', 'tamis-deferred.js', 'tamis.js']);
  await context.close();
});

test('a first visit with a mistake in the config fetches the messages and names the key', async () => {
  const { context, fakes, errors } = await firstVisit('typo.html');
  assert.ok(tamisFiles(fakes.requests).includes('chunks/validate-config.js'), tamisFiles(fakes.requests).join());
  assert.deepEqual(errors, ['tamis: config.ui.layot is not a known option']);
  await context.close();
});
