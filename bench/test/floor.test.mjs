// Specs of bench/dom/floor.mjs's variants of tamis.js: each still builds (its edits find the code
// they edit) and really leaves its checks out, while the build as shipped keeps them. No timing.
// Run: node --test bench/test/floor.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, startServer } from '../../test/e2e/browser.mjs';
import { outDir } from '../dom/build.mjs';
import { VARIANTS, buildVariant } from '../dom/floor.mjs';

let server, browser;
const builds = {};
before(async () => {
  for (const [name, , edits] of [...VARIANTS, ['with', '', []]]) builds[name] = readFileSync(await buildVariant(name, edits), 'utf8');
  server = await startServer(outDir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** What the page with that build does with a vendor's image URL and a vendor's script inserted. */
async function probeVariant(name) {
  const page = await browser.newPage();
  // Only the bench page and the build: no workload, no network.
  await page.route(/\/(workloads|react-app)\.js$|^https:/, (route) => route.fulfill({ status: 204, body: '' }));
  try {
    await page.goto(`${server.url}/floor-${name}.html`);
    return await page.evaluate(() => {
      const img = new Image();
      img.src = 'https://www.google-analytics.com/g/collect?v=2';
      // A script whose URL no setter saw (imported from a template): only the insertion check finds it.
      const t = document.createElement('template');
      t.innerHTML = '<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>';
      const script = document.importNode(t.content, true).firstChild;
      document.body.appendChild(script);
      // The same, inside an inserted tree: the subtree walk finds it.
      const box = document.createElement('div');
      const nested = box.appendChild(document.importNode(t.content, true).firstChild);
      document.body.appendChild(box);
      return { imageHeld: !img.hasAttribute('src'), scriptHeld: script.type == 'text/plain', nestedHeld: nested.type == 'text/plain' };
    });
  } finally {
    await page.close();
  }
}

test('every variant builds, differs from the build as shipped, and the floor is the smallest', () => {
  for (const [name] of VARIANTS) assert.notEqual(builds[name], builds.with, name);
  const sizes = Object.fromEntries(Object.entries(builds).map(([name, code]) => [name, code.length]));
  assert.equal(Math.min(...Object.values(sizes)), sizes['checks-off']);
});

test('the build as shipped holds both; each variant lets through what it does not check', async () => {
  const all = { imageHeld: true, scriptHeld: true, nestedHeld: true };
  assert.deepEqual(await probeVariant('with'), all);
  assert.deepEqual(await probeVariant('no-url-setter-check'), { ...all, imageHeld: false });
  assert.deepEqual(await probeVariant('no-setAttribute-check'), all);
  assert.deepEqual(await probeVariant('no-insertion-check'), { ...all, scriptHeld: false, nestedHeld: false });
  assert.deepEqual(await probeVariant('no-subtree-walk'), { ...all, nestedHeld: false });
  assert.deepEqual(await probeVariant('checks-off'), { imageHeld: false, scriptHeld: false, nestedHeld: false });
});
