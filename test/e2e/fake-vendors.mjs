// Fakes of the catalog vendors for whole-page tests: there is no internet here, so every request to
// a vendor host is answered by a small script that behaves like the real one. Each fake, when it
// runs, does what its vendor does to a page: records that it ran, writes its REAL first-party
// cookie names and storage keys, processes the queue the install snippet built (dataLayer, fbq,
// _paq, ttq…), loads its follow-up scripts the way the real one does (createElement + insert) and
// sends its requests to its real collect endpoints. So a test that sees no cookie and no request
// proves something: without tamis, the same page does get them (test/e2e/vendors-fakes.test.mjs).
//
// Which vendor a URL belongs to comes from the catalog itself (vendors/*.ts, transpiled here with
// the project's TypeScript at start, with the blocker's production URL matcher): one source of truth.
import ts from 'typescript';
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Transpiles `entry` (a .ts file of the repository) and every relative module it imports into
 * `out`, keeping the layout, so that Node can import the result. Type-only imports vanish.
 */
async function transpileTree(entry, out, done = new Set()) {
  if (done.has(entry)) return;
  done.add(entry);
  const { outputText } = ts.transpileModule(await readFile(entry, 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
    fileName: entry,
  });
  const target = join(out, relative(root, entry)).replace(/\.ts$/, '.js');
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, outputText);
  const imports = [...outputText.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)\.js['"]/g)].map((m) => m[1]);
  await Promise.all(imports.map((spec) => transpileTree(resolve(dirname(entry), spec + '.ts'), out, done)));
}

/** @type {Promise<any> | undefined} */
let loaded;

/**
 * The catalog, the URL matcher and the lifetime parser, compiled from TypeScript once per process.
 * @returns {Promise<{ catalog: import('../../src/types.js').VendorDefinition[], vendorsMatching: (vendors: any[], url: string, base?: string) => any[], lifetimeSeconds: (lifetime: string) => number }>}
 */
export function loadCatalog() {
  loaded ??= (async () => {
    const out = await mkdtemp(join(tmpdir(), 'tamis-catalog-'));
    process.once('exit', () => rmSync(out, { recursive: true, force: true }));
    await writeFile(join(out, 'package.json'), '{ "type": "module" }\n');
    const entries = ['vendors/index.ts', 'test/vendors/match-url.ts', 'test/vendors/lifetime.ts'];
    await Promise.all(entries.map((e) => transpileTree(join(root, e), out)));
    const load = (e) => import(pathToFileURL(join(out, e.replace(/\.ts$/, '.js'))).href);
    const [{ catalog }, { vendorsMatching }, { lifetimeSeconds }] = await Promise.all(entries.map(load));
    return { catalog, vendorsMatching, lifetimeSeconds };
  })();
  return loaded;
}

/** The catalog vendor id a URL belongs to, or null. */
export async function vendorOf(url) {
  const { catalog, vendorsMatching } = await loadCatalog();
  return vendorsMatching(catalog, url)[0]?.id ?? null;
}

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const LOOPBACK = /^(?:127(?:\.\d+){3}|localhost|\[::1\])$/;

// ---------------------------------------------------------------------------------------------
// Browser-side code. Each function below is serialised into the body of a fake script, so it may
// use only browser globals and its argument `a` ({ vendor, url, entry, ... } plus `h`, the helpers).

