// `node bench/startup-profile.mjs [--runs N] [--throttle 4] [--profile N] [--compare old-tamis.js]`: how long the browser's
// task that evaluates dist/tamis.js takes on a first visit (no decision: the banner is asked
// for), with the CPU throttled as Lighthouse's mobile profile does (issue #13: no task over 50 ms
// caused by tamis). Each run is a fresh context (no cookie, no HTTP or code cache) on a page with
// the bench site's config and dist/tamis.js first in <head>; the duration is the enclosing
// top-level task of the `EvaluateScript` trace event of tamis.js (parse + compile + run), read
// from a Chromium trace. Also reported: the longest other task that runs a dist/ file (the
// deferred module, the banner). With --profile N, N more loads record a CPU profile (CDP
// `Profiler`, sampling every 50 µs, throttled too) and prints where the evaluation spent its self
// time (mean per load), mapped back to src/ through dist/tamis.js.map. With --compare, loads
// alternate between dist/tamis.js and the file given (a copy of an earlier build), served at the
// same URL, and the paired ratio is printed: on a loaded machine only that ratio means much.
// Run `npm run build` first.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { findChromium, chromiumArgs } from '../scripts/chromium-path.mjs';
import { startServer } from '../test/e2e/browser.mjs';
import tamis from './libraries/tamis.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    throttle: { type: 'string', default: '4' },
    profile: { type: 'string', default: '0' },
    compare: { type: 'string' },
  },
});

