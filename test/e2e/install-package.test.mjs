// Installing tamis the three ways README "Install" gives, from a clean checkout (a `git clone` of
// the committed tree: no dist/, no node_modules), npm's cache first (tamis never comes from a registry):
//   1. the registry form: `npm pack` of the checkout, installed as `npm install tamis` would;
//   2. from git: `npm install git+file://<checkout>`, which builds dist/ through `prepare`;
//   3. the release archive (`npm run release`), unzipped and used by a page with a script tag.
// Each installed package is checked for its files, its exports and its types under the four
// moduleResolution modes (node, node16, nodenext, bundler). Slow (two installs with builds): it
// is the proof that a site owner can get tamis at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch, startServer } from './browser.mjs';
import { ACCEPT_ALL, bannerButton, settle, until, visit } from './demo-helpers.mjs';
import { snippets } from '../fixtures/snippets.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
let work, clone;

const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
// npm's cache first: the registry is asked only for what the cache lacks (the dependencies' metadata).
const npm = (args, cwd) => run('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund'], cwd);

/** A fresh app folder (ESM, private) for one install. */
function app(name) {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  return dir;
}

/** What every install must give: the browser files, the npm entries, the licence, no Vite. */
function checkPackage(dir) {
  const pkg = join(dir, 'node_modules/tamis');
  for (const file of ['dist/tamis.js', 'dist/tamis-deferred.js', 'dist/tamis-ui.js', 'dist/esm/index.js', 'dist/esm/components.js',
    'dist/esm/vendors.js', 'dist/vite.js', 'dist/types/src/index.d.ts', 'dist/types/bundlers/vite.d.ts', 'LICENSE', 'README.md'])
    assert.ok(existsSync(join(pkg, file)), `${file} is in the installed package`);
  assert.ok(readdirSync(join(pkg, 'dist/chunks')).length > 0, 'dist/chunks/ is in the installed package');
  assert.ok(!existsSync(join(dir, 'node_modules/vite')), 'installing tamis does not pull Vite');
  // Every export resolves, and the Vite plugin loads without Vite installed (it only imports its types).
  const out = run('node', ['--input-type=module', '-e', `
    for (const s of ['tamis', 'tamis/components', 'tamis/vendors', 'tamis/vite', 'tamis/dist/tamis.js']) import.meta.resolve(s);
    const { default: plugin } = await import('tamis/vite');
    console.log(plugin({ config: { vendors: ['hotjar'] } }).name);`], dir);
  assert.equal(out.trim(), 'tamis');
}

/** Compiles test/fixtures/types/app.ts against the installed package under each moduleResolution. */
function checkTypes(dir) {
  copyFileSync(join(root, 'test/fixtures/types/app.ts'), join(dir, 'app.ts'));
  for (const [resolution, module] of [['node', 'esnext'], ['node16', 'node16'], ['nodenext', 'nodenext'], ['bundler', 'esnext']]) {
    const config = join(dir, `tsconfig.${resolution}.json`);
    writeFileSync(config, JSON.stringify({
      compilerOptions: { module, moduleResolution: resolution, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], strict: true, noEmit: true, skipLibCheck: true, types: [] },
      files: ['app.ts'],
    }));
    try {
      run('node', [tsc, '-p', config], dir);
    } catch (error) {
      assert.fail(`moduleResolution ${resolution}: ${error.stdout}${error.stderr}`);
    }
  }
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'tamis-install-'));
  clone = join(work, 'checkout');
  run('git', ['clone', '--quiet', root, clone]);
  assert.ok(!existsSync(join(clone, 'dist')), 'a clean checkout has no dist/');
});
after(() => rmSync(work, { recursive: true, force: true }));

test('from the registry form (npm pack of a clean checkout): files, exports, types under node, node16, nodenext and bundler', { timeout: 600000 }, () => {
  // `npm ci` in the checkout runs `prepare`, which builds dist/ (the checkout has none).
  npm(['ci'], clone);
  assert.ok(existsSync(join(clone, 'dist/tamis.js')), 'prepare built dist/');
  // prepack would clean and build again: dist/ was just built from this checkout.
  const tarball = npm(['pack', '--ignore-scripts', '--pack-destination', work], clone).trim().split('\n').pop();
  const dir = app('from-registry');
  npm(['install', join(work, tarball)], dir);
  checkPackage(dir);
  checkTypes(dir);
});

test('from git (npm install git+file://…): prepare builds dist/ in npm\'s own clone', { timeout: 600000 }, () => {
  const dir = app('from-git');
  npm(['install', `git+${pathToFileURL(clone).href}`], dir);
  checkPackage(dir);
});

test('from the release archive: the zip holds dist/ as tamis.js expects it, and a script-tag page blocks GA4 until "Accept all"', { timeout: 300000 }, async () => {
  if (!existsSync(join(clone, 'dist/tamis.js'))) npm(['ci'], clone);
  run('node', ['scripts/release.mjs', '--out', join(work, 'release')], clone);
  const { version } = JSON.parse(run('node', ['-p', 'JSON.stringify(require("./package.json"))'], clone));
  const archive = join(work, 'release', `tamis-${version}.zip`);
  // Read back by another implementation (Python's zipfile, CRC checked), as a site owner's unzip would.
  const site = join(work, 'site');
  run('python3', ['-c', `import zipfile,sys
z = zipfile.ZipFile(sys.argv[1]); bad = z.testzip(); assert bad is None, bad; z.extractall(sys.argv[2])`, archive, join(site, 'assets')], work);
  const top = join(site, 'assets', `tamis-${version}`);
  for (const file of ['dist/tamis.js', 'dist/tamis-deferred.js', 'dist/tamis-ui.js', 'LICENSE', 'README.md'])
    assert.ok(existsSync(join(top, file)), file);
  assert.ok(readdirSync(join(top, 'dist/chunks')).length > 0, 'chunks/');
  assert.ok(!existsSync(join(top, 'dist/esm')) && !existsSync(join(top, 'dist/types')), 'no npm-only files');
  writeFileSync(join(site, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script>window.tamisConfig = { vendors: ['google-analytics'], policyUrl: '/privacy' };</script>
<script src="/assets/tamis-${version}/dist/tamis.js"></script>
${snippets['google-analytics']}
</head><body><h1>Shop</h1></body></html>`);

  const browser = await launch();
  const server = await startServer(site);
  try {
    const { context, page, fakes, errors } = await visit(browser, server.url + '/');
    await bannerButton(page, ACCEPT_ALL).waitFor({ state: 'visible', timeout: 15000 });
    await settle(page, fakes);
    assert.deepEqual(await fakes.ran(page), [], 'GA4 did not run before a decision');
    await bannerButton(page, ACCEPT_ALL).click();
    await until(async () => (await fakes.ran(page)).includes('google-analytics'), 'GA4 runs after "Accept all"');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await server.close();
    await browser.close();
  }
});
