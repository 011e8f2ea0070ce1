// `npm run bench` (second part), or `node bench/dom/run.mjs [--runs N] [--tries N] [--quick] [--report] [--readme]`: what tamis costs
// ordinary DOM work. The same page is loaded with dist/tamis.js first in <head> and without it, the
// two alternating in every run (a fresh browser context each), and the same workloads run in both:
// the three vanilla ones of issue #16, a React 19 app in the style of js-framework-benchmark, and
// the cost of one appendChild. Writes bench/dom-results.md and bench/dom-results.json.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from '../../scripts/chromium-path.mjs';
import { startServer } from '../../test/e2e/browser.mjs';
import { buildReactApp, outDir } from './build.mjs';
import { GC_FLAG, benchPage, withBenchPage } from './visit.mjs';
import { summary } from '../stats.mjs';
import { domMarkdown, domSummaryLine, domTable } from './report.mjs';
import { updateReadme } from '../readme.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    tries: { type: 'string' },
    quick: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
    readme: { type: 'boolean', default: false },
  },
});
const log = (...a) => console.error(...a);

/** The rows of the table, in order: [key, label]. */
export const WORKLOADS = [
  ['detached', 'build 2,000 rows detached, then insert the table (5×)'],
  ['connected', 'insert each row while connected, `img.src =` (3×)'],
  ['innerHTML', '`innerHTML` of the whole table (5×)'],
  ['react-1000-create', 'React 19: create 1,000 rows'],
  ['react-1000-replace', 'React 19: replace 1,000 rows'],
  ['react-10000-create', 'React 19: create 10,000 rows'],
  ['react-10000-replace', 'React 19: replace 10,000 rows'],
  ['append-div', 'one `appendChild` of a `<div>` (µs)'],
  ['append-img', 'one `appendChild` of a non-vendor `<img>` (µs)'],
  ['append-vendor', 'one `appendChild` of a vendor `<script>`, blocked (µs)'],
];

/** One visit: every workload `tries` times, in a fresh context. */
async function visit(browser, url, tries) {
  return withBenchPage(browser, url, async (p) => {
    // Best of `tries` in each visit: on a shared CPU a single try is often preempted; the fastest
    // is the one closest to what the work itself costs. The median is then taken over visits.
    const out = {};
    const best = (key, ms) => (out[key] = Math.min(out[key] ?? Infinity, ms));
    for (let t = 0; t < tries; t++) {
      for (const name of ['detached', 'connected', 'innerHTML']) best(name, await p.evaluate((n) => window.__domBench.run(n), name));
      for (const count of [1000, 10000]) {
        const r = await p.evaluate((n) => window.__reactBench.run(n), count);
        best(`react-${count}-create`, r.create);
        best(`react-${count}-replace`, r.replace);
      }
      for (const kind of ['div', 'img', 'vendor']) best(`append-${kind}`, await p.evaluate((k) => window.__domBench.append(k), kind));
    }
    return out;
  });
}

export async function collect({ runs, tries }) {
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  await buildReactApp();
  copyFileSync(fileURLToPath(new URL('workloads.js', import.meta.url)), `${outDir}workloads.js`);
  writeFileSync(`${outDir}with.html`, benchPage('/dist/tamis.js'));
  writeFileSync(`${outDir}without.html`, benchPage());
  const server = await startServer(outDir);
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...chromiumArgs, GC_FLAG] });
  const samples = { with: [], without: [] };
  try {
    for (let run = 0; run < runs; run++) {
      const order = run % 2 ? ['with', 'without'] : ['without', 'with'];
      log(`dom bench run ${run + 1}/${runs} (${Math.round((Date.now() - started) / 1000)} s): ${order.join(', ')}`);
      for (const variant of order) samples[variant].push(await visit(browser, `${server.url}/${variant}.html`, tries));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const stats = (variant) => Object.fromEntries(WORKLOADS.map(([key]) => [key, summary(samples[variant].map((s) => s[key]))]));
  const loadAtEnd = loadavg()[0];
  return {
    generatedAt: new Date().toISOString(),
    runs,
    tries,
    browser: `Chromium ${browser.version()} (headless)`,
    machine: `${cpus().length} CPU(s), ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}`,
    load: { cpus: cpus().length, start: loadAtStart, end: loadAtEnd },
    durationSeconds: Math.round((Date.now() - started) / 1000),
    headBytes: readFileSync(new URL('../../dist/tamis.js', import.meta.url)).length,
    with: stats('with'),
    without: stats('without'),
    // with / without within each run (the two visits are next to each other in time).
    paired: Object.fromEntries(WORKLOADS.map(([key]) => [key, summary(samples.with.map((s, i) => s[key] / samples.without[i][key]))])),
    samples,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = (name) => fileURLToPath(new URL(`../${name}`, import.meta.url));
  const results = args.report
    ? JSON.parse(readFileSync(here('dom-results.json'), 'utf8'))
    : await collect({ runs: Number(args.runs ?? (args.quick ? 3 : 7)), tries: Number(args.tries ?? (args.quick ? 2 : 3)) });
  if (!args.report) writeFileSync(here('dom-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(here('dom-results.md'), domMarkdown(results));
  if (args.readme) updateReadme(domTable(results), domSummaryLine(results), 'dom');
  console.log(`\n${domTable(results)}\n`);
  console.log(`bench: DOM overhead, ${results.runs} runs in ${results.durationSeconds} s; wrote bench/dom-results.md and bench/dom-results.json`);
}