/** Helpers every fake script gets as `h`. Runs in the page. */
function helpers(vendor, entry) {
  if (entry) (window.__tamisFakeRan = window.__tamisFakeRan || []).push(vendor);
  const rand = () => String(Math.floor(Math.random() * 1e9) + 1e9);
  const now = () => Math.floor(Date.now() / 1000);
  return {
    rand,
    now,
    // Trackers write their cookies on the widest domain the browser accepts (gtag's
    // cookie_domain 'auto', Meta, HubSpot, Hotjar…): `shop.example.fr` gets `.example.fr`.
    // `hostOnly` is for those that keep to the current host by default (Matomo).
    cookie(name, value, maxAgeSeconds, hostOnly) {
      const base = name + '=' + value + '; path=/' + (maxAgeSeconds ? '; max-age=' + maxAgeSeconds : '') + '; SameSite=Lax';
      const host = location.hostname;
      const parts = /^[\d.]+$|:/.test(host) || hostOnly ? [] : host.split('.');
      for (let i = parts.length - 2; i >= 0; i--) {
        document.cookie = base + '; domain=' + parts.slice(i).join('.');
        if (document.cookie.split('; ').includes(name + '=' + value)) return;
      }
      document.cookie = base;
    },
    hasCookie(name) {
      return document.cookie.split('; ').some((c) => c.split('=')[0] === name);
    },
    img(url) {
      new Image().src = url;
    },
    beacon(url, body) {
      if (!navigator.sendBeacon(url, body || '')) fetch(url, { method: 'POST', mode: 'no-cors', keepalive: true }).catch(() => {});
    },
    post(url, body) {
      fetch(url, { method: 'POST', mode: 'no-cors', body: body || '', keepalive: true }).catch(() => {});
    },
    script(src) {
      const s = document.createElement('script');
      s.async = true;
      s.src = src;
      const first = document.getElementsByTagName('script')[0];
      if (first && first.parentNode) first.parentNode.insertBefore(s, first);
      else document.head.appendChild(s);
    },
    page: encodeURIComponent(location.href),
  };
}

/** gtag.js (GA4 G-, Google Ads AW-/DC-, Google tag GT-), also served as `gtag/destination`. */
function fakeGtag(a) {
  const h = a.h;
  const g = (window.__tamisFakeGtag = window.__tamisFakeGtag || { loaded: {}, configured: {}, started: {}, pending: {}, consent: {}, done: 0 });
  const dl = (window.dataLayer = window.dataLayer || []);
  const DAY = 86400;
  const granted = (type) => g.consent[type] !== 'denied';
  const cid = () => h.rand() + '.' + h.now();
  const writeCookies = (id) => {
    if (id.startsWith('G-') && granted('analytics_storage')) {
      if (!h.hasCookie('_ga')) h.cookie('_ga', 'GA1.1.' + cid(), 730 * DAY);
      h.cookie('_ga_' + id.slice(2), 'GS2.1.s' + h.now() + '$o1$g0$t' + h.now(), 730 * DAY);
    }
    if (/^(AW|DC)-/.test(id) && granted('ad_storage')) {
      if (!h.hasCookie('_gcl_au')) h.cookie('_gcl_au', '1.1.' + cid(), 90 * DAY);
      try {
        localStorage.setItem('_gcl_ls', JSON.stringify({ schema: 'gcl', version: 1 }));
      } catch {
        /* storage may be off */
      }
    }
  };
  const gcs = () => 'G1' + (granted('ad_storage') ? '1' : '0') + (granted('analytics_storage') ? '1' : '0');
  const hit = (id, event, params) => {
    if (id.startsWith('G-')) {
      h.beacon(
        'https://region1.google-analytics.com/g/collect?v=2&tid=' + id + '&gcs=' + gcs() + '&en=' + encodeURIComponent(event) +
          '&dl=' + h.page + '&_p=' + h.rand(),
      );
    } else if (/^(AW|DC)-/.test(id)) {
      const account = id.slice(3).split('/')[0];
      if (event === 'conversion') {
        h.img('https://www.googleadservices.com/pagead/conversion/' + account + '/?label=' + encodeURIComponent(id.split('/')[1] || '') +
          '&value=' + encodeURIComponent((params && params.value) || '') + '&gcs=' + gcs() + '&url=' + h.page);
      } else {
        h.img('https://googleads.g.doubleclick.net/pagead/viewthroughconversion/' + account + '/?gcs=' + gcs() + '&url=' + h.page);
      }
    }
  };
  // Each destination starts once, however many of gtag/js and gtag/destination load for it.
  const config = (id) => {
    if (g.started[id]) return;
    g.started[id] = true;
    writeCookies(id);
    hit(id, id.startsWith('G-') ? 'page_view' : 'config');
    (g.pending[id] || []).splice(0).forEach(([target, event, params]) => hit(target, event, params));
  };
  const command = (args) => {
    if (!args || typeof args.length !== 'number') return; // GTM-style objects: not for gtag
    const [cmd, x, params] = args;
    if (cmd === 'consent') {
      Object.assign(g.consent, x === 'default' || x === 'update' ? params : {});
      if (x === 'update') Object.keys(g.configured).filter((id) => g.loaded[id]).forEach(writeCookies);
    } else if (cmd === 'config' && typeof x === 'string') {
      g.configured[x] = true;
      // The real gtag.js fetches the container of every further destination it is configured for.
      if (!g.loaded[x]) h.script('https://www.googletagmanager.com/gtag/destination?id=' + x + '&l=dataLayer&cx=c');
      else config(x);
    } else if (cmd === 'event') {
      const targets = (params && params.send_to) ? [].concat(params.send_to) : Object.keys(g.configured);
      targets.forEach((t) => {
        const id = t.split('/')[0];
        if (g.started[id]) hit(t, x, params);
        else (g.pending[id] = g.pending[id] || []).push([t, x, params]);
      });
    }
  };
  g.loaded[a.id] = true;
  if (g.configured[a.id]) config(a.id);
  Object.keys(g.configured).filter((id) => g.loaded[id]).forEach(config);
  if (!g.hooked) {
    g.hooked = true;
    const push = dl.push;
    dl.push = function (...items) {
      const r = push.apply(dl, items);
      items.forEach(command);
      g.done = dl.length;
      return r;
    };
  }
  while (g.done < dl.length) command(dl[g.done++]);
}

