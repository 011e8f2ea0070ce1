// Lighthouse on the bench page with each library: the mobile profile of Lighthouse's defaults
// (Moto G Power screen, 4× CPU slowdown and slow 4G, simulated), performance category only.
// Lighthouse drives its own Chromium (/usr/bin/chromium, through chrome-launcher): the vendor
// fakes of the Playwright passes cannot answer there, so vendor hosts fail at once
// (`--host-resolver-rules`), for every library alike; nothing leaves the machine.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium, chromiumArgs } from '../scripts/chromium-path.mjs';

/**
 * Lighthouse's defaults (mobile), performance only; "unused JavaScript" lists every script, not only
 * those wasting 20 KiB or more (its default threshold, which no consent library here reaches).
 */
const CONFIG = {
  extends: 'lighthouse:default',
  settings: { onlyCategories: ['performance'] },
  audits: [{ path: 'byte-efficiency/unused-javascript', options: { unusedThreshold: 0 } }],
};

/**
 * One Lighthouse run.
 * @returns {Promise<{ tbt: number, lcp: number, cls: number, fcp: number, lcpElementError: string|null, longTasks: Array<{ url: string, ms: number }>, unusedJs: number, unusedJsAll: number }>}
 */
async function audit(port, url, lib) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error' }, CONFIG);
  const value = (id) => lhr.audits[id]?.numericValue ?? null;
  // Lighthouse 12.2's LCP-element gatherer fails on this Chromium's traces (its error is kept): the
  // LCP element is taken in the Playwright passes instead (probe.mjs).
  const lcpElement = lhr.audits['largest-contentful-paint-element'];
  const unused = lhr.audits['unused-javascript']?.details?.items ?? [];
  const own = (item) => lib.assets.some((prefix) => new URL(item.url, url).pathname.startsWith(prefix));
  return {
    tbt: value('total-blocking-time'),
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    lcpElementError: lcpElement?.errorMessage ?? null,
    // Main-thread tasks over 50 ms (simulated 4× CPU) and the script each is attributed to.
    longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => ({ url: t.url, ms: Math.round(t.duration) })),
    // wastedBytes: transfer bytes Lighthouse estimates unused; the bench server does not compress.
    unusedJs: unused.filter(own).reduce((sum, item) => sum + item.wastedBytes, 0),
    unusedJsAll: unused.reduce((sum, item) => sum + item.wastedBytes, 0),
  };
}

/**
 * Runs Lighthouse `runs` times per library, alternating libraries within every run.
 * @param {Array<{ id: string, assets: string[] }>} libraries
 * @param {(lib: object) => string} urlOf
 * @returns {Promise<Record<string, Array<Awaited<ReturnType<typeof audit>>>>>}
 */
export async function runLighthouse(libraries, urlOf, runs, log = () => {}) {
  const out = Object.fromEntries(libraries.map((lib) => [lib.id, []]));
  for (let run = 0; run < runs; run++) {
    const order = libraries.map((_, i) => libraries[(i + run) % libraries.length]);
    for (const lib of order) {
      log(`lighthouse ${run + 1}/${runs}: ${lib.id}`);
      // A fresh browser per audit: no cache, no cookie, a first visit every time.
      const chrome = await chromeLauncher.launch({
        chromePath: findChromium(),
        chromeFlags: ['--headless=new', ...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
      });
      try {
        out[lib.id].push(await audit(chrome.port, urlOf(lib), lib));
      } catch (error) {
        log(`lighthouse ${lib.id}: ${error.message}`);
      } finally {
        await chrome.kill();
      }
    }
  }
  return out;
}
