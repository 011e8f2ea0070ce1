// Lighthouse on the bench's docs page with each library: Lighthouse's default mobile profile
// (Moto G Power screen, simulated 4× CPU slowdown and slow 4G), performance category only.
// Lighthouse drives its own Chromium (Debian's, through chrome-launcher; never a downloaded one).
// The vendor fakes of the Playwright passes cannot answer there, so vendor hosts fail at once
// (`--host-resolver-rules`), for every library alike: nothing leaves the machine.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import { findChromium, chromiumArgs } from '../scripts/chromium-path.mjs';

// chrome-launcher as Lighthouse itself resolves it (its own dependency, 1.x): the one hoisted to
// the root belongs to the test runner, an older major.
const launcherPath = createRequire(import.meta.resolve('lighthouse')).resolve('chrome-launcher');
const chromeLauncher = await import(pathToFileURL(launcherPath).href);

/**
 * Lighthouse's defaults (mobile), performance only. "Unused JavaScript" lists every script, not
 * only those wasting 20 KiB or more (its default threshold, which most consent libraries stay under).
 */
const CONFIG = {
  extends: 'lighthouse:default',
  settings: { onlyCategories: ['performance'] },
  audits: [{ path: 'byte-efficiency/unused-javascript', options: { unusedThreshold: 0 } }],
};

/** The LCP element as Lighthouse names it (selector and path), or null when its audit failed. */
function lcpElementOf(audit) {
  const walk = (items) => {
    for (const item of items ?? []) {
      if (item?.node) return item.node;
      const inner = walk(item?.items);
      if (inner) return inner;
    }
    return null;
  };
  const node = walk(audit?.details?.items);
  return node ? { selector: node.selector ?? null, path: node.path ?? null, snippet: node.snippet ?? null } : null;
}

/**
 * One Lighthouse run on `url` (port: a Chromium with remote debugging).
 * @param {number} port
 * @param {string} url
 * @param {{ assets: string[] }} lib
 */
export async function audit(port, url, lib) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', formFactor: 'mobile' }, CONFIG);
  if (!result?.lhr) throw new Error(`Lighthouse returned no report for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const value = (id) => lhr.audits[id]?.numericValue ?? null;
  const unused = lhr.audits['unused-javascript']?.details?.items ?? [];
  const own = (item) => lib.assets.some((prefix) => new URL(item.url, url).pathname.startsWith(prefix));
  const lcpAudit = lhr.audits['largest-contentful-paint-element'];
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    tbt: value('total-blocking-time'),
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    lcpElement: lcpElementOf(lcpAudit),
    lcpElementError: lcpAudit?.errorMessage ?? null,
    // Main-thread tasks over 50 ms (simulated 4× CPU) and the script each is attributed to.
    longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => ({ url: t.url, ms: Math.round(t.duration) })),
    // The longest of them Lighthouse attributes to one of the library's own files (0: none).
    libLongestTaskMs: (lhr.audits['long-tasks']?.details?.items ?? [])
      .filter((t) => /^https?:/.test(t.url ?? '') && own(t))
      .reduce((max, t) => Math.max(max, t.duration), 0),
    // wastedBytes: transfer bytes Lighthouse estimates unused (the bench server does not compress).
    unusedJs: unused.filter(own).reduce((sum, item) => sum + item.wastedBytes, 0),
    unusedJsAll: unused.reduce((sum, item) => sum + item.wastedBytes, 0),
  };
}

/**
 * Starts a headless Chromium for Lighthouse, runs `fn(port)`, and always kills it.
 * A fresh browser per audit: no cache, no cookie, a first visit every time.
 * @template T
 * @param {(port: number) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function withChrome(fn) {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('no Chromium found for Lighthouse: set CHROME_PATH (see scripts/chromium-path.mjs)');
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  try {
    return await fn(chrome.port);
  } finally {
    await chrome.kill();
  }
}

/**
 * Runs Lighthouse `runs` times per library, alternating libraries within every run. A failed
 * audit is recorded as `{ error }` (run.mjs reports it and exits non-zero).
 * @param {Array<{ id: string, assets: string[] }>} libraries
 * @param {(lib: object) => string} urlOf
 * @param {number} runs
 * @param {(...a: unknown[]) => void} [log]
 */
export async function runLighthouse(libraries, urlOf, runs, log = () => {}) {
  const out = Object.fromEntries(libraries.map((lib) => [lib.id, []]));
  for (let run = 0; run < runs; run++) {
    const order = libraries.map((_, i) => libraries[(i + run) % libraries.length]);
    for (const lib of order) {
      log(`lighthouse ${run + 1}/${runs}: ${lib.id}`);
      try {
        out[lib.id].push(await withChrome((port) => audit(port, urlOf(lib), lib)));
      } catch (error) {
        log(`lighthouse ${lib.id}: ${error.message}`);
        out[lib.id].push({ error: error.message });
      }
    }
  }
  return out;
}
