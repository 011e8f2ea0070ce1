// The demo shop `npm run demo` serves (examples/): the owner pasted GA4, Google Ads, HubSpot,
// LinkedIn Insight, Meta Pixel and a YouTube embed unchanged below the tamis tag. These tests play
// a first-time visitor and check what the page does: requests, cookies, vendor code that ran, DOM.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launch, startServer } from './browser.mjs';
import { installFakeVendors } from './fake-vendors.mjs';
import { ACCEPT_ALL, REJECT_ALL, bannerButton, cookieNames, external, settle, until, visit } from './demo-helpers.mjs';

/** Every page of the shop, with the language of its banner. */
const PAGES = [
  '/',
  '/products.html',
  '/product.html',
  '/cart.html',
  '/privacy.html',
  '/variants/box.html',
  '/variants/fr.html',
];
/** The vendor tags pasted in every page (entry scripts the fakes count when they run). */
const PASTED = ['google-ads', 'google-analytics', 'hubspot', 'linkedin', 'meta-pixel'];
/** Payment-fraud prevention needs no consent: Stripe.js runs on the checkout page from the start. */
const EXEMPT = new Set(['stripe']);
const CONSENT_COOKIE = 'tamis_consent';

let browser, server;

/**
 * What the browser may request while it parses a page, before any script can act: the files of
 * the `<script src>` tags (Chromium's preload scanner reads ahead and downloads them; tamis keeps
 * them from running) and the `<iframe src>` documents (an iframe starts navigating when the parser
 * inserts it; tamis then discards that frame). Both are limits of blocking tags pasted unchanged,
 * documented in README "Blocking"; the declarative markup avoids them.
 * @returns {Promise<{ scripts: Set<string>, frames: Set<string> }>} absolute URLs
 */
