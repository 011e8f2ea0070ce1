// Proof-of-consent receipts on whole pages (issue 5): every decision reaches the site's endpoint
// (a real local http server on another origin) as JSON with the right content; one sent while the
// endpoint is down is kept and arrives from the next page.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch } from './browser.mjs';
import { openSite, settle } from '../fixtures/integrations/site.mjs';
import { startReceiptEndpoint } from '../fixtures/integrations/receipt-endpoint.mjs';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const schema = JSON.parse(readFileSync(new URL('../../schema/consent-receipt.schema.json', import.meta.url), 'utf8'));
const VENDORS = ['google-analytics', 'google-ads'];
const HASH = 'c0ffee'.padEnd(64, '0');

let browser, site, endpoint;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});
afterEach(async () => {
  await site?.context.close();
  await endpoint?.close();
  site = endpoint = undefined;
});

const waitFor = async (check, ms = 15_000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (check()) return;
  assert.fail('timed out');
};

/** The properties a receipt may carry, per the published schema: nothing else leaves the page. */
const checkAgainstSchema = (receipt) => {
  assert.deepEqual(
    Object.keys(receipt).filter((k) => !(k in schema.properties)),
    [],
    'only properties the schema documents',
  );
  for (const key of schema.required) assert.ok(key in receipt, `required: ${key}`);
  assert.match(receipt.date, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.ok(schema.properties.method.enum.includes(receipt.method));
};

test('a decision reaches the endpoint as a JSON receipt with the right content and no query string', async () => {
  endpoint = await startReceiptEndpoint();
  site = await openSite(browser, { config: { vendors: VENDORS, consentLog: { endpoint: endpoint.url }, language: 'fr' } });
  const page = await site.open('/site/shop/cart.html?utm_source=mail&email=someone%40example.org#basket');
  await page.evaluate((hash) => window.tamis.setConsent({ analytics: true }, {}, { textsHash: hash }), HASH);
  await waitFor(() => endpoint.received.length == 1);
  const [{ method, headers, body }] = endpoint.received;
  const consent = await page.evaluate(() => JSON.parse(JSON.stringify(window.tamis.getConsent())));
  assert.equal(method, 'POST');
  assert.equal(headers['content-type'], 'application/json');
  assert.deepEqual(body, {
    id: consent.id,
    revision: 1,
    date: consent.date,
    expires: consent.expires,
    categories: { necessary: true, analytics: true, advertising: false },
    vendors: { 'google-analytics': true, 'google-ads': false },
    method: 'custom',
    gpc: false,
    textsHash: HASH,
    url: `${site.url}/site/shop/cart.html`,
    language: 'fr',
    version,
  });
  checkAgainstSchema(body);
  await settle(page);
  assert.equal(await page.evaluate(() => localStorage.getItem('tamis_receipts')), null, 'delivered: nothing kept');
  assert.deepEqual(site.errors, []);
});

test('each way of deciding is recorded: accept-all, reject-all, gpc', async () => {
  endpoint = await startReceiptEndpoint();
  site = await openSite(browser, { config: { vendors: VENDORS, consentLog: { endpoint: endpoint.url } } });
  const page = await site.open();
  await page.evaluate(() => window.tamis.acceptAll());
  await page.evaluate(() => window.tamis.rejectAll());
  await waitFor(() => endpoint.received.length == 2);
  assert.deepEqual(
    endpoint.received.map(({ body }) => [body.method, body.categories.advertising]),
    [['accept-all', true], ['reject-all', false]],
  );
  await site.context.close();

  site = await openSite(browser, { config: { vendors: VENDORS, consentLog: { endpoint: endpoint.url } }, gpc: true });
  const gpcPage = await site.open();
  await gpcPage.evaluate(() => window.tamis.acceptAll());
  await waitFor(() => endpoint.received.length == 3);
  const { body } = endpoint.received[2];
  assert.deepEqual([body.method, body.gpc, body.categories.advertising], ['gpc', true, false]);
  checkAgainstSchema(body);
});

test('the site’s headers go with the receipt; the visitor’s user agent and IP are not in it', async () => {
  endpoint = await startReceiptEndpoint();
  site = await openSite(browser, {
    config: { vendors: VENDORS, consentLog: { endpoint: endpoint.url, headers: { authorization: 'Bearer site-key' } } },
  });
  const page = await site.open();
  const userAgent = await page.evaluate(() => navigator.userAgent);
  await page.evaluate(() => window.tamis.rejectAll());
  await waitFor(() => endpoint.received.length == 1);
  const [{ headers, body }] = endpoint.received;
  assert.equal(headers.authorization, 'Bearer site-key');
  const text = JSON.stringify(body);
  assert.ok(!text.includes(userAgent) && !text.includes('Chrome'), 'no user agent');
  // The visitor's address is the page's host here (127.0.0.1): it may appear only in the page URL.
  assert.equal(text.split('127.0.0.1').length - 1, 1, 'no IP beyond the page URL');
  checkAgainstSchema(body);
});

test('a receipt sent while the endpoint is down is kept and arrives from the next page', async () => {
  endpoint = await startReceiptEndpoint();
  const { port, url } = endpoint;
  await endpoint.close(); // the endpoint is down: connection refused
  site = await openSite(browser, { config: { vendors: VENDORS, consentLog: { endpoint: url } } });
  const page = await site.open();
  await page.evaluate(() => window.tamis.acceptAll());
  await settle(page, 500);
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('tamis_receipts')));
  const id = await page.evaluate(() => window.tamis.getConsent().id);
  assert.deepEqual(kept.map((r) => r.id), [id], 'kept in localStorage');

  endpoint = await startReceiptEndpoint(port); // back up
  await page.close();
  const next = await site.open('/site/next.html');
  await waitFor(() => endpoint.received.length == 1);
  assert.equal(endpoint.received[0].body.id, id);
  assert.equal(endpoint.received[0].body.method, 'accept-all');
  assert.equal(endpoint.received[0].body.url, `${site.url}/site/index.html`, 'the page of the decision');
  await settle(next);
  assert.equal(await next.evaluate(() => localStorage.getItem('tamis_receipts')), null, 'then forgotten');
  assert.equal(endpoint.received.length, 1, 'sent once');
});

