// One visit of one bench page in a fresh browser context, measured from inside the page (see
// probe.mjs). The driver only waits and reads: every time below is performance.now() in the page,
// in ms since navigation start.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { probe } from './probe.mjs';
import { installFakeVendors, loadCatalog } from '../test/e2e/fake-vendors.mjs';
import { vendors } from './site.mjs';

/** Catalog ids of the bench vendors: what the fakes push to window.__tamisFakeRan when they run. */
export const expectedRuns = vendors.map((v) => v.id);

/** Iframe hosts whose document loading counts as that vendor having run (the fakes' frames have no script). */
const frames = [{ host: '(^|\\.)youtube(-nocookie)?\\.com$', id: 'youtube' }];

const isLocal = (url) => ['127.0.0.1', 'localhost'].includes(new URL(url).hostname);

/** Whether a cookie name is one the catalog lists for a bench vendor. */
let isVendorCookie;
async function vendorCookieMatcher() {
  if (isVendorCookie) return isVendorCookie;
  const { catalog } = await loadCatalog();
  const names = catalog.filter((v) => expectedRuns.includes(v.id)).flatMap((v) => v.cookies.map((c) => c.name));
  isVendorCookie = (name) => names.some((n) => (typeof n === 'string' ? n === name : n.test(name)));
  return isVendorCookie;
}

/** Opens a fresh context with the vendor fakes (test/e2e/fake-vendors.mjs) and the probe for `lib`. */
async function open(browser, lib, deadline, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  const fakes = await installFakeVendors(context);
  await context.addInitScript(probe, { ...(lib.accept ?? {}), deadline, frames });
  return { context, fakes };
}

/**
 * What a page has let the vendors do so far: entry scripts run, vendor cookies written (through
 * document.cookie, or present in the cookie jar) and requests to vendor hosts.
 */
async function vendorActivity(page, context, fakes) {
  const vendorCookie = await vendorCookieMatcher();
  const { ran, written } = await page.evaluate(() => ({
    ran: window.__bench.ran.map((r) => r.id),
    written: window.__bench.cookiesWritten,
  }));
  const jar = (await context.cookies()).map((c) => c.name);
  const requests = fakes.requests.filter((r) => !r.local);
  return {
    scripts: [...new Set(ran)].sort(),
    cookies: [...new Set([...written, ...jar])].filter(vendorCookie).sort(),
    requests: requests.length,
    hosts: [...new Set(requests.map((r) => r.host))].sort(),
    urls: requests.map((r) => r.url.slice(0, 160)),
  };
}

/** Waits (polling from the driver, which takes no timing) until the probe saw the control clickable. */
async function untilClickable(page, deadline) {
  const left = deadline - (await page.evaluate(() => performance.now()));
  if (left <= 0) return;
  await page.waitForFunction(() => window.__bench.clickableAt !== null, null, { timeout: left, polling: 50 }).catch(() => {});
}

/**
 * Measures one first visit: banner timing, long tasks and layout shift until the banner has been
 * clickable for `settle` ms, what vendors did before any decision, then the time from an in-page
 * click on "Accept all" to the last consented vendor script having run.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {import('./libraries/index.mjs').Library} lib
 * @param {{ settle: number, deadline: number, acceptTimeout: number, quiet: number, accept?: boolean, banner?: boolean, throttle?: number, viewport?: { width: number, height: number } }} options
 *   `banner: false` does not wait for a banner (the verbatim page); `accept: false` stops before the click;
 *   `throttle`: CPU slowdown through DevTools (4 = Lighthouse's mobile profile); `viewport`: the window size
 */
export async function measureVisit(browser, url, lib, { settle, deadline, acceptTimeout, quiet, accept = true, banner = true, throttle = 1, viewport }) {
  const { context, fakes } = await open(browser, lib, deadline, viewport);
  try {
    const page = await context.newPage();
    // Set before navigation, so the library's first script already runs on the slowed-down CPU.
    let cdp = null;
    const lcpEvents = [];
    if (throttle > 1) {
      cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      // LCP candidates through DevTools too: the page's own entries give no element inside a shadow
      // root (tamis's banner is one), these give its node.
      cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => event.lcpDetails && lcpEvents.push(event.lcpDetails));
      await cdp.send('PerformanceTimeline.enable', { eventTypes: ['largest-contentful-paint'] });
    }
    await page.goto(url, { waitUntil: 'load' });
    // Until the banner can be clicked (or the deadline), then `settle` more; pages without a
    // banner (the reference, or a library that shows none there): `settle` after load.
    if (banner && !lib.reference) await untilClickable(page, deadline);
    await page.waitForTimeout(settle);
    const timing = await page.evaluate((assets) => {
      const b = window.__bench;
      const own = (url) => {
        try {
          return assets.some((prefix) => new URL(url).pathname.startsWith(prefix));
        } catch {
          return false;
        }
      };
      const end = performance.now();
      const tasks = b.longTasks.filter((t) => t.start < end);
      return {
        end,
        visibleAt: b.visibleAt,
        clickableAt: b.clickableAt,
        loadAt: b.loadAt,
        longTaskMs: tasks.reduce((sum, t) => sum + t.duration, 0),
        blockingMs: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
        longTasks: tasks.length,
        longestTaskMs: tasks.reduce((max, t) => Math.max(max, t.duration), 0),
        // The longest script run from the library's own files inside a long animation frame
        // (Long Animation Frames API): the part of the long tasks the library itself caused.
        libScriptMs: b.frames
          .filter((f) => f.start < end)
          .flatMap((f) => f.scripts)
          .filter((s) => own(s.url))
          .reduce((max, s) => Math.max(max, s.duration), 0),
        // Which of its scripts that was (file, what invoked it, function), to know where to cut.
        libScript:
          b.frames
            .filter((f) => f.start < end)
            .flatMap((f) => f.scripts)
            .filter((s) => own(s.url))
            .sort((x, y) => y.duration - x.duration)
            .map((s) => ({ ...s, url: new URL(s.url).pathname }))[0] ?? null,
        cls: b.shifts.filter((s) => s.start < end).reduce((sum, s) => sum + s.value, 0),
        // The last LCP candidate before the end: the page's Largest Contentful Paint element so far.
        lcp: b.lcp.filter((e) => e.start < end).at(-1) ?? null,
      };
    }, lib.assets ?? []);
    if (cdp && lcpEvents.at(-1)?.nodeId) timing.lcp = { ...timing.lcp, ...(await describeNode(cdp, lcpEvents.at(-1))) };
    const before = await vendorActivity(page, context, fakes);
    let afterAccept = null;
    if (accept && timing.clickableAt !== null) afterAccept = await acceptAndWait(page, acceptTimeout, quiet);
    return { ...timing, before, afterAccept };
  } finally {
    await context.close();
  }
}