/** gtm.js: fires the tags its container holds (option `gtmTags`), pushes gtm.load. */
function fakeGtm(a) {
  const dl = (window[a.layer] = window[a.layer] || []);
  (a.tags || []).forEach((src) => a.h.script(src));
  dl.push({ event: 'gtm.dom' }, { event: 'gtm.load' });
}

/** HubSpot loader (hs-scripts.com): loads the analytics, banner and forms scripts, like the real one. */
function fakeHubspotLoader(a) {
  a.h.script('https://js.hs-analytics.net/analytics/' + Math.floor(Date.now() / 300000) * 300000 + '/' + a.hub + '.js');
  a.h.script('https://js.hscollectedforms.net/collectedforms.js');
}

/** HubSpot analytics: cookies per HubSpot's cookie list, page view pixel, _hsq queue. */
function fakeHubspotAnalytics(a) {
  const h = a.h;
  const DAY = 86400;
  const q = (window._hsq = window._hsq || []);
  if (q.some((c) => c[0] === 'doNotTrack')) return;
  const utk = h.rand() + h.rand();
  if (!h.hasCookie('hubspotutk')) h.cookie('hubspotutk', utk, 180 * DAY);
  h.cookie('__hstc', a.hub + '.' + utk + '.' + Date.now() + '.' + Date.now() + '.' + Date.now() + '.1', 180 * DAY);
  h.cookie('__hssc', a.hub + '.1.' + Date.now(), 1800);
  h.cookie('__hssrc', '1');
  h.img('https://track.hubspot.com/__ptq.gif?a=' + a.hub + '&k=1&r=' + h.page + '&utk=' + utk);
  q.push = (cmd) => cmd && cmd[0] === 'trackPageView' && h.img('https://track.hubspot.com/__ptq.gif?a=' + a.hub + '&k=1');
}

/** LinkedIn insight.min.js: partner ids, li_fat_id, li_adsId, lintrk queue, collect request. */
function fakeLinkedin(a) {
  const h = a.h;
  const ids = window._linkedin_data_partner_ids || (window._linkedin_partner_id ? [window._linkedin_partner_id] : []);
  h.cookie('li_fat_id', 'tamis-fake-' + h.rand(), 30 * 86400);
  try {
    localStorage.setItem('li_adsId', 'tamis-fake-' + h.rand());
  } catch {
    /* storage may be off */
  }
  const send = (pid, conversion) =>
    h.post('https://px.ads.linkedin.com/collect?v=2&fmt=js&pid=' + pid + '&time=' + Date.now() + '&url=' + h.page +
      (conversion ? '&conversionId=' + conversion : ''));
  ids.forEach((pid) => send(pid));
  const queued = (window.lintrk && window.lintrk.q) || [];
  window.lintrk = (cmd, opts) => cmd === 'track' && ids.forEach((pid) => send(pid, opts && opts.conversion_id));
  queued.forEach(([cmd, opts]) => window.lintrk(cmd, opts));
}

