import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startRuntimeHarness } from './runtime-harness.mjs';

let harness;
before(async () => (harness = await startRuntimeHarness()));
after(() => harness?.close());

// A custom vendor, so the test states exactly which names it expects to be cleared.
const acme = {
  id: 'acme-analytics',
  name: 'Acme Analytics',
  company: 'Acme SA',
  purpose: 'analytics',
  policyUrl: 'https://acme.test/privacy',
  urls: ['cdn.acme.test'],
  cookies: [
    { name: '_acme', lifetime: '13 months', description: 'visitor id' },
    { name: '^_acme_ses\\.', lifetime: 'session', description: 'session' },
  ],
  storage: ['acme_queue'],
};
// RegExps do not survive the trip into the page: rebuild them there.
const configScript = (config) => {
  for (const vendor of config.vendors) {
    vendor.cookies = vendor.cookies.map((c) => ({ ...c, name: c.name.startsWith('^') ? new RegExp(c.name) : c.name }));
    vendor.storage = [vendor.storage[0], /^acme:/];
  }
  window.tamisConfig = config;
};

/** Opens the page with the vendor accepted and its traces written on the host and parent domain. */
async function withTraces(extra = {}) {
  const session = await harness.open();
  const { page } = session;
  await page.addInitScript(configScript, { vendors: [acme], ...extra });
  await page.goto(`${harness.origin}/page.html`);
  await page.evaluate(async () => {
    await window.tamis.acceptAll();
    document.cookie = '_acme=host; path=/';
    document.cookie = '_acme=parent; path=/; domain=example.test';
    document.cookie = '_acme_ses.1a2b=parent; path=/; domain=example.test';
    document.cookie = 'cart=3; path=/; domain=example.test';
    localStorage.setItem('acme_queue', '[]');
    localStorage.setItem('acme:last', '1');
    sessionStorage.setItem('acme:tab', '1');
    localStorage.setItem('cart', '3');
  });
  const names = (await session.context.cookies()).map((c) => `${c.name}@${c.domain}`).sort();
  assert.deepEqual(names, ['_acme@.example.test', '_acme@shop.example.test', '_acme_ses.1a2b@.example.test', 'cart@.example.test', 'tamis_consent@shop.example.test']);
  return session;
}

const storageKeys = (page) =>
  page.evaluate(() => [...Object.keys(localStorage).map((k) => `local:${k}`), ...Object.keys(sessionStorage).map((k) => `session:${k}`)].sort());

test('deletes a withdrawn vendor\'s cookies on the host and parent domain and its storage keys, then reloads', async () => {
  const { context, page } = await withTraces();
  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => void window.tamis.setConsent({ analytics: false }));
  await reloaded;
  assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation')[0].type), 'reload');
  const names = (await context.cookies()).map((c) => `${c.name}@${c.domain}`).sort();
  assert.deepEqual(names, ['cart@.example.test', 'tamis_consent@shop.example.test']);
  assert.deepEqual(await storageKeys(page), ['local:cart']);
  assert.equal(await page.evaluate(() => window.tamis.hasConsent('acme-analytics')), false);
  await context.close();
});

test('clears the vendor without reloading when reloadOnWithdraw is false', async () => {
  const { context, page } = await withTraces({ reloadOnWithdraw: false });
  await page.evaluate(() => (window.stillHere = true));
  await page.evaluate(() => window.tamis.rejectAll());
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.stillHere), true);
  const names = (await context.cookies()).map((c) => c.name).sort();
  assert.deepEqual(names, ['cart', 'tamis_consent']);
  await context.close();
});

test('deletes the record and the vendor data on reset, reloads and asks again', async () => {
  const { context, page } = await withTraces();
  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => void window.tamis.reset());
  await reloaded;
  assert.deepEqual((await context.cookies()).map((c) => c.name), ['cart']);
  await page.waitForSelector('body > tamis-banner', { state: 'attached' });
  assert.equal(await page.evaluate(() => window.tamis.getConsent()), null);
  await context.close();
});

test('neither clears nor reloads when a new decision withdraws nothing', async () => {
  const { context, page } = await withTraces();
  await page.evaluate(() => (window.stillHere = true));
  await page.evaluate(() => window.tamis.acceptAll());
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.stillHere), true);
  assert.equal((await context.cookies()).filter((c) => c.name === '_acme').length, 2);
  await context.close();
});
