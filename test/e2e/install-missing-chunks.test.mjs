// A site owner who copied the files at the top of dist/ but not dist/chunks/ (issue 9), or forgot one:
// blocking still holds, the banner still works, and each file that fails to load is named once in
// the console with what to copy, instead of a bare failed import and a Customize button that does
// nothing. A French page then speaks English, whole: texts, list joiner, `lang`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempSite } from './browser.mjs';
import { installFakeVendors } from './fake-vendors.mjs';
import { snippets } from '../fixtures/snippets.mjs';

const config = { vendors: ['google-analytics', 'youtube'], policyUrl: '/privacy' };
const page = (lang) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Only three files</title>
<script>window.tamisConfig = ${JSON.stringify(config)};</script>
<script src="/assets/tamis.js"></script>
${snippets['google-analytics']}
</head><body><main><h1>Shop</h1>${snippets.youtube}</main></body></html>`;

const site = tempSite('tamis-missing-chunks-', async (dir) => {
  await mkdir(join(dir, 'assets'));
  await mkdir(join(dir, 'partial'));
  await mkdir(join(dir, 'alone'));
  await copyFile(join('dist', 'tamis.js'), join(dir, 'alone', 'tamis.js'));
  for (const file of ['tamis.js', 'tamis-deferred.js', 'tamis-banner.js', 'tamis-placeholder.js', 'tamis-ui.js']) {
    await copyFile(join('dist', file), join(dir, 'assets', file));
    if (file != 'tamis-banner.js') await copyFile(join('dist', file), join(dir, 'partial', file));
  }
  await writeFile(join(dir, 'fr.html'), page('fr'));
  await writeFile(join(dir, 'en.html'), page('en'));
  await writeFile(join(dir, 'alone.html'), page('en').replace('/assets/tamis.js', '/alone/tamis.js'));
  await writeFile(join(dir, 'no-banner.html'), page('en').replace('/assets/tamis.js', '/partial/tamis.js'));
  // Declarative markup the visitor's decision allows: releasing it needs tamis-deferred.js.
  await writeFile(join(dir, 'alone-declared.html'), page('en').replace('/assets/tamis.js', '/alone/tamis.js').replace('</main>', '<script type="text/plain" data-category="analytics">window.__declared = true</script></main>'));
});

/**
 * Watches `tab`: `errors` collects tamis's console errors, `uncaught` page errors and unhandled
 * rejections; `reported(part)` resolves with tamis's messages about `part` once there is one, and
 * `said(test)` with those `test` accepts.
 */
function watch(tab) {
  const errors = [];
  const uncaught = [];
  const waiting = new Set();
  tab.on('console', (message) => {
    if (message.type() != 'error' || !message.text().startsWith('tamis:')) return;
    errors.push(message.text());
    for (const check of waiting) check();
  });
  tab.on('pageerror', (error) => uncaught.push(error.message));
  const said = (test) =>
    new Promise((resolve) => {
      const check = () => {
        const about = errors.filter(test);
        if (!about.length) return;
        waiting.delete(check);
        resolve(about);
      };
      waiting.add(check);
      check();
    });
  return { errors, uncaught, said, reported: (part) => said((e) => e.includes(`(${part})`)) };
}

/** A first visit, watched (`watch`). */
async function visit(path) {
  const context = await site.browser.newContext();
  const fakes = await installFakeVendors(context);
  const tab = await context.newPage();
  const watched = watch(tab);
  await tab.goto(site.server.url + path);
  return { context, fakes, tab, ...watched };
}

/** The one message of a page with tamis.js alone: tamis-deferred.js could not load (src/runtime.ts). */
const namesDeferred = (e) => /^tamis: copy all of dist\/, as it is \(README, Install\) .*tamis-deferred\.js/.test(e);

test('a French page without chunks/ shows the English banner, with an English list, and says which file to copy', async () => {
  const { context, fakes, tab, uncaught, reported } = await visit('/fr.html');
  const banner = tab.locator('tamis-banner');
  await banner.getByRole('button', { name: 'Accept all' }).waitFor();
  assert.equal(await banner.getAttribute('lang'), 'en');
  assert.equal(await banner.getAttribute('dir'), 'ltr');
  const text = await banner.locator('[part=text]').innerText();
  assert.match(text, /for: Analytics, Social media\./, 'the English labels, in the English text');
  assert.doesNotMatch(text, / et /);
  const french = await reported('the fr texts');
  assert.equal(french.length, 1);
  assert.match(french[0], new RegExp(`^tamis: could not load ${site.server.url}/assets/chunks/(banner-)?fr(-[\\w-]+)?\\.js \\(the fr texts\\): copy all of dist/, chunks/ too`));
  // Blocking never depended on the chunks: Google Analytics waits for the decision.
  assert.deepEqual(await fakes.ran(tab), []);
  assert.deepEqual(uncaught, []);
  await context.close();
});

test('Customize without its chunk logs one error naming it; Accept all still decides and releases', async () => {
  const { context, fakes, tab, errors, uncaught, reported } = await visit('/en.html');
  const banner = tab.locator('tamis-banner');
  await banner.getByRole('button', { name: 'Customize' }).click();
  const dialog = await reported('the preferences dialog');
  assert.equal(dialog.length, 1);
  assert.match(dialog[0], new RegExp(`^tamis: could not load ${site.server.url}/assets/chunks/tamis-preferences-[\\w-]+\\.js \\(the preferences dialog\\): copy all of dist/, chunks/ too, as it is \\(README, Install\\)$`));
  // Asking again does not repeat it.
  await banner.getByRole('button', { name: 'Customize' }).click();
  await banner.getByRole('button', { name: 'Accept all' }).click();
  await banner.waitFor({ state: 'detached' });
  await tab.waitForFunction(() => window.__tamisFakeRan?.includes('google-analytics'));
  assert.ok((await fakes.ran(tab)).includes('google-analytics'));
  assert.equal(errors.filter((e) => e.includes('(the preferences dialog)')).length, 1);
  // Every message names a file under chunks/ once, and nothing was left unhandled.
  for (const e of errors) assert.match(e, /^tamis: could not load \S+\/assets\/chunks\/\S+\.js \(.+\): copy all of dist\//);
  assert.equal(new Set(errors).size, errors.length, errors.join('\n'));
  assert.deepEqual(uncaught, []);
  await context.close();
});

test('without tamis-banner.js, blocking holds and one error names the file', async () => {
  const { context, fakes, tab, errors, uncaught, reported } = await visit('/no-banner.html');
  const [message] = await reported('the UI');
  assert.match(message, new RegExp(`^tamis: could not load ${site.server.url}/partial/tamis-banner\\.js \\(the UI\\): copy all of dist/`));
  assert.equal(errors.filter((e) => e.includes('tamis-banner.js')).length, 1);
  assert.deepEqual(await fakes.ran(tab), [], 'Google Analytics still waits for a decision');
  assert.equal(await tab.evaluate(() => window.tamis.hasConsent('google-analytics')), false);
  assert.deepEqual(uncaught, []);
  await context.close();
});

test('with tamis.js alone, blocking holds and the console says to copy all of dist/, naming tamis-deferred.js', async () => {
  const { context, fakes, tab, errors, uncaught, said } = await visit('/alone.html');
  await tab.waitForFunction(() => document.readyState == 'complete');
  await said(namesDeferred);
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.ok(namesDeferred(errors[0]), errors[0]);
  assert.deepEqual(await fakes.ran(tab), [], 'Google Analytics still waits for a decision');
  assert.equal(await tab.locator('iframe[src*="youtube"]').count(), 0, 'the YouTube frame has no src');
  // The one message says it all: no unhandled rejection from the banner or the UI asking for it.
  await tab.waitForTimeout(300);
  assert.deepEqual(uncaught, []);
  await context.close();
});

test('a returning visitor who accepted, on a page with tamis.js alone: the console names the file, nothing is left unhandled', async () => {
  const { context, tab } = await visit('/en.html');
  await tab.locator('tamis-banner').getByRole('button', { name: 'Accept all' }).click();
  await tab.locator('tamis-banner').waitFor({ state: 'detached' });
  const next = await context.newPage();
  const { errors, uncaught, said } = watch(next);
  await next.goto(site.server.url + '/alone-declared.html');
  await next.waitForFunction(() => document.readyState == 'complete');
  await said(namesDeferred);
  await next.waitForTimeout(300);
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.ok(namesDeferred(errors[0]), errors[0]);
  // The decision is read (Google Analytics runs), the declarative script waits for the missing file.
  assert.equal(await next.evaluate(() => window.tamis.hasConsent('google-analytics')), true);
  assert.equal(await next.evaluate(() => window.__declared), undefined);
  assert.deepEqual(uncaught, []);
  await context.close();
});