/** Meta fbevents.js: fbq queue and consent, signals config script, _fbp/_fbc, /tr requests. */
function fakeMeta(a) {
  const h = a.h;
  const fbq = window.fbq;
  if (!fbq) return;
  const pixels = [];
  let revoked = false;
  const ensureCookies = () => {
    if (revoked) return;
    if (!h.hasCookie('_fbp')) h.cookie('_fbp', 'fb.1.' + Date.now() + '.' + h.rand(), 90 * 86400);
    const click = new URLSearchParams(location.search).get('fbclid');
    if (click) h.cookie('_fbc', 'fb.1.' + Date.now() + '.' + click, 90 * 86400);
  };
  const track = (ev) =>
    !revoked && pixels.forEach((id) => h.img('https://www.facebook.com/tr/?id=' + id + '&ev=' + encodeURIComponent(ev) + '&dl=' + h.page + '&rl=&if=false&ts=' + Date.now()));
  const call = (cmd, x) => {
    if (cmd === 'consent') {
      revoked = x === 'revoke';
      if (!revoked && pixels.length) ensureCookies();
    } else if (cmd === 'init') {
      pixels.push(x);
      h.script('https://connect.facebook.net/signals/config/' + x + '?v=2.9.170&r=stable');
      ensureCookies();
    } else if (cmd === 'track' || cmd === 'trackCustom') track(x);
  };
  fbq.callMethod = (...args) => call(...args);
  (fbq.queue || []).splice(0).forEach((args) => call(...args));
}

/** X uwt.js: twq queue, _twclid from a click id, adsct beacons on both endpoints. */
function fakeX(a) {
  const h = a.h;
  const twq = window.twq;
  if (!twq) return;
  const click = new URLSearchParams(location.search).get('twclid');
  if (click) h.cookie('_twclid', JSON.stringify({ twclid: click, ts: Date.now() }), 730 * 86400);
  const ids = [];
  const send = (ev) =>
    ids.forEach((id) => {
      const q = '?bci=4&eci=3&event=' + encodeURIComponent(ev) + '&txn_id=' + id + '&p_id=Twitter&tw_document_href=' + h.page;
      h.img('https://analytics.twitter.com/i/adsct' + q);
      h.img('https://t.co/i/adsct' + q);
    });
  const call = (cmd, x, y) => {
    if (cmd === 'config' || cmd === 'init') {
      ids.push(x);
      send('{"type":"pageview"}');
    } else if (cmd === 'event' || cmd === 'track') send(y ? JSON.stringify(y) : x);
  };
  twq.exe = call;
  (twq.queue || []).splice(0).forEach((args) => call(...args));
}

/** TikTok events.js: ttq queue and consent hold, _ttp, storage keys, pixel API posts. */
function fakeTiktok(a) {
  const h = a.h;
  const ttq = window[a.lib];
  if (!ttq) return;
  let held = false;
  let enabled = false;
  const enable = () => {
    if (held || enabled) return;
    enabled = true;
    if (!h.hasCookie('_ttp')) h.cookie('_ttp', 'tamis-fake-' + h.rand(), 395 * 86400);
    h.cookie('_tt_enable_cookie', '1', 395 * 86400);
    h.cookie('ttcsid', Date.now() + '::' + h.rand(), 395 * 86400);
    try {
      localStorage.setItem('tt_appInfo', '{}');
      sessionStorage.setItem('tt_sessionId', h.rand());
      sessionStorage.setItem('tt_pixel_session_index', '{"index":1}');
    } catch {
      /* storage may be off */
    }
  };
  const send = (event) => {
    if (held) return;
    enable();
    h.post('https://analytics.tiktok.com/api/v2/pixel', JSON.stringify({ event, context: { page: { url: location.href } } }));
  };
  const call = (cmd, x) => {
    if (cmd === 'holdConsent') held = true;
    else if (cmd === 'revokeConsent') held = true;
    else if (cmd === 'grantConsent') {
      held = false;
      enable();
    } else if (cmd === 'page') send('Pageview');
    else if (cmd === 'track') send(x);
  };
  const queued = ttq.splice ? ttq.splice(0) : [];
  (ttq.methods || []).forEach((m) => (ttq[m] = (...args) => call(m, ...args)));
  queued.forEach(([m, ...args]) => call(m, ...args));
}

