import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer } from './browser.mjs';

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('dist/tamis.js exposes window.tamis on a plain page', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/smoke.html`);
  assert.equal(typeof (await page.evaluate(() => window.tamis.version)), 'string');
  await page.close();
});
