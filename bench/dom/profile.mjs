// `node bench/dom/profile.mjs [--only detached,connected,react-10000-replace] [--runs N] [--profile]`: a quick look at
// the DOM bench while working on the blocker (bench/dom/run.mjs is the benchmark that is reported).
// Runs the chosen workloads in the page with and without tamis, alternating, `runs` times each
// (best of 2 tries per visit), and prints the median ratio per workload. With --profile it also
// records a CPU profile of the page with tamis (CDP `Profiler`) and prints where tamis.js spends
// its self time, mapped back to src/ through dist/tamis.js.map. Run `npm run build` and, once,
// `node bench/dom/run.mjs --runs 1 --tries 1` (which writes the pages) first.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { findChromium, chromiumArgs } from '../../scripts/chromium-path.mjs';
import { startServer } from '../../test/e2e/browser.mjs';
import { outDir } from './build.mjs';
import { GC_FLAG, bestOfTwo, withBenchPage } from './visit.mjs';
import { median } from '../stats.mjs';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'detached,connected,innerHTML,append-img,append-div,append-vendor' },
    runs: { type: 'string', default: '3' },
    profile: { type: 'boolean', default: false },
    // Pages of .tmp/bench-dom/ to alternate, the first the reference (e.g. `base,with` with a
    // base.html that loads an earlier build saved as dist/tamis-base.js); each other is compared to it.
    pages: { type: 'string', default: 'without,with' },
  },
});
const names = args.only.split(',');

async function visit(browser, url, profile) {
  return withBenchPage(browser, url, async (p, context) => {
    let cdp;
    if (profile) {
      cdp = await context.newCDPSession(p);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    const out = await bestOfTwo(p, names);
    return { out, profile: cdp && (await cdp.send('Profiler.stop')).profile };
  });
}

/** Self time of tamis.js by original source position, and its total. */
function summarize(profile) {
  const map = new TraceMap(readFileSync(new URL('../../dist/tamis.js.map', import.meta.url), 'utf8'));
  const dt = profile.timeDeltas;
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i + 1] ?? 0)));
  const byWhere = new Map();
  let total = 0;
  let all = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    const f = node.callFrame;
    all += us;
    let where = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    if (f.url.endsWith('/tamis.js')) {
      total += us;
      const o = originalPositionFor(map, { line: f.lineNumber + 1, column: f.columnNumber });
      where = `tamis ${o.source?.replace(/^(\.\.\/)+/, '')}:${o.line} ${o.name ?? ''}`;
    } else if (!f.url) where = f.functionName || '(native)';
    byWhere.set(where, (byWhere.get(where) ?? 0) + us);
  }
  console.log(`profile: ${(all / 1000).toFixed(0)} ms sampled, tamis.js self ${(total / 1000).toFixed(1)} ms`);
  for (const [where, us] of [...byWhere].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms  ${where}`);
}

const server = await startServer(outDir);
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...chromiumArgs, process.env.JSFLAGS ? `${GC_FLAG} ${process.env.JSFLAGS}` : GC_FLAG] });
const pages = args.pages.split(',');
const [ref, ...cands] = pages;
const samples = Object.fromEntries(pages.map((page) => [page, []]));
const load = loadavg()[0];
try {
  for (let run = 0; run < +args.runs; run++)
    // Each run in another order (rotated), so that no page always comes first.
    for (const variant of [...pages.slice(run % pages.length), ...pages.slice(0, run % pages.length)]) samples[variant].push((await visit(browser, `${server.url}/${variant}.html`)).out);
  if (args.profile) summarize((await visit(browser, `${server.url}/with.html`, true)).profile);
} finally {
  await browser.close();
  await server.close();
}
console.log(`load ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
for (const n of names) {
  const wo = median(samples[ref].map((s) => s[n]));
  const each = cands.map((cand) => {
    const w = median(samples[cand].map((s) => s[n]));
    const paired = median(samples[cand].map((s, i) => s[n] / samples[ref][i][n]));
    return `${cand} ${w.toFixed(2).padStart(8)}  ratio ${(w / wo).toFixed(2)}×  per run ${paired.toFixed(2)}×`;
  });
  console.log(`${n.padEnd(14)} ${ref} ${wo.toFixed(2).padStart(8)}  ${each.join('   ')}`);
}
