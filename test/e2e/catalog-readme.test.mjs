// README's vendor table and docs/vendor-catalog.md's are generated from vendors/ (issue 10: "so it
// cannot drift"): this fails when someone edits a vendor without running `npm run catalog:readme`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readCatalog, readmeTable, docsTable, fill } from '../../scripts/catalog-readme.mjs';

const read = (file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

test('README and docs/vendor-catalog.md hold the catalog table generated from vendors/', async () => {
  const catalog = await readCatalog();
  assert.ok(catalog.length >= 100);
  for (const [file, table] of [['README.md', readmeTable], ['docs/vendor-catalog.md', docsTable]]) {
    const text = read(file);
    assert.equal(text, fill(text, 'table', table(catalog), file), `${file} drifted from vendors/: run npm run catalog:readme`);
  }
});

test('the README table has one row per catalog vendor with its purpose', async () => {
  const catalog = await readCatalog();
  const rows = read('README.md').match(/^\| `[a-z0-9-]+` \| .* \| `[a-z]+` \|$/gm);
  assert.deepEqual(rows, catalog.map((v) => `| \`${v.id}\` | ${v.name} | \`${v.purpose}\` |`));
});

// README's "My vendor is not in the catalog" snippet, pasted as is (only the tamis.js path is
// the test server's): the custom vendor is held before consent, runs after consent to it, and its
// first-party cookie is cleared on withdrawal.
test('the README custom-vendor snippet works as pasted', async () => {
  const { launch } = await import('./browser.mjs');
  const { fileURLToPath } = await import('node:url');
  const section = read('README.md').split('<!-- section:custom-vendor')[1].split('<!-- /section:custom-vendor')[0];
  const snippet = /```html\n([\s\S]*?)```/.exec(section)[1].replace('/assets/tamis/tamis.js', '/dist/tamis.js');
  const SITE = 'http://shop.tamis.test';
  const browser = await launch();
  const context = await browser.newContext();
  const requested = [];
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${SITE}/dist/`)) {
        return route.fulfill({ path: fileURLToPath(new URL(`../../dist/${url.slice(SITE.length + 6)}`, import.meta.url)), contentType: 'text/javascript' });
      }
      if (url === `${SITE}/`) {
        return route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>acme</title>
${snippet.replace('window.tamisConfig = {', 'window.tamisConfig = { reloadOnWithdraw: false, ui: { load: function () { return Promise.resolve(); } },')}
<script>var s = document.createElement('script'); s.src = 'https://cdn.example.net/acme-chat/widget.js'; document.head.appendChild(s);</script>
</head><body></body></html>`,
        });
      }
      requested.push(url);
      return route.fulfill({
        contentType: 'text/javascript',
        body: `(window.__acme = window.__acme || []).push(1); document.cookie = 'acme_chat_id=1; path=/; max-age=3600; domain=tamis.test';`,
      });
    });
    const page = await context.newPage();
    await page.goto(`${SITE}/`);
    await page.waitForLoadState('load');
    assert.deepEqual(requested, [], 'nothing requested before consent');
    assert.equal(await page.evaluate(() => window.__acme), undefined);
    await page.evaluate(() => window.tamis.setConsent({}, { 'acme-chat': true }));
    await page.waitForFunction(() => window.__acme?.length === 1);
    assert.ok((await context.cookies(`${SITE}/`)).some((c) => c.name == 'acme_chat_id'));
    await page.evaluate(() => window.tamis.rejectAll());
    assert.ok(!(await context.cookies(`${SITE}/`)).some((c) => c.name == 'acme_chat_id'), 'cleared on withdrawal');
  } finally {
    await context.close();
    await browser.close();
  }
});