/** Hotjar hotjar-<id>.js: hj queue, _hjSessionUser_<id>/_hjSession_<id>, storage, modules script. */
function fakeHotjar(a) {
  const h = a.h;
  const id = (window._hjSettings && window._hjSettings.hjid) || a.site;
  if (!h.hasCookie('_hjSessionUser_' + id)) h.cookie('_hjSessionUser_' + id, btoa(JSON.stringify({ id: h.rand(), created: Date.now(), existing: false })), 365 * 86400);
  h.cookie('_hjSession_' + id, btoa(JSON.stringify({ id: h.rand(), c: Date.now(), s: 0, r: 0 })), 1800);
  try {
    localStorage.setItem('_hjUserAttributes', '{}');
    sessionStorage.setItem('hjViewportId', h.rand());
  } catch {
    /* storage may be off */
  }
  const q = (window.hj && window.hj.q) || [];
  window.hj = (...args) => h.post('https://content.hotjar.io/api/v2/client/sites/' + id + '/events', JSON.stringify(args));
  q.forEach((args) => window.hj(...args));
  h.script('https://script.hotjar.com/modules.8a2b7e3c1d.js');
  h.post('https://content.hotjar.io/api/v2/client/sites/' + id + '/visit-data?sv=6', JSON.stringify({ url: location.href }));
}

/** Clarity tag/<id>: loads clarity.js like the real tag. */
function fakeClarityTag(a) {
  window.__tamisFakeClarityProject = a.project;
  a.h.script('https://scripts.clarity.ms/0.8.9/clarity.js');
}

/** clarity.js: consentv2 aware cookies, collect posts, MUID sync pixel. */
function fakeClarity(a) {
  const h = a.h;
  const queued = (window.clarity && window.clarity.q) || [];
  let denied = false;
  let started = false;
  const start = () => {
    if (denied || started) return;
    started = true;
    if (!h.hasCookie('_clck')) h.cookie('_clck', h.rand().slice(0, 7) + '%5E2%5Efs0%5E0%5E1', 365 * 86400);
    h.cookie('_clsk', h.rand().slice(0, 7) + '%5E' + Date.now() + '%5E1%5E1%5Ek.clarity.ms%2Fcollect', 86400);
    h.img('https://c.bing.com/c.gif?ctsa=mr&CtsSyncId=' + h.rand());
  };
  const call = (cmd, x) => {
    if (cmd === 'consentv2') denied = !x || x.analytics_Storage === 'denied';
    if (cmd === 'consent') denied = x === false;
    if (!denied) start();
  };
  window.clarity = (...args) => call(...args);
  queued.forEach((args) => call(...args));
  try {
    sessionStorage.setItem('_cltk', h.rand());
  } catch {
    /* storage may be off */
  }
  start();
  h.post('https://k.clarity.ms/collect', JSON.stringify({ project: window.__tamisFakeClarityProject, url: location.href }));
}

/** matomo.js: _paq queue, consent/cookie options, _pk_id/_pk_ses, tracker requests. */
function fakeMatomo(a) {
  const h = a.h;
  const paq = Array.isArray(window._paq) ? window._paq : [];
  const st = { tracker: '', site: '', cookies: true, consent: true, timeout: 33696000 };
  let hash = 0;
  for (const ch of location.hostname + '/') hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const suffix = () => '.' + st.site + '.' + hash.toString(16).slice(0, 4);
  const writeCookies = () => {
    if (!st.cookies || !st.consent) return;
    if (!h.hasCookie('_pk_id' + suffix())) h.cookie('_pk_id' + suffix(), h.rand().slice(0, 8) + h.rand().slice(0, 8) + '.' + h.now(), st.timeout, true);
    h.cookie('_pk_ses' + suffix(), '1', 1800, true);
  };
  const track = (extra) => {
    writeCookies();
    h.beacon(st.tracker + '?idsite=' + st.site + '&rec=1&r=' + h.rand().slice(0, 6) + '&url=' + h.page + (extra || ''));
  };
  const call = (cmd, ...args) => {
    if (typeof cmd === 'function') return cmd();
    if (cmd === 'setTrackerUrl') st.tracker = args[0];
    else if (cmd === 'setSiteId') st.site = args[0];
    else if (cmd === 'disableCookies') st.cookies = false;
    else if (cmd === 'requireCookieConsent' || cmd === 'requireConsent') st.consent = false;
    else if (cmd === 'setCookieConsentGiven' || cmd === 'setConsentGiven' || cmd === 'rememberConsentGiven') {
      st.consent = true;
      writeCookies();
    } else if (cmd === 'setVisitorCookieTimeout') st.timeout = Number(args[0]);
    else if (cmd === 'trackPageView') track('&action_name=' + encodeURIComponent(document.title));
    else if (cmd === 'trackEvent') track('&e_c=' + encodeURIComponent(args[0]) + '&e_a=' + encodeURIComponent(args[1]));
  };
  // The real tracker applies configuration calls before tracking ones, whatever their order.
  const isConfig = (c) => c && /^(set|disable|require|enable|remember)/.test(c[0]);
  paq.filter(isConfig).forEach((c) => call(...c));
  paq.filter((c) => !isConfig(c)).forEach((c) => call(...c));
  window._paq = { push: (...cmds) => cmds.forEach((c) => call(...c)) };
}

