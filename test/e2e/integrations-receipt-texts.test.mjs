// The texts behind a receipt's textsHash (issue 12): they are not in the receipt; when the endpoint
// answers that it lacks them (`textsUrl`), the page PUTs the exact JSON text that was hashed, once,
// then forgets it. An endpoint that does not ask gets no texts.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { launch } from './browser.mjs';
import { openSite, settle } from '../fixtures/integrations/site.mjs';

const TEXTS = JSON.stringify({ title: 'We use cookies', accept: 'Accept all', reject: 'Refuse all' });
const HASH = createHash('sha256').update(TEXTS).digest('hex');

/** An endpoint that asks for texts it does not know when `ask` is true. */
function startEndpoint({ ask }) {
  const received = [];
  const server = createServer((req, res) => {
    const cors = {
      'access-control-allow-origin': req.headers.origin ?? '*',
      'access-control-allow-methods': 'POST, PUT',
      'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'content-type',
    };
    if (req.method == 'OPTIONS') return void res.writeHead(204, cors).end();
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: req.method, path: req.url, body });
      const known = received.some((r) => r.method == 'PUT');
      const answer = req.method == 'POST' && ask && !known ? { status: 'stored', textsUrl: `/texts/${JSON.parse(body).textsHash}` } : { status: 'stored' };
      res.writeHead(201, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  return new Promise((ready) =>
    server.listen(0, '127.0.0.1', () =>
      ready({
        url: `http://127.0.0.1:${server.address().port}/receipts`,
        received,
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))),
      }),
    ),
  );
}

let browser, site, endpoint;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());
afterEach(async () => {
  await site?.context.close();
  await endpoint?.close();
  site = endpoint = undefined;
});

const waitFor = async (check, ms = 10_000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (await check()) return;
  assert.fail('timed out');
};
const textsKept = (page) => page.evaluate(() => localStorage.getItem('tamis_texts'));

test('texts go once, to the URL the endpoint names, as the exact JSON text that was hashed', async () => {
  endpoint = await startEndpoint({ ask: true });
  site = await openSite(browser, { config: { vendors: ['google-analytics'], consentLog: { endpoint: endpoint.url, headers: { 'x-site-key': 'k' } } } });
  const page = await site.open('/site/index.html');
  await page.evaluate(([hash, texts]) => window.tamis.acceptAll({ textsHash: hash, texts }), [HASH, TEXTS]);
  await waitFor(() => endpoint.received.some((r) => r.method == 'PUT'));
  const [post, put] = endpoint.received;
  assert.equal(post.method, 'POST');
  const receipt = JSON.parse(post.body);
  assert.equal(receipt.textsHash, HASH);
  assert.equal('texts' in receipt, false, 'the texts are not part of the receipt');
  assert.equal(put.path, `/texts/${HASH}`);
  assert.equal(put.body, TEXTS);
  await waitFor(async () => (await textsKept(page)) === null); // sent: forgotten

  await page.evaluate(([hash, texts]) => window.tamis.rejectAll({ textsHash: hash, texts }), [HASH, TEXTS]);
  await waitFor(() => endpoint.received.filter((r) => r.method == 'POST').length == 2);
  await settle(page);
  assert.equal(endpoint.received.filter((r) => r.method == 'PUT').length, 1, 'not asked again, not sent again');
  assert.deepEqual(site.errors, []);
});

test('an endpoint that does not ask gets no texts, and the page keeps none', async () => {
  endpoint = await startEndpoint({ ask: false });
  site = await openSite(browser, { config: { vendors: ['google-analytics'], consentLog: { endpoint: endpoint.url } } });
  const page = await site.open('/site/index.html');
  await page.evaluate(([hash, texts]) => window.tamis.acceptAll({ textsHash: hash, texts }), [HASH, TEXTS]);
  await waitFor(() => endpoint.received.length == 1);
  await waitFor(async () => (await textsKept(page)) === null); // not asked: forgotten
  await settle(page);
  assert.equal(endpoint.received.filter((r) => r.method == 'PUT').length, 0);
});
