// Every page of examples/ as a visitor sees it (issue #9: the demo shop's cards once showed a
// literal `<0>`): no visible text that looks like markup, and every product card has a heading.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, startServer } from './browser.mjs';
import { visit } from './demo-helpers.mjs';

const examples = fileURLToPath(new URL('../../examples', import.meta.url));
/** Every HTML page under examples/, as a path of the server. */
const pages = (dir = examples) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? pages(join(dir, d.name)) : d.name.endsWith('.html') ? ['/' + relative(examples, join(dir, d.name))] : []);

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer('examples');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the examples are found', () => {
  assert.ok(pages().length >= 10, pages().join(', '));
});

for (const path of pages()) {
  test(`${path}: no visible text looks like markup; every product card has a heading`, async () => {
    const { context, page } = await visit(browser, server.url + path);
    try {
      await page.waitForLoadState('load');
      const found = await page.evaluate(() => {
        // Text as rendered (innerText leaves out hidden elements, scripts and styles); a stray tag
        // such as `<0>` is written as text by the parser. Code samples (`<code>&lt;head&gt;</code>`)
        // show markup on purpose: they are emptied first.
        for (const el of document.querySelectorAll('code, pre, kbd, samp')) el.textContent = '';
        const text = document.body.innerText;
        const markup = text.match(/<\/?[a-z0-9][\w-]*(\s[^<>]*)?\/?>|&(?:[a-z]+|#\d+);/gi) ?? [];
        const cards = [...document.querySelectorAll('.card, [class~="card"]')].map((card) => ({
          heading: card.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() ?? '',
          text: card.textContent?.trim().slice(0, 60),
        }));
        return { markup, cards };
      });
      assert.deepEqual(found.markup, [], 'text that looks like markup');
      for (const card of found.cards) assert.ok(card.heading, `a card without a heading: ${card.text}`);
    } finally {
      await context.close();
    }
  });
}
