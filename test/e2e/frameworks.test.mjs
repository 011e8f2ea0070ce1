// The framework examples (examples/frameworks/), built once with Vite, in Chromium: React 19 (in
// production and in development, where StrictMode runs effects twice), Vue 3, Svelte 5, and a
// single-page app with client-side routing. Each shows the banner, records Accept all, reports one
// `change` to the app, reopens the preferences from the app's own control, and starts one runtime.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { buildAll } from '../../examples/frameworks/build.mjs';
import { launch, startServer } from './browser.mjs';
import { bannerButton, until, visit } from './demo-helpers.mjs';

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;

before(async () => {
  await buildAll();
  browser = await launch();
  server = await startServer('examples/frameworks/dist');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Runs in the page before its scripts: counts the runtimes started (assignments of `window.tamis`),
 * the `change` subscriptions and unsubscriptions on it, and every `<tamis-banner>` ever inserted.
 */
function instrument() {
  const seen = (window.__seen = { runtimes: 0, subscribed: 0, unsubscribed: 0, banners: 0 });
  let api;
  Object.defineProperty(window, 'tamis', {
    configurable: true,
    get: () => api,
    set(value) {
      seen.runtimes++;
      api = value;
      const on = value.on;
      value.on = (event, callback) => {
        if (event != 'change') return on.call(value, event, callback);
        seen.subscribed++;
        const off = on.call(value, event, callback);
        return () => {
          seen.unsubscribed++;
          off();
        };
      };
    },
  });
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.localName == 'tamis-banner') seen.banners++;
  }).observe(document, { childList: true, subtree: true });
}

async function open(path) {
  const context = await browser.newContext();
  await context.addInitScript(instrument);
  const visited = await visit(browser, `${server.url}${path}`, { context });
  return { ...visited, seen: () => visited.page.evaluate(() => window.__seen), text: async (selector) => (await visited.page.locator(selector).textContent()).trim() };
}

const youtube = (fakes) => fakes.requests.filter((r) => r.vendor == 'youtube');