// The bench site's own tamis set-up (its config and the tag), on an otherwise plain page.
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>start-up</title>
${tamis.page('verbatim').head}
</head><body><main><h1>Shop</h1><p>${'Some text. '.repeat(50)}</p></main></body></html>`;

/** Opens the page in a fresh context with the CPU throttled; `during` runs around the navigation. */
async function visit(browser, url, during, script = fileURLToPath(new URL('../dist/tamis.js', import.meta.url))) {
  const context = await browser.newContext();
  // Both variants go through the same route, so that routing costs them the same.
  const body = readFileSync(script);
  await context.route(/\/dist\/tamis\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body }));
  // No internet: anything but the local server is answered empty.
  await context.route((u) => !u.href.startsWith(url.slice(0, url.indexOf('/', 8))), (route) => route.fulfill({ status: 204, body: '' }));
  try {
    const p = await context.newPage();
    const cdp = await context.newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: +args.throttle });
    return await during(p, cdp, async () => {
      await p.goto(url, { waitUntil: 'load' });
      // The banner: the deferred module and the UI have run.
      await p.waitForFunction(() => document.querySelector('tamis-banner')?.shadowRoot, null, { timeout: 30_000 });
    });
  } finally {
    await context.close();
  }
}

/** Top-level tasks on the page's main thread that run dist/ files: `{ tamis, others }` in ms. */
function tasks(events) {
  const evals = events.filter((e) => e.name == 'EvaluateScript' && /\/dist\/tamis\.js/.test(e.args?.data?.url ?? ''));
  if (evals.length != 1) throw new Error(`expected one EvaluateScript of tamis.js, found ${evals.length}`);
  const { pid, tid } = evals[0];
  const runTasks = events.filter((e) => e.name == 'RunTask' && e.ph == 'X' && e.pid == pid && e.tid == tid);
  const around = (e) => runTasks.filter((t) => t.ts <= e.ts && t.ts + t.dur >= e.ts + (e.dur ?? 0)).sort((a, b) => b.dur - a.dur)[0];
  const task = around(evals[0]);
  // Other tasks running our files: module evaluation, callbacks (FunctionCall) from dist/.
  const ours = events.filter((e) => e.pid == pid && e.tid == tid && e.ph == 'X' &&
    ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireIdleCallback'].includes(e.name) &&
    /\/dist\//.test(e.args?.data?.url ?? e.args?.data?.frame ?? ''));
  const others = new Set(ours.map(around).filter((t) => t && t !== task));
  const top = [...others].sort((a, b) => b.dur - a.dur)[0];
  if (top) console.error('longest other', (top.dur / 1000).toFixed(1), events.filter((e) => e.tid == tid && e.ph == 'X' && e.ts >= top.ts && e.ts < top.ts + top.dur && e.dur > 1000 && e !== top).map((e) => `${e.name}${e.args?.data?.url ? ' ' + e.args.data.url.replace(/.*\//, '') : ''} ${(e.dur / 1000).toFixed(1)}`).join(' | '));
  return { tamis: task.dur / 1000, cpu: task.tdur / 1000, evaluate: evals[0].dur / 1000, others: Math.max(0, ...[...others].map((t) => t.dur / 1000)) };
}

/** Self time of tamis.js by original source line, during its evaluation, summed over `profiles`. */
function summarize(profiles) {
  const map = new TraceMap(readFileSync(new URL('../dist/tamis.js.map', import.meta.url), 'utf8'));
  const byWhere = new Map();
  let total = 0;
  let all = 0;
  for (const profile of profiles) {
  const dt = profile.timeDeltas;
  // Only the samples under the top-level code of tamis.js (its evaluation), not its later callbacks.
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inEvaluation = (node) => {
    for (let n = node; n; n = parent.get(n.id)) {
      const f = n.callFrame;
      if (f.url.endsWith('/tamis.js') && !f.functionName && f.lineNumber == 0 && f.columnNumber == 0) return true;
    }
    return false;
  };
  const self = new Map();
  profile.samples.forEach((id, i) => inEvaluation(byId.get(id)) && self.set(id, (self.get(id) ?? 0) + (dt[i + 1] ?? 0)));
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    all += us;
    const f = node.callFrame;
    let where = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    if (f.url.endsWith('/tamis.js')) {
      total += us;
      const o = originalPositionFor(map, { line: f.lineNumber + 1, column: f.columnNumber });
      where = `tamis ${o.source?.replace(/^(\.\.\/)+/, '')}:${o.line} ${o.name ?? f.functionName}`;
    } else if (!f.url) where = f.functionName || '(native)';
    byWhere.set(where, (byWhere.get(where) ?? 0) + us);
  }
  }
  const n = profiles.length;
  for (const [k, v] of byWhere) byWhere.set(k, v / n);
  total /= n;
  all /= n;
  console.log(`profile of the evaluation of tamis.js (mean of ${n} loads): ${(all / 1000).toFixed(1)} ms sampled, ${(total / 1000).toFixed(1)} ms self in tamis.js (throttled ${args.throttle}×); top entries:`);
  // By source file too: the lines of one module add up.
  const byFile = new Map();
  for (const [where, us] of byWhere) {
    const file = where.startsWith('tamis ') ? where.split(' ')[1].replace(/:.*/, '') : '(browser: ' + where.split(' ')[0] + ')';
    byFile.set(file, (byFile.get(file) ?? 0) + us);
  }
  console.log('by file: ' + [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([f, us]) => `${f} ${(us / 1000).toFixed(1)}`).join(', '));
  for (const [where, us] of [...byWhere].filter(([w]) => !/^\((idle|program|garbage collector)\)$/.test(w)).sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms  ${where}`);
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms (${s[0].toFixed(1)}–${s.at(-1).toFixed(1)})`;
};

const dir = await mkdtemp(join(tmpdir(), 'tamis-startup-'));
await writeFile(join(dir, 'index.html'), page);
const server = await startServer(dir);
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
const load = loadavg()[0];
const runs = [];
const base = [];
try {
  const url = `${server.url}/index.html`;
  const trace = async (p, cdp, go) => {
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'] },
    });
    await go();
    await cdp.send('Tracing.end');
    await done;
    return tasks(events);
  };
  for (let i = 0; i < +args.runs; i++) {
    if (args.compare && i % 2) base.push(await visit(browser, url, trace, args.compare));
    runs.push(await visit(browser, url, trace));
    if (args.compare && !(i % 2)) base.push(await visit(browser, url, trace, args.compare));
  }
  const profiles = [];
  for (let i = 0; i < +args.profile; i++)
    profiles.push(await visit(browser, url, async (p, cdp, go) => {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      await go();
      return (await cdp.send('Profiler.stop')).profile;
    }));
  if (profiles.length) summarize(profiles);
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
console.log(`CPU ${args.throttle}×, ${runs.length} first visits, load average ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)} (2 cores, shared)`);
console.log(`tamis.js evaluation task: ${stats(runs.map((r) => r.tamis))}; EvaluateScript alone ${stats(runs.map((r) => r.evaluate))}`);
console.log(`the same task's thread (CPU) time: ${stats(runs.map((r) => r.cpu))}: what it costs without the other work of a loaded machine`);
console.log(`longest other task running dist/ files: ${stats(runs.map((r) => r.others))}`);
if (args.compare) {
  console.log(`${args.compare}: task ${stats(base.map((r) => r.tamis))}; thread time ${stats(base.map((r) => r.cpu))}`);
  const ratios = (key) => stats(runs.map((r, i) => r[key] / base[i][key])).replace(/ ms/g, '');
  console.log(`paired ratio dist/tamis.js / ${args.compare}: task ${ratios('tamis')}; thread time ${ratios('cpu')}`);
}