async function parseTimeUrls(path) {
  const html = await (await fetch(server.url + path)).text();
  const found = { scripts: new Set(), frames: new Set() };
  for (const [tag, name] of html.matchAll(/<(script|iframe)\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (src && !/type="text\/plain"/.test(tag))
      found[name === 'script' ? 'scripts' : 'frames'].add(new URL(src, server.url + path).href);
  }
  return found;
}

/** Requests to vendors beyond the parse-time ones above (and Stripe's, which needs no consent). */
async function leaks(fakes, path) {
  const { scripts, frames } = await parseTimeUrls(path);
  return external(fakes)
    .filter((r) => !EXEMPT.has(r.vendor))
    .filter((r) => !(r.resourceType === 'script' && scripts.has(r.url)) && !(r.resourceType === 'document' && frames.has(r.url)))
    .map((r) => r.url);
}

/** URLs of the page's frames showing the document of a vendor that needs consent. */
function vendorFrames(page, fakes) {
  return page
    .frames()
    .map((f) => f.url())
    .filter((url) => /^https?:/.test(url) && !url.startsWith(server.url) && !EXEMPT.has(fakes.vendorOf(url)));
}

before(async () => {
  browser = await launch();
  server = await startServer('examples');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const path of PAGES) {
  test(`${path} loads without a script error, asks a first-time visitor and lets no tracker run before a choice`, async () => {
    const { context, page, fakes, errors } = await visit(browser, server.url + path);
    try {
      await bannerButton(page, ACCEPT_ALL).waitFor({ state: 'visible', timeout: 10000 });
      await bannerButton(page, REJECT_ALL).waitFor({ state: 'visible', timeout: 5000 });
      await settle(page, fakes);
      assert.deepEqual(errors, [], 'script errors');
      // Only parse-time requests (see parseTimeUrls), whose scripts never run and whose frames are
      // discarded; anything else (beacons, pixels, scripts the tags insert) would be a leak. The
      // strict check, with no request at all, is the TODO test below.
      assert.deepEqual(await leaks(fakes, path), [], 'requests to trackers');
      assert.deepEqual(vendorFrames(page, fakes), [], 'vendor frames');
      assert.deepEqual((await fakes.ran(page)).filter((v) => !EXEMPT.has(v)), [], 'vendor code that ran');
      const cookies = (await cookieNames(context)).filter((name) => !name.startsWith('__stripe_'));
      assert.deepEqual(cookies, [], 'cookies');
    } finally {
      await context.close();
    }
  });
}

test(
  'before any choice not one request reaches a tracker host, not even a script download',
  {
    todo:
      'parse-time requests: Chromium\'s preload scanner downloads pasted <script src> files (GA4, Google Ads, ' +
      'HubSpot) and a pasted YouTube <iframe> starts loading before tamis can act; only type="text/plain" / data-src markup avoids them',
  },
  async () => {
    for (const path of ['/', '/product.html']) {
      const { context, page, fakes } = await visit(browser, server.url + path);
      try {
        await bannerButton(page, ACCEPT_ALL).waitFor({ state: 'visible', timeout: 10000 });
        await settle(page, fakes);
        assert.deepEqual(external(fakes).map((r) => r.url), [], path);
      } finally {
        await context.close();
      }
    }
  },
);

test('the checkout loads Stripe.js at once: fraud prevention needs no consent', async () => {
  const { context, page, fakes, errors } = await visit(browser, server.url + '/cart.html');
  try {
    await settle(page, fakes);
    assert.deepEqual(await fakes.ran(page), ['stripe']);
    assert.ok(external(fakes).some((r) => r.vendor === 'stripe' && r.url.startsWith('https://js.stripe.com/v3')));
    assert.equal(await page.evaluate(() => typeof window.Stripe), 'function');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('"Accept all" runs each pasted vendor tag once, sets their cookies, and the next page neither asks nor loads the UI', async () => {
  const first = await visit(browser, server.url + '/');
  const { context, fakes, page } = first;
  try {
    await bannerButton(page, ACCEPT_ALL).click();
    await until(async () => (await fakes.ran(page)).length >= PASTED.length, 'every pasted tag ran');
    await settle(page, fakes);
    assert.deepEqual((await fakes.ran(page)).sort(), PASTED);
    assert.equal(await page.locator('tamis-banner').count(), 0, 'the banner is gone');
    const hosts = new Set(external(fakes).map((r) => r.host));
    for (const host of ['www.googletagmanager.com', 'js.hs-scripts.com', 'snap.licdn.com', 'connect.facebook.net'])
      assert.ok(hosts.has(host), `a request to ${host}`);
    const cookies = await cookieNames(context);
    for (const name of [CONSENT_COOKIE, '_ga', '_gcl_au', 'hubspotutk', 'li_fat_id', '_fbp'])
      assert.ok(cookies.includes(name), `cookie ${name} in ${cookies.join(', ')}`);
    assert.deepEqual(first.errors, []);

    // The next page: the decision holds, the video plays, nothing asks again.
    fakes.reset();
    const next = await visit(browser, server.url + '/product.html', { context, fakes });
    await settle(next.page, fakes);
    assert.equal(await next.page.locator('tamis-banner').count(), 0, 'no banner on the next page');
    assert.deepEqual((await fakes.ran(next.page)).sort(), PASTED);
    assert.ok(
      external(fakes).some((r) => r.vendor === 'youtube' && r.url.startsWith('https://www.youtube.com/embed/')),
      'the YouTube embed loads',
    );
    assert.equal(await next.page.locator('.video iframe').getAttribute('src'), 'https://www.youtube.com/embed/aqz-KE-bpKQ?si=Qm3xY0aN8vT1pLwE');
    // Nothing to show on this page: a visitor who has chosen downloads no UI code at all.
    const ui = fakes.requests.filter((r) => r.local && /\/dist\/(tamis-ui|chunks\/)/.test(r.url));
    assert.deepEqual(ui.map((r) => r.url), [], 'UI bundle requests');
    assert.deepEqual(next.errors, []);
  } finally {
    await context.close();
  }
});

test('"Reject all" keeps every tracker out, on this page and the next, and keeps only the choice', async () => {
  const first = await visit(browser, server.url + '/');
  const { context, fakes, page } = first;
  try {
    await bannerButton(page, REJECT_ALL).waitFor({ state: 'visible', timeout: 10000 });
    await settle(page, fakes);
    fakes.reset();
    await bannerButton(page, REJECT_ALL).click();
    await until(async () => (await page.locator('tamis-banner').count()) === 0, 'the banner goes away');
    await settle(page, fakes);
    assert.deepEqual(external(fakes).map((r) => r.url), [], 'requests after "Reject all"');
    assert.deepEqual(await fakes.ran(page), []);
    assert.deepEqual(await cookieNames(context), [CONSENT_COOKIE]);

    const next = await visit(browser, server.url + '/product.html', { context, fakes });
    await settle(next.page, fakes);
    assert.equal(await next.page.locator('tamis-banner').count(), 0, 'no banner on the next page');
    assert.deepEqual(await leaks(fakes, '/product.html'), [], 'requests on the next page (besides parse-time ones)');
    assert.deepEqual(vendorFrames(next.page, fakes), [], 'vendor frames on the next page');
    assert.deepEqual(await fakes.ran(next.page), []);
    assert.equal(await next.page.locator('.video iframe').getAttribute('src'), null, 'the video is held back');
    await next.page.locator('tamis-placeholder').waitFor({ state: 'visible', timeout: 10000 });
    assert.deepEqual(await cookieNames(context), [CONSENT_COOKIE]);
    assert.deepEqual([...first.errors, ...next.errors], []);
  } finally {
    await context.close();
  }
});

test('the YouTube video waits behind a placeholder of the same place until the visitor agrees', async () => {
  const { context, page, fakes } = await visit(browser, server.url + '/product.html');
  try {
    const placeholder = page.locator('.video tamis-placeholder');
    await placeholder.waitFor({ state: 'visible', timeout: 10000 });
    const box = await placeholder.boundingBox();
    assert.ok(box && box.width > 200 && box.height > 100, `placeholder size ${JSON.stringify(box)}`);
    await settle(page, fakes);
    assert.deepEqual(vendorFrames(page, fakes), [], 'no YouTube frame');
    assert.equal(await page.locator('.video iframe').getAttribute('src'), null);
  } finally {
    await context.close();
  }
});

test('the placeholder\'s button allows YouTube alone: the video plays, every other tag stays blocked', async () => {
  const { context, page, fakes, errors } = await visit(browser, server.url + '/product.html');
  try {
    const placeholder = page.locator('.video tamis-placeholder');
    await placeholder.waitFor({ state: 'visible', timeout: 10000 });
    await settle(page, fakes);
    fakes.reset();
    await placeholder.getByRole('button').click();
    await until(() => fakes.requests.some((r) => r.vendor === 'youtube' && r.resourceType === 'document'), 'the video loads');
    await settle(page, fakes);
    assert.equal(await page.locator('.video iframe').getAttribute('src'), 'https://www.youtube.com/embed/aqz-KE-bpKQ?si=Qm3xY0aN8vT1pLwE');
    assert.equal(await page.locator('tamis-placeholder').count(), 0, 'the placeholder is gone');
    assert.deepEqual(external(fakes).filter((r) => r.vendor !== 'youtube').map((r) => r.url), [], 'no other vendor');
    assert.deepEqual(await fakes.ran(page), []);
    assert.deepEqual(
      await page.evaluate(() => [window.tamis.hasConsent('youtube'), window.tamis.hasConsent('google-analytics'), window.tamis.hasConsent('social')]),
      [true, false, false],
    );
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the privacy policy\'s cookie table lists every vendor of the shop with its cookies', async () => {
  const { context, page, errors } = await visit(browser, server.url + '/privacy.html');
  try {
    const table = page.locator('tamis-cookie-table');
    for (const name of ['Google Analytics', 'Google Ads', 'HubSpot', 'LinkedIn Insight Tag', 'Meta Pixel', 'YouTube', 'Stripe'])
      await table.getByText(name, { exact: true }).first().waitFor({ state: 'visible', timeout: 10000 });
    for (const cookie of ['_ga', '_gcl_au', 'hubspotutk', 'li_fat_id', '_fbp', '__stripe_mid'])
      await table.getByText(cookie, { exact: true }).first().waitFor({ state: 'visible', timeout: 5000 });
    assert.equal(await table.getByText('Hotjar', { exact: true }).count(), 0, 'vendors the shop does not use are not listed');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the footer\'s "Cookie preferences" link reopens the choice after a decision', async () => {
  const { context, page, errors } = await visit(browser, server.url + '/products.html');
  try {
    await bannerButton(page, ACCEPT_ALL).click();
    await until(async () => (await page.locator('tamis-banner').count()) === 0, 'the banner goes away');
    await page.locator('footer').getByRole('link', { name: 'Cookie preferences' }).click();
    await page.locator('tamis-preferences').getByRole('dialog').waitFor({ state: 'visible', timeout: 10000 });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the box variant shows a floating preferences button once the visitor has chosen', async () => {
  const { context, page, errors } = await visit(browser, server.url + '/variants/box.html');
  try {
    await bannerButton(page, REJECT_ALL).click();
    await until(async () => (await page.locator('tamis-banner').count()) === 0, 'the banner goes away');
    const link = page.locator('tamis-preferences-link').getByRole('button');
    await link.waitFor({ state: 'visible', timeout: 10000 });
    await link.click();
    await page.locator('tamis-preferences').getByRole('dialog').waitFor({ state: 'visible', timeout: 10000 });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the French variant asks in French', async () => {
  const { context, page } = await visit(browser, server.url + '/variants/fr.html');
  try {
    await bannerButton(page, /^Tout accepter$/).waitFor({ state: 'visible', timeout: 10000 });
    await bannerButton(page, /^Tout refuser$/).waitFor({ state: 'visible', timeout: 5000 });
  } finally {
    await context.close();
  }
});

// The framework apps are Vite projects, served from their build: test/e2e/frameworks.test.mjs checks them.
const FRAMEWORK_APPS = /^frameworks[\\/]/;

test('every local link, script, stylesheet and image of the examples resolves', async () => {
  const root = new URL('../../examples/', import.meta.url);
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html') && !FRAMEWORK_APPS.test(f));
  assert.ok(files.length >= 10, `${files.length} pages`);
  const broken = [];
  for (const file of files) {
    // Comments explain the markup to site owners (`src="…"`): only real attributes count.
    const html = (await readFile(new URL(file, root), 'utf8')).replace(/<!--[\s\S]*?-->/g, '');
    const base = `${server.url}/${file}`;
    for (const [, ref] of html.matchAll(/\s(?:href|src|data-src)="([^"#][^"]*)"/g)) {
      const url = new URL(ref, base);
      if (url.origin !== server.url) continue;
      const response = await fetch(url);
      if (response.status !== 200) broken.push(`${file}: ${ref} (${response.status})`);
    }
  }
  assert.deepEqual(broken, []);
});

test('the examples\' own markup passes axe in light and dark schemes', async () => {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const root = new URL('../../examples/', import.meta.url);
  const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html') && !FRAMEWORK_APPS.test(f));
  const found = [];
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme });
    try {
      await installFakeVendors(context);
      const page = await context.newPage();
      for (const file of files) {
        await page.goto(`${server.url}/${file}`);
        await page.locator('tamis-banner').waitFor({ state: 'attached', timeout: 10000 });
        await page.addScriptTag({ path: axePath });
        // The tamis elements are audited by their own component tests; this audits the pages.
        const violations = await page.evaluate(async () => {
          const exclude = ['tamis-banner', 'tamis-preferences', 'tamis-preferences-link', 'tamis-cookie-table', 'tamis-placeholder'];
          const result = await window.axe.run({ exclude: exclude.map((s) => [s]) });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        found.push(...violations.map((v) => `${colorScheme} ${file} ${v}`));
      }
    } finally {
      await context.close();
    }
  }
  assert.deepEqual(found, []);
});

test('paying at the checkout sends the Google Ads conversion only after the visitor accepted Google Ads', async () => {
  const conversions = (fakes) => external(fakes).filter((r) => r.url.startsWith('https://www.googleadservices.com/pagead/conversion/987654321/'));
  const pay = async (page) => {
    await page.getByLabel('Email').fill('cook@example.org');
    await page.getByLabel('Name on card').fill('Camille Martin');
    await page.getByRole('button', { name: /^Pay/ }).click();
    await page.getByRole('status').getByText('Thank you!').waitFor({ timeout: 10000 });
  };
  const refused = await visit(browser, server.url + '/cart.html');
  try {
    await bannerButton(refused.page, REJECT_ALL).click();
    await pay(refused.page);
    await settle(refused.page, refused.fakes);
    assert.deepEqual(conversions(refused.fakes), [], 'no conversion without consent');
  } finally {
    await refused.context.close();
  }
  const accepted = await visit(browser, server.url + '/cart.html');
  try {
    await bannerButton(accepted.page, ACCEPT_ALL).click();
    await until(async () => (await accepted.fakes.ran(accepted.page)).includes('google-ads'), 'Google Ads ran');
    await pay(accepted.page);
    await until(async () => conversions(accepted.fakes).length > 0, 'the conversion is sent');
    assert.match(conversions(accepted.fakes)[0].url, /label=AbC-D_efG-h12_34-567/);
    assert.deepEqual([...refused.errors, ...accepted.errors], []);
  } finally {
    await accepted.context.close();
  }
});

test('offline, with every vendor host unreachable, the shop still works after "Accept all"', async () => {
  const context = await browser.newContext();
  try {
    const failed = [];
    await context.route('**/*', (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === '127.0.0.1') return route.fallback();
      failed.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url + '/');
    await bannerButton(page, ACCEPT_ALL).click();
    for (const path of ['/', '/products.html', '/product.html', '/privacy.html', '/cart.html']) {
      await page.goto(server.url + path);
      await page.waitForLoadState('load');
      if (path === '/privacy.html')
        await page.locator('tamis-cookie-table').getByText('Stripe', { exact: true }).first().waitFor({ timeout: 10000 });
    }
    await page.getByRole('status').getByText('could not load').waitFor({ timeout: 10000 });
    await page.getByLabel('Email').fill('cook@example.org');
    await page.getByLabel('Name on card').fill('Camille Martin');
    await page.getByRole('button', { name: /^Pay/ }).click();
    await page.getByRole('status').getByText('Thank you!').waitFor({ timeout: 10000 });
    assert.ok(failed.some((url) => url.includes('googletagmanager.com')), 'the vendor tags were attempted');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
