/**
 * Chromium flag for the DOM bench's browser: `window.gc()`, so that each timed try starts after a
 * full collection in both pages (bench/dom/workloads.js, react-app.jsx).
 */
export const GC_FLAG = '--js-flags=--expose-gc';

/** What the page with tamis declares: a few listed vendors, the UI never loaded (nothing to show). */
const config = "{ vendors: ['google-analytics', 'youtube'], ui: { load: function () { return Promise.resolve(); } } }";

/**
 * The DOM bench page: the workloads and the React app, with `script` (a build of tamis.js, e.g.
 * `/dist/tamis.js`) first in `<head>`, or without tamis when it is not given.
 * @param {string} [script]
 */
export const benchPage = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>dom bench</title>
${script ? `<script>window.tamisConfig = ${config};</script>\n<script src="${script}"></script>` : ''}
<script src="workloads.js"></script><script src="react-app.js"></script>
</head><body><div id="work"></div></body></html>`;

/**
 * Runs one workload of the DOM bench in `page` by its key (bench/dom/run.mjs `WORKLOADS`):
 * `react-<rows>-<create|replace>` (the React workload, create then replace: one of its two times,
 * ms), `append-<kind>` (one `appendChild`, µs), or a vanilla workload (ms).
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @returns {Promise<number>}
 */
export function runWorkload(page, name) {
  const react = /^react-(\d+)-(create|replace)$/.exec(name);
  if (react) return page.evaluate((n) => window.__reactBench.run(n), +react[1]).then((r) => r[react[2]]);
  return name.startsWith('append-')
    ? page.evaluate((k) => window.__domBench.append(k), name.slice(7))
    : page.evaluate((n) => window.__domBench.run(n), name);
}

/**
 * Runs each of the workloads `names` twice in `page`, in turn, and keeps the best time of each.
 * @param {import('playwright-core').Page} page
 * @param {string[]} names
 * @returns {Promise<Record<string, number>>}
 */
export async function bestOfTwo(page, names) {
  const out = {};
  for (let t = 0; t < 2; t++) for (const n of names) out[n] = Math.min(out[n] ?? Infinity, await runWorkload(page, n));
  return out;
}

/**
 * Opens the DOM bench page in a fresh browser context and runs `use(page, context)` in it once
 * tamis has finished what it does at start (its deferred module, no banner); the context is
 * closed afterwards. No internet: the CDN's images and the vendor's script are answered here, empty.
 * @template T
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {(page: import('playwright-core').Page, context: import('playwright-core').BrowserContext) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withBenchPage(browser, url, use) {
  const context = await browser.newContext();
  await context.route(/^https:\/\/(img\.cdn-bench\.example|static\.hotjar\.com)\//, (route) => route.fulfill({ status: 204, body: '' }));
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    return await use(page, context);
  } finally {
    await context.close();
  }
}