/** Stripe.js v3: window.Stripe, __stripe_mid/__stripe_sid, hidden m.stripe.network iframe, m.stripe.com. */
function fakeStripe(a) {
  const h = a.h;
  if (!h.hasCookie('__stripe_mid')) h.cookie('__stripe_mid', crypto.randomUUID(), 365 * 86400);
  h.cookie('__stripe_sid', crypto.randomUUID(), 1800);
  window.Stripe = function Stripe(key) {
    return { key, elements: () => ({ create: () => ({ mount() {}, on() {} }) }) };
  };
  const frame = document.createElement('iframe');
  frame.src = 'https://m.stripe.network/inner.html#url=' + h.page;
  frame.title = 'Stripe fraud signals';
  frame.style.cssText = 'display:none';
  (document.body || document.documentElement).appendChild(frame);
  h.post('https://m.stripe.com/6', JSON.stringify({ muid: 'fake' }));
}

/** Legacy analytics.js (Universal Analytics): ga() queue, _ga/_gid, collect hits. */
function fakeAnalyticsJs(a) {
  const h = a.h;
  const name = window.GoogleAnalyticsObject || 'ga';
  const queued = (window[name] && window[name].q) || [];
  const trackers = [];
  const call = (cmd, x) => {
    if (cmd === 'create') {
      trackers.push(x);
      if (!h.hasCookie('_ga')) h.cookie('_ga', 'GA1.2.' + h.rand() + '.' + h.now(), 730 * 86400);
      h.cookie('_gid', 'GA1.2.' + h.rand() + '.' + h.now(), 86400);
    } else if (cmd === 'send') {
      trackers.forEach((tid) => h.beacon('https://www.google-analytics.com/collect?v=1&tid=' + tid + '&t=' + x + '&dl=' + h.page));
    }
  };
  window[name] = Object.assign((...args) => call(...args), { loaded: true });
  queued.forEach((args) => call(...args));
}

/** Legacy Google Ads conversion_async.js: google_trackConversion() sends a conversion pixel. */
function fakeAdsConversionAsync(a) {
  const h = a.h;
  window.google_trackConversion = (p) => {
    if (!h.hasCookie('_gcl_au')) h.cookie('_gcl_au', '1.1.' + h.rand() + '.' + h.now(), 90 * 86400);
    h.img('https://googleads.g.doubleclick.net/pagead/viewthroughconversion/' + p.google_conversion_id + '/?label=' +
      encodeURIComponent(p.google_conversion_label || '') + '&url=' + h.page);
    return true;
  };
}

/** YouTube IFrame Player API: YT.Player replaces its element with an embed iframe, then onReady. */
function fakeYoutubeApi() {
  function Player(el, opts) {
    const target = typeof el === 'string' ? document.getElementById(el) : el;
    const frame = document.createElement('iframe');
    frame.id = target.id;
    frame.width = String(opts.width || 640);
    frame.height = String(opts.height || 360);
    frame.src = 'https://www.youtube.com/embed/' + opts.videoId + '?enablejsapi=1&origin=' + encodeURIComponent(location.origin);
    target.replaceWith(frame);
    frame.addEventListener('load', () => opts.events && opts.events.onReady && opts.events.onReady({ target: this }));
    this.getIframe = () => frame;
    this.playVideo = () => {};
  }
  window.YT = { Player, loaded: 1, PlayerState: { ENDED: 0, PLAYING: 1, PAUSED: 2 } };
  if (typeof window.onYouTubeIframeAPIReady === 'function') window.onYouTubeIframeAPIReady();
}

