import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startRuntimeHarness, consentCookie, addMonthsInPage } from './runtime-harness.mjs';

let harness;
before(async () => (harness = await startRuntimeHarness()));
after(() => harness?.close());

// `await`: decisions may resolve asynchronously (the API allows a promise).
const decide = (page, how = 'acceptAll') => page.evaluate(async (h) => {
  await window.tamis[h]();
  return window.tamis.getConsent().date.getTime();
}, how);

test('shows the banner and loads the UI on a first visit', async () => {
  const { context, page, uiRequests, bannerRequests } = await harness.open();
  await page.goto(`${harness.origin}/page.html`);
  await page.waitForSelector('body > tamis-banner', { state: 'attached' });
  assert.equal(await page.evaluate(() => document.querySelectorAll('tamis-banner').length), 1);
  // The banner's file (no Lit, issue 13), not the whole UI.
  assert.deepEqual(bannerRequests, [`${harness.origin}/dist/tamis-banner.js`]);
  assert.deepEqual(uiRequests, []);
  assert.equal(await page.evaluate(() => window.tamis.getConsent()), null);
  assert.equal(await consentCookie(context), undefined);
  await context.close();
});

for (const [months, config] of [[6, {}], [13, { retentionMonths: 13 }]]) {
  test(`writes tamis_consent as a first-party Lax cookie on path / that expires ${months} months after the decision`, async () => {
    const { context, page } = await harness.open(config);
    await page.goto(`${harness.origin}/page.html`);
    const decided = await decide(page);
    const cookie = await consentCookie(context);
    assert.ok(cookie, 'the consent cookie is written');
    assert.equal(cookie.domain, 'shop.example.test');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.secure, false, 'Secure only on https');
    assert.equal(cookie.httpOnly, false);
    const expected = await addMonthsInPage(page, decided, months);
    assert.ok(Math.abs(cookie.expires * 1000 - expected) < 1500, `expires ${new Date(cookie.expires * 1000).toISOString()}, expected ${new Date(expected).toISOString()}`);
    const days = (cookie.expires * 1000 - decided) / 86400000;
    assert.ok(days > months * 28 && days < months * 31 + 1, `${days} days`);
    const reported = await page.evaluate(() => window.tamis.getConsent().expires.getTime());
    assert.equal(reported, expected);
    await context.close();
  });
}

test('writes the consent cookie on the configured domain and name', async () => {
  const { context, page } = await harness.open({ cookie: { name: 'consent', domain: 'example.test' } });
  await page.goto(`${harness.origin}/page.html`);
  await decide(page, 'rejectAll');
  const cookie = await consentCookie(context, 'consent');
  assert.equal(cookie.domain, '.example.test');
  assert.equal(await consentCookie(context), undefined);
  await context.close();
});

test('keeps the cookie unchanged on a return visit and downloads tamis.js alone', async () => {
  const { context, page, uiRequests } = await harness.open();
  await page.goto(`${harness.origin}/page.html`);
  await decide(page, 'rejectAll');
  const first = await consentCookie(context);
  await page.waitForTimeout(1100); // a rewrite would move `expires` by at least a second
  const requestsBefore = uiRequests.length;
  const scripts = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto(`${harness.origin}/page.html?again`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  const second = await consentCookie(context);
  assert.deepEqual(second, first);
  assert.equal(await page.evaluate(() => window.tamis.getConsent().method), 'reject-all');
  assert.equal(await page.evaluate(() => document.querySelector('tamis-banner')), null);
  assert.equal(uiRequests.length, requestsBefore, 'no request for tamis-ui.js with a valid record');
  assert.deepEqual(scripts, ['/dist/tamis.js'], 'tamis.js alone on a return visit');
  await context.close();
});

test('treats an edited consent cookie as no consent and asks again, without a page error', async () => {
  const { context, page, errors } = await harness.open({ vendors: ['hotjar'] });
  await page.goto(`${harness.origin}/page.html`);
  await decide(page, 'rejectAll');
  const cookie = await consentCookie(context);
  const edited = decodeURIComponent(cookie.value).replace('"analytics":false', '"analytics":true');
  assert.notEqual(edited, decodeURIComponent(cookie.value), 'the record holds the analytics choice');
  await context.addCookies([{ ...cookie, value: encodeURIComponent(edited) }]);
  await page.reload();
  await page.waitForSelector('tamis-banner', { state: 'attached' });
  assert.equal(await page.evaluate(() => window.tamis.getConsent()), null);
  assert.equal(await page.evaluate(() => window.tamis.hasConsent('analytics')), false);
  for (const junk of ['garbage', '%7B', '']) {
    await context.addCookies([{ ...cookie, value: junk }]);
    await page.reload();
    assert.equal(await page.evaluate(() => window.tamis.getConsent()), null);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('asks again when the policy revision is bumped', async () => {
  const { context, page, bannerRequests: uiRequests } = await harness.open({ revision: 1 });
  await page.goto(`${harness.origin}/page.html`);
  await decide(page);
  const next = await context.newPage();
  await next.addInitScript(() => (window.tamisConfig = { revision: 2 }));
  const before = uiRequests.length;
  await next.goto(`${harness.origin}/page.html`);
  await next.waitForSelector('body > tamis-banner', { state: 'attached' });
  assert.equal(await next.evaluate(() => window.tamis.getConsent()), null);
  assert.equal(uiRequests.length, before + 1);
  await context.close();
});

test('asks again once the record has expired, by the cookie date and by its own check', async () => {
  const { context, page } = await harness.open({ retentionMonths: 13 });
  await page.clock.install();
  await page.goto(`${harness.origin}/page.html`);
  const decided = await decide(page);
  const sixMonths = await addMonthsInPage(page, decided, 6);
  // Still within 6 months: kept.
  await page.addInitScript(() => (window.tamisConfig = { retentionMonths: 6 }));
  await page.clock.setSystemTime(sixMonths - 60000);
  await page.reload();
  assert.notEqual(await page.evaluate(() => window.tamis.getConsent()), null);
  // Past 6 months the 13-month cookie is still there, but the site now keeps decisions 6 months.
  await page.clock.setSystemTime(sixMonths + 60000);
  await page.reload();
  assert.ok(await consentCookie(context), 'the browser still holds the cookie');
  assert.equal(await page.evaluate(() => window.tamis.getConsent()), null);
  await page.waitForSelector('tamis-banner', { state: 'attached' });
  await context.close();
});

test('adds Secure to the consent cookie on https', async () => {
  const { context, page } = await harness.open();
  // The same files over https: the browser sees an https origin (a secure context).
  await context.route('https://secure.example.test/**', async (route) => {
    const url = new URL(route.request().url());
    const local = harness.origin.replace('shop.example.test', '127.0.0.1');
    const response = await fetch(`${local}${url.pathname}${url.search}`);
    return route.fulfill({ status: response.status, contentType: response.headers.get('content-type') ?? undefined, body: Buffer.from(await response.arrayBuffer()) });
  });
  await page.goto('https://secure.example.test/page.html');
  assert.equal(await page.evaluate(() => window.isSecureContext), true);
  await decide(page, 'rejectAll');
  const cookie = await consentCookie(context);
  assert.equal(cookie.domain, 'secure.example.test');
  assert.equal(cookie.secure, true);
  assert.equal(cookie.sameSite, 'Lax');
  await context.close();
});
