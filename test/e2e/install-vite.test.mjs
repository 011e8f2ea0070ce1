// The bundler path (issue #9): a Vite app whose index.html holds GA4's snippet, pasted as Google
// says (in <head>). Without a <head> guard the bundle starts after gtag.js ran; with the
// `tamis/vite` plugin tamis.js comes first in <head> and blocks it as on the script-tag path.
// Real `vite build`s of a small app, served and visited in Chromium with the vendors faked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launch, startServer } from './browser.mjs';
import { ACCEPT_ALL, bannerButton, external, settle, until, visit } from './demo-helpers.mjs';
import { snippets } from '../fixtures/snippets.mjs';
import { installFakeVendors } from './fake-vendors.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const work = join(root, '.tmp', `vite-app-${process.pid}`);
const config = { vendors: ['google-analytics'], policyUrl: '/privacy.html' };

/** Writes the app (index.html with the snippet, main.js) into `dir` and builds it into `dir/out`. */
async function buildApp(dir, { plugin, main }) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Vite app</title>
  ${snippets['google-analytics']}
  <script type="module" src="/main.js"></script>
</head>
<body><h1>Shop</h1></body>
</html>
`);
  writeFileSync(join(dir, 'main.js'), main);
  const { default: tamis } = await import(join(root, 'dist/vite.js'));
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: plugin ? [tamis({ config })] : [],
    resolve: {
      alias: [
        { find: /^tamis$/, replacement: join(root, 'dist/esm/index.js') },
        { find: /^tamis\/components$/, replacement: join(root, 'dist/esm/components.js') },
      ],
    },
    build: { outDir: join(dir, 'out'), emptyOutDir: true },
  });
  return join(dir, 'out');
}

/** Visits `url` in a fresh context, collecting console errors from the very start. */
async function open(url) {
  const context = await browser.newContext();
  const fakes = await installFakeVendors(context);
  const logged = [];
  context.on('console', (m) => m.type() == 'error' && logged.push(m.text()));
  return { ...(await visit(browser, url, { context, fakes })), logged };
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

test('with tamis/vite, GA4 pasted in index.html sends nothing and sets no _ga before a decision; "Accept all" runs it', { timeout: 180000 }, async () => {
  const out = await buildApp(join(work, 'guarded'), {
    plugin: true,
    // The app's code: init() returns the runtime the <head> script started.
    main: `import { init } from 'tamis';\nwindow.fromInit = init({ vendors: [] }) === window.tamis;\n`,
  });
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  assert.ok(/<meta charset="utf-8">\s*<script>window\.tamisConfig=/.test(html), 'the config and tamis.js right after <meta charset>');
  const tag = '<script type="text/plain" data-type="" data-category="analytics" data-vendor="google-analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-TAMIS12345">';
  assert.ok(html.includes(tag), 'the snippet\'s tag is written inert');
  assert.ok(html.indexOf('"/tamis/tamis-deferred.js"') < html.indexOf(tag), 'tamis.js inlined before the snippet');
  for (const file of ['tamis.js', 'tamis-deferred.js', 'tamis-ui.js']) assert.ok(existsSync(join(out, 'tamis', file)), file);

  const server = await startServer(out);
  const { context, page, fakes, errors, logged } = await open(server.url + '/');
  try {
    await bannerButton(page, ACCEPT_ALL).waitFor({ state: 'visible', timeout: 15000 });
    await settle(page, fakes);
    assert.deepEqual(external(fakes).map((r) => r.url), [], 'no request to a vendor before a decision');
    assert.deepEqual(await fakes.ran(page), []);
    assert.ok(!(await context.cookies()).some((c) => c.name.startsWith('_ga')), 'no _ga before a decision');
    assert.equal(await page.evaluate(() => window.fromInit), true, 'init() returned the <head> runtime');
    assert.equal(await page.locator('script[type="text/plain"][data-vendor="google-analytics"]').count(), 1, 'the tag waits, inert');

    await bannerButton(page, ACCEPT_ALL).click();
    await until(async () => (await context.cookies()).some((c) => c.name == '_ga'), '_ga set after "Accept all"');
    assert.deepEqual(await fakes.ran(page), ['google-analytics']);
    assert.deepEqual(errors, []);
    assert.deepEqual(logged.filter((t) => /ran before tamis started/.test(t)), []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('without a <head> guard, init() says that google-analytics ran before tamis started, and does not label it blocked', { timeout: 180000 }, async () => {
  const out = await buildApp(join(work, 'bare'), {
    plugin: false,
    main: `import { init } from 'tamis';\ninit(${JSON.stringify(config)});\n`,
  });
  const server = await startServer(out);
  const { context, page, fakes, logged } = await open(server.url + '/');
  try {
    await until(() => page.evaluate(() => !!window.tamis), 'init() ran');
    await until(async () => (await context.cookies()).some((c) => c.name == '_ga'), 'the unguarded tag ran (the hole the plugin closes)');
    await until(() => logged.some((t) => t.includes('google-analytics ran before tamis started')), 'the console.error');
    const message = logged.find((t) => t.includes('ran before tamis started'));
    assert.match(message, /How to fix: load tamis first in <head>: with Vite, add the tamis\/vite plugin/);
    assert.equal(logged.filter((t) => t.includes('ran before tamis started')).length, 1, 'said once');
    assert.equal(await page.locator('script[data-tamis-blocked]').count(), 0, 'the tag that ran is not labelled blocked');
    assert.equal(await page.locator('script[src*="googletagmanager"]').getAttribute('type'), null, 'its type is untouched');
    await settle(page, fakes);
  } finally {
    await context.close();
    await server.close();
  }
});