/** Vimeo player.js: Vimeo.Player wraps an existing iframe or creates one. */
function fakeVimeoApi() {
  function Player(el, opts) {
    let frame = typeof el === 'string' ? document.getElementById(el) : el;
    if (frame && frame.tagName !== 'IFRAME') {
      const created = document.createElement('iframe');
      created.src = 'https://player.vimeo.com/video/' + (opts && opts.id) + '?api=1';
      frame.appendChild(created);
      frame = created;
    }
    this.element = frame;
    this.ready = () => Promise.resolve();
    this.play = () => Promise.resolve();
    this.on = () => {};
  }
  window.Vimeo = { Player };
}

/** Any other script of a catalog vendor (follow-up modules, configs): runs, does nothing. */
function fakeInert() {}

// ---------------------------------------------------------------------------------------------
// Node side: which fake answers which URL.

/**
 * Picks the fake for a script URL. Entry scripts (the ones the install snippets load) push their
 * vendor id to `window.__tamisFakeRan`; follow-up scripts the vendors load themselves do not, so
 * "ran once" stays countable.
 * @returns {{ fn: Function, entry: boolean, args?: object }}
 */
function scriptFor(url, vendor, options) {
  const u = new URL(url);
  const path = u.host + u.pathname;
  const gtag = /^www\.googletagmanager\.com\/gtag\/(js|destination)$/.exec(path);
  if (gtag) return { fn: fakeGtag, entry: gtag[1] === 'js', args: { id: u.searchParams.get('id') ?? '' } };
  if (path === 'www.googletagmanager.com/gtm.js') {
    const id = u.searchParams.get('id') ?? '';
    return { fn: fakeGtm, entry: true, args: { layer: u.searchParams.get('l') ?? 'dataLayer', tags: options.gtmTags?.[id] ?? [] } };
  }
  if (vendor === 'hubspot' && /hs-scripts\.com$/.test(u.host))
    return { fn: fakeHubspotLoader, entry: true, args: { hub: u.pathname.replace(/\D/g, '') } };
  if (u.host === 'js.hs-analytics.net') return { fn: fakeHubspotAnalytics, entry: false, args: { hub: u.pathname.split('/').pop().replace(/\D/g, '') } };
  if (path === 'snap.licdn.com/li.lms-analytics/insight.min.js') return { fn: fakeLinkedin, entry: true };
  if (/^connect\.facebook\.net\/[a-z]{2}_[A-Z]{2}\/fbevents\.js$/.test(path)) return { fn: fakeMeta, entry: true };
  if (path === 'static.ads-twitter.com/uwt.js') return { fn: fakeX, entry: true };
  if (/^analytics(\.us)?\.tiktok\.com\/i18n\/pixel\/events\.js$/.test(path))
    return { fn: fakeTiktok, entry: true, args: { lib: u.searchParams.get('lib') ?? 'ttq' } };
  const hj = /^static\.hotjar\.com\/c\/hotjar-(\d+)\.js$/.exec(path);
  if (hj) return { fn: fakeHotjar, entry: true, args: { site: hj[1] } };
  const clarity = /^www\.clarity\.ms\/tag\/([^/]+)$/.exec(path);
  if (clarity) return { fn: fakeClarityTag, entry: true, args: { project: clarity[1] } };
  if (/^scripts\.clarity\.ms\/[\d.]+\/clarity\.js$/.test(path)) return { fn: fakeClarity, entry: false };
  if (vendor === 'matomo' && /\/(matomo|piwik)\.js$/.test(u.pathname)) return { fn: fakeMatomo, entry: true };
  if (/^js\.stripe\.com\/(v3\/?|[a-z]+\/stripe\.js)$/.test(path)) return { fn: fakeStripe, entry: true };
  if (/^(ssl|www)\.google-analytics\.com\/analytics\.js$/.test(path)) return { fn: fakeAnalyticsJs, entry: true };
  if (path === 'www.googleadservices.com/pagead/conversion_async.js') return { fn: fakeAdsConversionAsync, entry: true };
  if (path === 'www.youtube.com/iframe_api') return { fn: fakeYoutubeApi, entry: true };
  if (path === 'player.vimeo.com/api/player.js') return { fn: fakeVimeoApi, entry: true };
  return { fn: fakeInert, entry: false };
}