/** axe-core violations of the app's own markup (tamis' elements have their own component tests). */
async function axe(page) {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const exclude = ['tamis-banner', 'tamis-preferences', 'tamis-preferences-link', 'tamis-cookie-table', 'tamis-placeholder'];
    const result = await window.axe.run({ exclude: exclude.map((s) => [s]) });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

// Svelte 5 clones its DOM from a <template> and inserts it next to a comment anchor
// (`anchor.before(clone)`): CharacterData's insertion methods are patched for that (the YouTube
// request left 1 run in 3 before they were).
for (const app of ['react', 'react-dev', 'vue', 'svelte'])
  test(`${app}: sends no request to YouTube before consent`, async () => {
    const { context, page, fakes } = await open(`/${app}/`);
    try {
      await page.locator('tamis-placeholder').first().waitFor();
      await page.waitForLoadState('load');
      assert.deepEqual(youtube(fakes), []);
    } finally {
      await context.close();
    }
  });

for (const app of ['react', 'react-dev', 'vue', 'svelte'])
  test(`${app}: banner, Accept all, one change event in the app, preferences from the app's button, one runtime`, async () => {
    const { context, page, fakes, errors, seen, text } = await open(`/${app}/`);
    try {
      await bannerButton(page, 'Accept all').waitFor();
      // The iframe the framework rendered is held back, blank, with a placeholder, until YouTube is allowed.
      await page.locator('tamis-placeholder').first().waitFor();
      assert.equal(await page.locator('iframe[title="Video"]').getAttribute('src'), null);
      const before = youtube(fakes).length;
      assert.equal(await text('#social'), 'not decided');
      // The cookie table the app renders is filled by the elements.
      await page.locator('tamis-cookie-table table').first().waitFor();
      // Before any decision nothing of tamis unsubscribes: an unsubscription is the app's effect
      // cleanup, which only StrictMode's second run (development build) causes.
      assert.equal((await seen()).unsubscribed, app == 'react-dev' ? 1 : 0, 'StrictMode ran the effect twice in development only');

      await bannerButton(page, 'Accept all').click();
      await until(async () => (await text('#social')) == 'allowed', 'the app saw the decision');
      await until(async () => youtube(fakes).length > before, 'the video loads once allowed');
      assert.match(await page.locator('iframe[title="Video"]').getAttribute('src'), /youtube-nocookie\.com\/embed\//);
      // One `change` reaches the app: StrictMode's first subscription was undone by its cleanup.
      assert.equal(await text('#changes'), '1', 'one change event reaches the app');
      assert.equal(await page.locator('tamis-banner').count(), 0);

      await page.locator('footer').getByRole('button', { name: 'Cookie preferences' }).click();
      await page.locator('tamis-preferences dialog[open]').waitFor();
      assert.equal(await page.locator('tamis-preferences').getByRole('switch', { name: 'Social media' }).isChecked(), true);
      await page.keyboard.press('Escape');
      await page.locator('tamis-preferences dialog[open]').waitFor({ state: 'detached' });
      assert.equal(await text('#changes'), '1', 'closing the preferences records nothing');

      const counts = await seen();
      assert.equal(counts.runtimes, 1, 'one runtime');
      assert.equal(counts.banners, 1, 'one banner');
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

test('single-page app: one runtime across routes, tags inserted by later routes blocked, the preferences link on every route', async () => {
  const { context, page, fakes, errors, seen, text } = await open('/spa/');
  const ran = () => fakes.ran(page);
  try {
    await page.evaluate(() => (window.__firstRuntime = window.tamis));
    await bannerButton(page, 'Reject all').click();
    await page.locator('tamis-banner').waitFor({ state: 'detached' });
    assert.equal(await text('#changes'), '1');

    // Routes inserted after the decision: the video and the Google tag are held back.
    await page.getByRole('link', { name: 'Video' }).click();
    await page.locator('tamis-placeholder').waitFor();
    await page.getByRole('link', { name: 'Statistics' }).click();
    await page.getByRole('heading', { name: 'Statistics' }).waitFor();
    assert.deepEqual(youtube(fakes), []);
    assert.deepEqual(await ran(), []);

    // The footer link opens the preferences on each route.
    for (const route of ['Home', 'Video', 'Statistics']) {
      await page.getByRole('link', { name: route, exact: true }).click();
      await page.locator('footer').getByRole('link', { name: 'Cookie preferences' }).click();
      await page.locator('tamis-preferences dialog[open]').waitFor();
      if (route != 'Statistics') {
        await page.keyboard.press('Escape');
        await page.locator('tamis-preferences dialog[open]').waitFor({ state: 'detached' });
      }
    }
    // Allowing everything from there (a consent, not a withdrawal: no reload) releases what the
    // current route inserted, and later routes load theirs at once.
    await page.locator('tamis-preferences').getByRole('button', { name: 'Accept all' }).click();
    await until(async () => (await ran()).includes('google-analytics'), 'the Google tag of the Statistics route runs');
    await page.getByRole('link', { name: 'Video' }).click();
    await until(async () => youtube(fakes).length > 0, 'the video of a later route loads');
    assert.equal(await text('#changes'), '2');

    assert.equal(await page.evaluate(() => window.tamis === window.__firstRuntime), true, 'the same runtime on every route');
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), 1, 'no page load after the first');
    const counts = await seen();
    assert.equal(counts.runtimes, 1);
    assert.equal(counts.banners, 1);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the React example type-checks: tamis/react gives the elements JSX types, tamis its API types', async () => {
  // TypeScript of the repository, against the declarations `npm run build` wrote to dist/types.
  const tsc = new URL('../../node_modules/typescript/bin/tsc', import.meta.url).pathname;
  const project = new URL('../../examples/frameworks/react/tsconfig.json', import.meta.url).pathname;
  await promisify(execFile)(process.execPath, [tsc, '-p', project]);
});
