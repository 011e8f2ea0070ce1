// What each kind of visit downloads, and what a partial copy of dist/ still gives the visitor
// (issue #13; issue #9: a missing file names itself and what to copy).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer } from './browser.mjs';

let browser, server;
before(async () => {
  browser = await launch();
  server = await startServer('test/fixtures/first-visit');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the page in a fresh context; vendor hosts answer with an empty page. */
async function open(query = '', { block = [] } = {}) {
  const context = await browser.newContext();
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ body: '', contentType: 'text/html' }));
  for (const pattern of block) await context.route(pattern, (route) => route.abort());
  const page = await context.newPage();
  const files = [];
  const errors = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/dist/')) files.push(pathname.slice('/dist/'.length).replace(/^(chunks\/.*)-[\w-]{8}\.js$/, '$1.js'));
  });
  page.on('console', (message) => message.type() == 'error' && errors.push(message.text()));
  const go = async () => {
    files.length = 0;
    await page.goto(`${server.url}/${query}`);
  };
  await go();
  return { context, page, files, errors, go };
}

const bannerButtons = (page) =>
  page.waitForFunction(() => document.querySelector('tamis-banner')?.shadowRoot?.querySelectorAll('button').length == 3);

test('a first visit gets the deferred module, the banner and the placeholder in one file, without Lit or the whole UI', async () => {
  const { context, page, files, errors } = await open();
  await bannerButtons(page);
  await page.waitForFunction(() => document.querySelector('tamis-placeholder')?.shadowRoot?.querySelector('button'));
  // The catalog name of the one vendor shown in a placeholder is a file of its own.
  assert.deepEqual(files.sort(), ['chunks/name-youtube.js', 'tamis-first.js', 'tamis.js']);
  assert.deepEqual(errors, []);
  const name = await page.evaluate(() => document.querySelector('tamis-placeholder').shadowRoot.textContent);
  assert.match(name, /YouTube content is blocked because you have not allowed Social media/);
  await context.close();
});

test('a returning visitor who refused gets the placeholder from tamis-placeholder.js alone', async () => {
  const { context, page, files, errors, go } = await open();
  await bannerButtons(page);
  await page.evaluate(() => document.querySelector('tamis-banner').shadowRoot.querySelector('[part~=reject]').click());
  await page.waitForFunction(() => !document.querySelector('tamis-banner'));
  await go();
  await page.waitForFunction(() => document.querySelector('tamis-placeholder')?.shadowRoot?.querySelector('button'));
  assert.deepEqual(files.sort(), ['chunks/name-youtube.js', 'tamis-placeholder.js', 'tamis.js']);
  // Allowing the vendor from the placeholder loads the deferred module, then the video.
  await page.evaluate(() => document.querySelector('tamis-placeholder').shadowRoot.querySelector('button').click());
  await page.waitForFunction(() => !document.querySelector('tamis-placeholder') && document.querySelector('iframe').src.includes('youtube'));
  assert.ok(files.includes('tamis-deferred.js'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a French page gets the banner texts of French from one small chunk', async () => {
  const { context, page, files } = await open('?lang=fr');
  await bannerButtons(page);
  const title = await page.evaluate(() => document.querySelector('tamis-banner').shadowRoot.querySelector('h2').textContent);
  assert.equal(title, 'Les cookies sur ce site');
  assert.ok(files.includes('chunks/banner-fr.js'), files.join());
  await context.close();
});

test('a missing language chunk logs which file and what to copy, and the banner shows in English', async () => {
  const { context, page, errors } = await open('?lang=fr', { block: [/\/dist\/chunks\/banner-fr\.js/] });
  await bannerButtons(page);
  const banner = await page.evaluate(() => {
    const root = document.querySelector('tamis-banner').shadowRoot;
    return { title: root.querySelector('h2').textContent, text: root.querySelector('[part=text]').textContent, lang: document.querySelector('tamis-banner').lang };
  });
  assert.equal(banner.title, 'Cookies on this site');
  // The list of purposes is joined in English too ("and", not "et").
  assert.match(banner.text, /Analytics and Social media/);
  assert.equal(banner.lang, 'en');
  const message = errors.find((error) => error.startsWith('tamis:'));
  assert.match(message, /chunks\/banner-fr\.js did not load.*Copy the whole dist\/ folder/);
  await context.close();
});

test('a missing tamis-first.js falls back to tamis-deferred.js and tamis-banner.js', async () => {
  const { context, page, files } = await open('', { block: [/\/dist\/tamis-first\.js/] });
  await bannerButtons(page);
  assert.ok(files.includes('tamis-deferred.js') && files.includes('tamis-banner.js'), files.join());
  await page.evaluate(() => document.querySelector('tamis-banner').shadowRoot.querySelector('[part~=accept]').click());
  await page.waitForFunction(() => window.tamis.hasConsent('youtube'));
  await context.close();
});

test('missing first-visit files log what to copy, and the whole UI draws the banner instead', async () => {
  const { context, page, errors } = await open('', { block: [/\/dist\/tamis-(first|banner)\.js/] });
  await bannerButtons(page);
  assert.ok(errors.some((error) => /^tamis: tamis-banner\.js did not load .*Copy the whole dist\/ folder/.test(error)), errors.join('\n'));
  await page.evaluate(() => document.querySelector('tamis-banner').shadowRoot.querySelector('[part~=accept]').click());
  await page.waitForFunction(() => window.tamis.hasConsent('youtube'));
  await context.close();
});
