// The install pages of examples/install/: each is what a site owner copies, so each must work as
// written: the script tag, ES modules through an import map, and the declarative markup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer } from './browser.mjs';
import { ACCEPT_ALL, bannerButton, external, settle, until, visit } from './demo-helpers.mjs';

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer('examples');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('script-tag page: window.tamis starts from the tag, holds Google Analytics and the video, runs them on "Accept all"', async () => {
  const { context, page, fakes, errors } = await visit(browser, server.url + '/install/script-tag.html');
  try {
    await bannerButton(page, ACCEPT_ALL).waitFor({ state: 'visible', timeout: 10000 });
    await settle(page, fakes);
    assert.equal(await page.evaluate(() => typeof window.tamis?.acceptAll), 'function');
    assert.deepEqual(await fakes.ran(page), [], 'nothing ran before the choice');
    await page.locator('tamis-placeholder').waitFor({ state: 'visible', timeout: 10000 });

    fakes.reset();
    await bannerButton(page, ACCEPT_ALL).click();
    await until(async () => (await fakes.ran(page)).includes('google-analytics'), 'Google Analytics ran');
    await settle(page, fakes);
    assert.deepEqual(await fakes.ran(page), ['google-analytics']);
    assert.ok(external(fakes).some((r) => r.vendor === 'youtube' && r.resourceType === 'document'), 'the video loads');
    assert.ok((await context.cookies()).some((c) => c.name === '_ga'), 'the _ga cookie is set');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('ESM page: the import map resolves tamis, Lit and floating-ui; the elements register, the banner shows, and a returning visitor loads no UI', async () => {
  const { context, page, fakes, errors } = await visit(browser, server.url + '/install/esm.html');
  try {
    await bannerButton(page, ACCEPT_ALL).waitFor({ state: 'visible', timeout: 10000 });
    await settle(page, fakes);
    const defined = await page.evaluate(() =>
      ['tamis-banner', 'tamis-preferences', 'tamis-preferences-link', 'tamis-cookie-table', 'tamis-placeholder'].filter(
        (name) => customElements.get(name),
      ),
    );
    assert.deepEqual(defined, ['tamis-banner', 'tamis-preferences', 'tamis-preferences-link', 'tamis-cookie-table', 'tamis-placeholder']);
    assert.equal(await page.evaluate(() => typeof window.tamis?.getConsent), 'function', 'init() sets window.tamis');
    // Nothing of the UI came from dist/tamis-ui.js: the ESM build and node_modules served it.
    const local = fakes.requests.filter((r) => r.local).map((r) => new URL(r.url).pathname);
    assert.ok(!local.includes('/dist/tamis-ui.js') && !local.includes('/dist/tamis.js'), local.join(', '));
    assert.ok(local.includes('/dist/esm/components.js') && local.some((p) => p.startsWith('/node_modules/lit')));
    assert.deepEqual(await fakes.ran(page), [], 'nothing ran before the choice');
    assert.deepEqual(external(fakes).map((r) => r.url), [], 'no request to a vendor before the choice');

    await bannerButton(page, ACCEPT_ALL).click();
    await until(async () => (await fakes.ran(page)).includes('google-analytics'), 'the declarative Google tag ran');
    // The preferences dialog (floating-ui, js-cookie through the import map too) opens from the footer.
    await page.locator('footer').getByRole('link', { name: 'Cookie preferences' }).click();
    await page.locator('tamis-preferences').getByRole('dialog').waitFor({ state: 'visible', timeout: 10000 });
    assert.deepEqual(errors, []);

    // A returning visitor who has chosen: ui.load is never called, Lit is never downloaded.
    fakes.reset();
    const again = await visit(browser, server.url + '/install/esm.html', { context, fakes });
    await until(async () => (await fakes.ran(again.page)).includes('google-analytics'), 'the Google tag ran on return');
    await settle(again.page, fakes);
    const ui = fakes.requests.filter((r) => r.local && /\/(node_modules\/(lit|@lit|@floating-ui)|dist\/esm\/components)/.test(r.url));
    assert.deepEqual(ui.map((r) => r.url), []);
    assert.equal(await again.page.locator('tamis-banner').count(), 0);
    assert.deepEqual(again.errors, []);
  } finally {
    await context.close();
  }
});

test('declarative page: text/plain scripts, data-src iframes and images wait for consent, then run once', async () => {
  const { context, page, fakes, errors } = await visit(browser, server.url + '/install/declarative.html');
  try {
    await bannerButton(page, ACCEPT_ALL).waitFor({ state: 'visible', timeout: 10000 });
    await settle(page, fakes);
    const status = page.locator('#analytics-status');
    assert.match(await status.textContent(), /has not run/);
    assert.equal(await page.locator('main iframe').getAttribute('src'), null);
    assert.equal(await page.locator('main img[data-category]').getAttribute('src'), null);
    assert.deepEqual(external(fakes).map((r) => r.url), [], 'declarative markup sends no request before the choice');
    assert.deepEqual(await context.cookies(), []);

    await bannerButton(page, ACCEPT_ALL).click();
    await until(async () => /is running/.test(await status.textContent()), 'the inline analytics script ran');
    await until(async () => (await fakes.ran(page)).includes('google-analytics'), 'the Google tag ran');
    await settle(page, fakes);
    assert.deepEqual(await fakes.ran(page), ['google-analytics'], 'each script ran once');
    assert.equal(await page.locator('main iframe').getAttribute('src'), 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ');
    const sent = external(fakes);
    assert.ok(sent.some((r) => r.vendor === 'youtube' && r.resourceType === 'document'), 'the iframe loads');
    assert.ok(sent.some((r) => r.vendor === 'meta-pixel' && r.resourceType === 'image'), 'the pixel loads');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