/** The JavaScript body answering `url`. */
function scriptBody(url, vendor, options) {
  const { fn, entry, args = {} } = scriptFor(url, vendor, options);
  return (
    `/* tamis test fake of ${vendor}: ${url.replace(/\*\//g, '')} */\n(function(){\n` +
    `var helpers = ${helpers};\nvar fake = ${fn};\n` +
    `var a = ${JSON.stringify({ ...args, vendor, url })};\n` +
    `a.h = helpers(a.vendor, ${entry});\nfake(a);\n})();\n`
  );
}

/** A small HTML page for iframes (embeds, GTM's noscript frame, Stripe's fraud frame). */
function frameBody(url, vendor) {
  const label = vendor ?? 'unknown vendor';
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>${label} (fake)</title>` +
    `<body style="margin:0;font:14px sans-serif;background:#222;color:#eee">` +
    `<p data-tamis-fake="${label}">Fake ${label} frame for ${url.replace(/[<>"&]/g, '')}</p></body></html>`;
}

/**
 * @typedef {object} FakeRequest
 * @property {string} url
 * @property {string} host
 * @property {string | null} vendor  catalog vendor id the URL belongs to, or null
 * @property {string} resourceType  playwright's: script, image, document (frames), ping, fetch…
 * @property {number} time  ms since installFakeVendors was called
 * @property {boolean} local  answered by the test server (loopback or `origin`), not by a fake
 */

/**
 * Answers every request to a non-loopback host with a fake of the vendor it belongs to: scripts
 * that behave like the vendor's, a small page for frames, a 1×1 GIF for images, 204 for collect
 * calls; requests to hosts no catalog vendor claims are aborted, as offline. Loopback requests
 * (and `origin`'s) reach the test server, except self-hosted Matomo paths, which are faked too.
 *
 * @param {import('playwright-core').BrowserContext | import('playwright-core').Page} target
 * @param {{ origin?: string, gtmTags?: Record<string, string[]> }} [options]
 *   `origin`: another first-party origin to let through; `gtmTags`: for a GTM container id, the
 *   script URLs its tags load when gtm.js runs (e.g. `{ 'GTM-X': [gtag/js?id=G-…] }`).
 * @returns {Promise<{ requests: FakeRequest[], ran: (page?: import('playwright-core').Page) => Promise<string[]>, reset: () => void, vendorOf: (url: string) => string | null }>}
 */
export async function installFakeVendors(target, options = {}) {
  const { catalog, vendorsMatching } = await loadCatalog();
  const vendorOfSync = (url) => vendorsMatching(catalog, url)[0]?.id ?? null;
  const firstParty = options.origin ? new URL(options.origin).host : null;
  /** @type {FakeRequest[]} */
  const requests = [];
  let start = Date.now();

  await target.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    let u;
    try {
      u = new URL(url);
    } catch {
      return route.fallback();
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return route.fallback();
    const vendor = vendorOfSync(url);
    const local = LOOPBACK.test(u.hostname) || u.host === firstParty;
    const resourceType = request.resourceType();
    requests.push({ url, host: u.host, vendor, resourceType, time: Date.now() - start, local: local && !vendor });
    if (local && !vendor) return route.fallback();
    if (!vendor) return route.abort('internetdisconnected');
    const cors = { 'access-control-allow-origin': request.headers().origin ?? '*', 'access-control-allow-credentials': 'true' };
    if (resourceType === 'script')
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', headers: cors, body: scriptBody(url, vendor, options) });
    if (resourceType === 'document')
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: cors, body: frameBody(url, vendor) });
    if (resourceType === 'image') return route.fulfill({ status: 200, contentType: 'image/gif', headers: cors, body: GIF });
    return route.fulfill({ status: 204, headers: cors });
  });

  const defaultPage = 'goto' in target ? target : undefined;
  return {
    requests,
    /** Vendor ids of the entry scripts that ran on `page`, in order (`window.__tamisFakeRan`). */
    async ran(page = defaultPage) {
      const pages = page ? [page] : /** @type {any} */ (target).pages();
      const all = await Promise.all(pages.map((p) => p.evaluate(() => window.__tamisFakeRan ?? [])));
      return all.flat();
    },
    /** Forgets recorded requests (pages keep their own `__tamisFakeRan`). */
    reset() {
      requests.length = 0;
      start = Date.now();
    },
    vendorOf: vendorOfSync,
  };
}