/** The path (probe.mjs's describe) of the LCP candidate DevTools reported, or no path if gone. */
async function describeNode(cdp, details) {
  try {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: details.nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return window.__bench.describe(this); }',
      returnByValue: true,
    });
    return { path: result.value ?? null, size: details.size, via: 'devtools' };
  } catch {
    return {};
  }
}

/**
 * Clicks "Accept all" inside the page and waits there until every bench vendor that had not run
 * yet has run, and then `quiet` ms pass with no vendor script starting (so scripts a library runs
 * again after consent, such as a Google tag loaded earlier in Consent Mode, are waited for too).
 */
async function acceptAndWait(page, timeout, quiet) {
  return page.evaluate(
    ({ expected, timeout, quiet }) =>
      new Promise((resolve) => {
        const b = window.__bench;
        const ranBefore = new Set(b.ran.map((r) => r.id));
        const clickedAt = b.clickAccept();
        if (clickedAt === null) return resolve({ error: 'Accept all control not found' });
        const pending = () => expected.filter((id) => !ranBefore.has(id) && !b.ran.some((r) => r.id === id && r.t >= clickedAt));
        const tick = () => {
          const after = b.ran.filter((r) => r.t >= clickedAt);
          const last = after.length ? Math.max(...after.map((r) => r.t)) : null;
          const now = performance.now();
          const done = pending().length === 0 && (last === null || now - last >= quiet);
          if (done || now - clickedAt > timeout) {
            // When each vendor first ran after the click, for comparisons on the same vendors.
            const at = {};
            for (const r of after) at[r.id] ??= r.t - clickedAt;
            resolve({
              ms: last === null ? null : last - clickedAt,
              at,
              ran: [...new Set(after.map((r) => r.id))].sort(),
              ranBefore: [...ranBefore].sort(),
              missing: pending(),
            });
          } else setTimeout(tick, 10);
        };
        tick();
      }),
    { expected: expectedRuns, timeout, quiet },
  );
}

/** raw / gzip -9 / brotli (quality 11) sizes of a body. */
export function sizes(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kindOf = (contentType, path) =>
  /javascript|ecmascript/.test(contentType) || /\.m?js$/.test(path)
    ? 'js'
    : /css/.test(contentType) || path.endsWith('.css')
      ? 'css'
      : 'other';

/**
 * Bytes of the library's own files the browser fetched: on a first visit (until the banner has
 * settled) and on a return visit after "Accept all", in the same context.
 */
export async function measureBytes(browser, url, lib, { deadline, acceptTimeout, quiet }) {
  const { context } = await open(browser, lib, deadline);
  try {
    const page = await context.newPage();
    // Each response is filed under the phase it arrived in; what arrives between the two visits
    // (after the click) belongs to neither.
    const files = { first: [], between: [], return: [] };
    let phase = 'first';
    const bodies = [];
    page.on('response', (response) => {
      const u = new URL(response.url());
      if (!isLocal(response.url()) || !lib.assets.some((prefix) => u.pathname.startsWith(prefix))) return;
      const list = files[phase];
      bodies.push(
        response.body().then(
          (body) => list.push({ path: u.pathname, kind: kindOf(response.headers()['content-type'] ?? '', u.pathname), ...sizes(body) }),
          () => {},
        ),
      );
    });
    const visit = async (name) => {
      phase = name;
      await page.goto(url, { waitUntil: 'load' });
      // After a decision no banner is expected: network idle is the end of the visit.
      if (name === 'first') await untilClickable(page, deadline);
      // Whatever the library still fetches after showing its banner counts too.
      await page.waitForLoadState('networkidle').catch(() => {});
      await Promise.all(bodies);
      return summarise(files[name]);
    };
    const first = await visit('first');
    phase = 'between';
    const accepted = await acceptAndWait(page, acceptTimeout, quiet);
    const returning = await visit('return');
    const bannerOnReturn = await page.evaluate(() => window.__bench.visibleAt !== null);
    return { first, return: returning, accepted: !accepted.error, bannerOnReturn };
  } finally {
    await context.close();
  }
}

function summarise(files) {
  const total = (kind) =>
    files
      .filter((f) => kind === 'all' || f.kind === kind)
      .reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip, brotli: s.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const jsCss = files.filter((f) => f.kind !== 'other');
  return {
    ...jsCss.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip, brotli: s.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 }),
    js: total('js'),
    css: total('css'),
    files: files.map((f) => ({ path: f.path, kind: f.kind, raw: f.raw, gzip: f.gzip, brotli: f.brotli })),
  };
}