test('an offline return visit with receipts waiting keeps them for the next page, with no unhandled rejection', async () => {
  endpoint = await startReceiptEndpoint();
  const { port, url } = endpoint;
  await endpoint.close(); // the decision's receipt cannot leave: it waits in the outbox
  site = await openSite(browser, { config: { vendors: VENDORS, consentLog: { endpoint: url } } });
  const first = await site.open();
  await first.evaluate(() => window.tamis.acceptAll());
  await settle(first, 500);
  const id = await first.evaluate(() => window.tamis.getConsent().id);
  await first.close();

  // Offline return visit: tamis.js came from the cache, tamis-deferred.js (which sends the outbox,
  // loaded at idle for it) cannot be fetched.
  await site.context.addInitScript(() => {
    window.__rejections = [];
    addEventListener('unhandledrejection', (event) => window.__rejections.push(String(event.reason)));
  });
  let refused;
  const deferredRefused = new Promise((done) => (refused = done));
  await site.context.route('**/dist/tamis-deferred.js', (route) => route.abort('internetdisconnected').then(refused));
  const offline = await site.context.newPage();
  const errors = [];
  offline.on('pageerror', (error) => errors.push(String(error)));
  const reported = offline.waitForEvent('console', { predicate: (m) => m.type() == 'error' && m.text().startsWith('tamis:'), timeout: 15_000 });
  await offline.goto(`${site.url}/site/offline.html`);
  await deferredRefused;
  await reported;
  // A rejection nobody handles is reported once the microtasks are done, in a task of its own:
  // an idle callback after a timer comes later still.
  await offline.evaluate(() => new Promise((done) => setTimeout(() => requestIdleCallback(() => done()), 0)));
  assert.deepEqual(await offline.evaluate(() => window.__rejections), [], 'no unhandledrejection event');
  assert.deepEqual(errors, [], 'no uncaught error reported by the page');
  const kept = await offline.evaluate(() => JSON.parse(localStorage.getItem('tamis_receipts')));
  assert.deepEqual(kept.map((r) => r.id), [id], 'the receipt still waits');
  await offline.close();

  // Back online, endpoint up: the next page delivers it.
  await site.context.unroute('**/dist/tamis-deferred.js');
  endpoint = await startReceiptEndpoint(port);
  const next = await site.open('/site/next.html');
  await waitFor(() => endpoint.received.length == 1);
  assert.equal(endpoint.received[0].body.id, id);
  await settle(next);
  assert.equal(await next.evaluate(() => localStorage.getItem('tamis_receipts')), null, 'then forgotten');
});

test('no receipt is sent without consentLog, nor for a decision made in another tab', async () => {
  endpoint = await startReceiptEndpoint();
  site = await openSite(browser, { config: { vendors: VENDORS, consentLog: { endpoint: endpoint.url } } });
  const first = await site.open();
  const second = await site.open();
  await first.evaluate(() => window.tamis.acceptAll());
  await second.waitForFunction(() => window.tamis.getConsent() !== null);
  await settle(second, 500);
  assert.equal(endpoint.received.length, 1, 'one decision, one receipt');
  await site.context.close();

  site = await openSite(browser, { config: { vendors: VENDORS } });
  const page = await site.open();
  await page.evaluate(() => window.tamis.acceptAll());
  await settle(page, 500);
  assert.equal(endpoint.received.length, 1);
  assert.equal(await page.evaluate(() => localStorage.getItem('tamis_receipts')), null);
});

test('a withdrawal that reloads the page still delivers its receipt', async () => {
  endpoint = await startReceiptEndpoint();
  site = await openSite(browser, { config: { vendors: VENDORS, consentLog: { endpoint: endpoint.url } } });
  const page = await site.open();
  await page.evaluate(() => window.tamis.acceptAll());
  await waitFor(() => endpoint.received.length == 1);
  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => window.tamis.setConsent({ analytics: false }));
  await reloaded;
  await waitFor(() => endpoint.received.some(({ body }) => body.categories.analytics === false));
  const withdrawal = endpoint.received.filter(({ body }) => body.categories.analytics === false);
  assert.equal(new Set(withdrawal.map(({ body }) => body.id)).size, 1);
  assert.equal(withdrawal[0].body.method, 'custom');
});
