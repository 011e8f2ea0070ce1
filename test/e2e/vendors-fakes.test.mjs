// Self-test of the vendor fakes on pages WITHOUT tamis: each verbatim snippet runs, writes its real
// cookie names and storage keys and makes its requests. This is what makes the blocking tests
// meaningful: the same snippets behind tamis must show none of it before consent.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer } from './browser.mjs';
import { installFakeVendors, loadCatalog } from './fake-vendors.mjs';
import { snippets, snippetUrls, ids } from '../fixtures/snippets.mjs';

let browser, server, catalog, lifetimeSeconds;
before(async () => {
  browser = await launch();
  server = await startServer();
  ({ catalog, lifetimeSeconds } = await loadCatalog());
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Polls `check` until it returns a truthy value or fails after `ms`. */
async function until(check, ms = 5000, what = 'condition') {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Opens a page made of `body` (no tamis) in a fresh context with the fakes installed.
 * @returns the page, the fakes and a close function
 */
async function openPage(body, { query = '', fakeOptions, javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ javaScriptEnabled });
  const fakes = await installFakeVendors(context, fakeOptions);
  const path = `/__vendors-fakes-${Math.random().toString(36).slice(2)}.html`;
  await context.route(`${server.url}${path}*`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fakes</title></head><body>\n${body}\n</body></html>`,
    }),
  );
  const page = await context.newPage();
  await page.goto(`${server.url}${path}${query}`);
  return { page, fakes, context, close: () => context.close() };
}

const cookieNames = async (page) => (await page.context().cookies()).map((c) => c.name);
const hasRequest = (fakes, pattern) => fakes.requests.some((r) => pattern.test(r.url));

/**
 * What each snippet must leave on a page without tamis: cookie names (exact or RegExp), storage
 * keys, requests made by the vendor code (beyond the snippet's own script).
 */
const expected = {
  'google-analytics': { cookies: ['_ga', `_ga_${ids.ga4.slice(2)}`], requests: [/^https:\/\/region1\.google-analytics\.com\/g\/collect\?v=2&tid=G-TAMIS12345/] },
  'google-ads': {
    cookies: ['_gcl_au'],
    storage: ['_gcl_ls'],
    requests: [/googleads\.g\.doubleclick\.net\/pagead\/viewthroughconversion\/123456789\//, /www\.googleadservices\.com\/pagead\/conversion\/123456789\/\?label=AbC-D_efG-h12_34-567/],
  },
  'google-tag-manager': { cookies: [], requests: [] },
  hubspot: { cookies: ['__hstc', 'hubspotutk', '__hssc', '__hssrc'], requests: [/js\.hs-analytics\.net\/analytics\/\d+\/1234567\.js/, /track\.hubspot\.com\/__ptq\.gif\?a=1234567/] },
  linkedin: { cookies: ['li_fat_id'], storage: ['li_adsId'], requests: [/^https:\/\/px\.ads\.linkedin\.com\/collect\?.*pid=1234567/] },
  'meta-pixel': { cookies: ['_fbp'], requests: [/connect\.facebook\.net\/signals\/config\/123456789012345/, /^https:\/\/www\.facebook\.com\/tr\/\?id=123456789012345&ev=PageView/] },
  'x-pixel': { cookies: [], requests: [/^https:\/\/analytics\.twitter\.com\/i\/adsct\?.*txn_id=o1a2b/, /^https:\/\/t\.co\/i\/adsct\?.*txn_id=o1a2b/] },
  'tiktok-pixel': { cookies: ['_ttp', '_tt_enable_cookie'], storage: ['tt_appInfo'], requests: [/^https:\/\/analytics\.tiktok\.com\/api\/v2\/pixel/] },
  hotjar: { cookies: [`_hjSessionUser_${ids.hotjar}`, `_hjSession_${ids.hotjar}`], storage: ['_hjUserAttributes'], requests: [/script\.hotjar\.com\/modules/, /content\.hotjar\.io\/api/] },
  'microsoft-clarity': { cookies: ['_clck', '_clsk'], requests: [/scripts\.clarity\.ms\/.*\/clarity\.js/, /k\.clarity\.ms\/collect/, /c\.bing\.com\/c\.gif/] },
  youtube: { cookies: [], requests: [] },
  vimeo: { cookies: [], requests: [] },
  matomo: { cookies: [/^_pk_id\.1\.[0-9a-f]+$/, /^_pk_ses\.1\.[0-9a-f]+$/], requests: [/\/\/stats\.example\.org\/matomo\.php\?idsite=1&rec=1/] },
  stripe: { cookies: ['__stripe_mid', '__stripe_sid'], requests: [/m\.stripe\.network\/inner\.html/, /m\.stripe\.com\/6/] },
};

/** The snippet's own URLs a browser with scripting on fetches (noscript content is not parsed). */
function liveSnippetUrls(id) {
  const html = snippets[id] + (snippets[`${id}-noscript`] ?? '');
  const noscript = (html.match(/<noscript>[\s\S]*?<\/noscript>/g) ?? []).join('');
  return snippetUrls[id].filter((url) => !noscript.includes(url));
}

describe('vendor fakes on a page without tamis', () => {
  for (const [id, want] of Object.entries(expected)) {
    test(`${id}: the verbatim snippet runs, loads its URLs, writes its cookies and makes its requests`, async () => {
      const { page, fakes, close } = await openPage(snippets[id]);
      try {
        for (const url of liveSnippetUrls(id)) {
          const bare = url.replace(/^https?:/, '');
          await until(() => fakes.requests.some((r) => r.url.replace(/^https?:/, '') === bare), 5000, `request to ${url}`);
        }
        for (const pattern of want.requests) await until(() => hasRequest(fakes, pattern), 5000, `request ${pattern}`);
        for (const name of want.cookies) {
          await until(
            async () => (await cookieNames(page)).some((n) => (name instanceof RegExp ? name.test(n) : n === name)),
            5000,
            `cookie ${name}`,
          );
        }
        for (const key of want.storage ?? []) {
          await until(() => page.evaluate((k) => localStorage.getItem(k) !== null, key), 5000, `storage ${key}`);
        }
        const vendor = catalog.find((v) => v.id === id);
        // Every cookie the fake wrote is one the catalog lists for this vendor (so tamis can clear it).
        // ...and it lives no longer than the catalog says (session cookies stay session cookies).
        const nowSeconds = Date.now() / 1000;
        for (const cookie of await page.context().cookies()) {
          const listed = vendor.cookies.find((c) => (c.name instanceof RegExp ? c.name.test(cookie.name) : c.name === cookie.name));
          assert.ok(listed, `${cookie.name} is listed for ${id}`);
          const max = lifetimeSeconds(listed.lifetime);
          if (max === 0) assert.equal(cookie.expires, -1, `${cookie.name} is a session cookie`);
          else assert.ok(cookie.expires > 0 && cookie.expires - nowSeconds <= max + 5, `${cookie.name} expiry within ${listed.lifetime}`);
        }
        // Every external request belongs to this vendor, by the catalog's patterns.
        const external = fakes.requests.filter((r) => !r.local);
        assert.ok(external.length > 0);
        for (const r of external) assert.equal(r.vendor, id, r.url);
        const scriptsRan = snippetUrls[id].some((u) => /\.js|gtag|tag\/|\/v3\//.test(u));
        if (scriptsRan) assert.deepEqual(await fakes.ran(page), [id]);
      } finally {
        await close();
      }
    });
  }

  test('YouTube and Vimeo embeds get a page in their frames', async () => {
    const { page, close } = await openPage(snippets.youtube + snippets.vimeo);
    try {
      await until(() => page.frames().length === 3, 5000, 'two frames');
      for (const frame of page.frames().slice(1)) {
        await frame.waitForLoadState();
        assert.match(await frame.locator('[data-tamis-fake]').getAttribute('data-tamis-fake'), /^(youtube|vimeo)$/);
      }
    } finally {
      await close();
    }
  });

  test('GA4 and Google Ads on one page each run once and write only their own cookies', async () => {
    const { page, fakes, close } = await openPage(snippets['google-analytics'] + snippets['google-ads']);
    try {
      await until(async () => (await cookieNames(page)).includes('_gcl_au'), 5000, '_gcl_au');
      await until(async () => (await cookieNames(page)).includes('_ga'), 5000, '_ga');
      assert.deepEqual((await fakes.ran(page)).sort(), ['google-ads', 'google-analytics']);
      const collects = fakes.requests.filter((r) => /\/g\/collect/.test(r.url));
      assert.equal(collects.length, 1, 'one GA4 page view');
    } finally {
      await close();
    }
  });

  test('GA4 alone, configured for an Ads id too, loads that id through gtag/destination', async () => {
    const body = snippets['google-analytics'].replace("gtag('config', 'G-TAMIS12345');", "gtag('config', 'G-TAMIS12345');\n  gtag('config', 'AW-123456789');");
    const { fakes, close } = await openPage(body);
    try {
      const r = await until(() => fakes.requests.find((q) => /gtag\/destination\?id=AW-123456789/.test(q.url)), 5000, 'destination');
      assert.equal(r.vendor, 'google-ads');
    } finally {
      await close();
    }
  });

  test('Google Tag Manager fires the tags its container holds', async () => {
    const ga = `https://www.googletagmanager.com/gtag/js?id=${ids.ga4}`;
    const body = `<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','${ids.ga4}');</script>\n${snippets['google-tag-manager']}`;
    const { page, fakes, close } = await openPage(body, { fakeOptions: { gtmTags: { [ids.gtm]: [ga] } } });
    try {
      await until(async () => (await cookieNames(page)).includes('_ga'), 5000, '_ga from the GA4 tag GTM fired');
      assert.deepEqual(await fakes.ran(page), ['google-tag-manager', 'google-analytics']);
      assert.ok(await page.evaluate(() => window.dataLayer.some((e) => e && e.event === 'gtm.load')));
    } finally {
      await close();
    }
  });

  test('GA4 under Consent Mode default denied sends a cookieless ping, then writes _ga on update', async () => {
    const consent = `<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
gtag('consent','default',{ad_storage:'denied',ad_user_data:'denied',ad_personalization:'denied',analytics_storage:'denied',wait_for_update:500});</script>`;
    const { page, fakes, close } = await openPage(consent + snippets['google-analytics']);
    try {
      await until(() => hasRequest(fakes, /\/g\/collect\?.*gcs=G100/), 5000, 'denied ping');
      assert.ok(!(await cookieNames(page)).includes('_ga'));
      await page.evaluate(() => window.gtag('consent', 'update', { analytics_storage: 'granted' }));
      await until(async () => (await cookieNames(page)).includes('_ga'), 5000, '_ga after update');
    } finally {
      await close();
    }
  });

  test("Meta Pixel honours fbq('consent', 'revoke') until 'grant'", async () => {
    const body = snippets['meta-pixel'].replace("fbq('init'", "fbq('consent', 'revoke');\nfbq('init'");
    const { page, fakes, close } = await openPage(body);
    try {
      await until(() => hasRequest(fakes, /signals\/config/), 5000, 'signals config');
      assert.ok(!(await cookieNames(page)).includes('_fbp'));
      assert.ok(!hasRequest(fakes, /facebook\.com\/tr/));
      await page.evaluate(() => window.fbq('consent', 'grant'));
      await until(async () => (await cookieNames(page)).includes('_fbp'), 5000, '_fbp after grant');
    } finally {
      await close();
    }
  });

  test('the X pixel stores _twclid when the visit comes from an ad click', async () => {
    const { page, close } = await openPage(snippets['x-pixel'], { query: '?twclid=2-abc' });
    try {
      await until(async () => (await cookieNames(page)).includes('_twclid'), 5000, '_twclid');
    } finally {
      await close();
    }
  });

  test('with scripting off, the noscript pixels and the GTM frame load from their vendors', async () => {
    const body = snippets['google-tag-manager-noscript'] + snippets.linkedin + snippets['meta-pixel'];
    const { fakes, close } = await openPage(body, { javaScriptEnabled: false });
    try {
      const want = [...snippetUrls['google-tag-manager'].slice(1), ...snippetUrls.linkedin.slice(1), ...snippetUrls['meta-pixel'].slice(1)];
      for (const url of want) await until(() => fakes.requests.some((r) => r.url === url), 5000, url);
      for (const r of fakes.requests.filter((q) => !q.local)) {
        assert.equal(r.vendor, r.url.includes('googletagmanager') ? 'google-tag-manager' : r.url.includes('linkedin') ? 'linkedin' : 'meta-pixel');
      }
    } finally {
      await close();
    }
  });

  test('on a named host, trackers write their cookies on the widest domain, Matomo on the host', async () => {
    const context = await browser.newContext();
    try {
      await installFakeVendors(context, { origin: 'http://shop.tamis.test' });
      await context.route('http://shop.tamis.test/', (route) =>
        route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>shop</title>${snippets['google-analytics']}${snippets.matomo}` }),
      );
      const page = await context.newPage();
      await page.goto('http://shop.tamis.test/');
      const find = async (test) => (await context.cookies()).find(test);
      const ga = await until(() => find((c) => c.name === '_ga'), 5000, '_ga');
      assert.equal(ga.domain, '.tamis.test');
      const pk = await until(() => find((c) => c.name.startsWith('_pk_id.')), 5000, '_pk_id');
      assert.equal(pk.domain, 'shop.tamis.test');
    } finally {
      await context.close();
    }
  });

  test('the YouTube IFrame API and Vimeo player.js build their embeds like the real ones', async () => {
    const body = `<div id="yt"></div><div id="vm"></div>
<script>window.onYouTubeIframeAPIReady = () => new YT.Player('yt', { width: 320, height: 180, videoId: '${ids.youtube}' });</script>
<script src="https://www.youtube.com/iframe_api"></script>
<script src="https://player.vimeo.com/api/player.js"></script>
<script>new Vimeo.Player('vm', { id: ${ids.vimeo} });</script>`;
    const { page, fakes, close } = await openPage(body);
    try {
      await until(() => hasRequest(fakes, /youtube\.com\/embed\/M7lc1UVf-VE\?enablejsapi=1/), 5000, 'YouTube embed');
      await until(() => hasRequest(fakes, /player\.vimeo\.com\/video\/76979871/), 5000, 'Vimeo embed');
      assert.deepEqual(await fakes.ran(page), ['youtube', 'vimeo']);
    } finally {
      await close();
    }
  });

  test('legacy Universal Analytics and Google Ads conversion tags behave like theirs', async () => {
    const body = `<script>
(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){
(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),
m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)
})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');
ga('create', 'UA-12345-1', 'auto');
ga('send', 'pageview');
</script>
<script src="https://www.googleadservices.com/pagead/conversion_async.js"></script>
<script>window.google_trackConversion({ google_conversion_id: 123456789, google_conversion_label: 'abc', google_remarketing_only: false });</script>`;
    const { page, fakes, close } = await openPage(body);
    try {
      await until(() => hasRequest(fakes, /www\.google-analytics\.com\/collect\?v=1&tid=UA-12345-1&t=pageview/), 5000, 'UA hit');
      await until(() => hasRequest(fakes, /viewthroughconversion\/123456789\/\?label=abc/), 5000, 'conversion');
      const names = await cookieNames(page);
      for (const c of ['_ga', '_gid', '_gcl_au']) assert.ok(names.includes(c), c);
      assert.deepEqual((await fakes.ran(page)).sort(), ['google-ads', 'google-analytics']);
      for (const r of fakes.requests.filter((q) => !q.local)) assert.match(r.vendor, /^google-(analytics|ads)$/);
    } finally {
      await close();
    }
  });

  test('requests to hosts no vendor claims fail as offline and are recorded', async () => {
    const { page, fakes, close } = await openPage(
      `<script src="https://cdn.unknown-host.example/lib.js" onerror="window.__failed = true"></script>`,
    );
    try {
      await until(() => page.evaluate(() => window.__failed === true), 5000, 'onerror');
      const r = fakes.requests.find((q) => q.host === 'cdn.unknown-host.example');
      assert.equal(r.vendor, null);
      assert.equal(r.resourceType, 'script');
    } finally {
      await close();
    }
  });
});
