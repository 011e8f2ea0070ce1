// `node bench/banner-timeline.mjs [--runs N] [--only tamis,orejime]`: where a first visit's time goes
// until the banner can be clicked, and from the click on "Accept all" to the last vendor running
// (issue #13). The same pages, fakes and probe as the bench (bench/run.mjs, probe.mjs); each visit
// is traced (Chromium's `devtools.timeline`), and the median over runs of each milestone is printed
// in ms since navigation start: resources (request sent → last byte), script evaluation (classic
// `EvaluateScript`, module `v8.evaluateModule`), timers fired by dist/ files, `customElements.define`,
// the banner's first content, the probe's visible/clickable; then, after the click, the record
// written, `tamis:change`, `tamis:released` and each vendor's script requested/received/run.
// Reads bench/ pages only; writes nothing but .tmp/bench/. Run `npm run build` first.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from '../scripts/chromium-path.mjs';
import { startServer } from '../test/e2e/browser.mjs';
import { installFakeVendors } from '../test/e2e/fake-vendors.mjs';
import { libraries as all } from './libraries/index.mjs';
import { pagesDir, writePages } from './pages.mjs';
import { probe } from './probe.mjs';
import { expectedRuns } from './measure.mjs';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' }, only: { type: 'string', default: 'tamis,orejime,vanilla-cookieconsent' }, tasks: { type: 'boolean' } } });
const libraries = args.only.split(',').map((id) => all.find((l) => l.id == id) ?? raise(`no library ${id}`));
function raise(message) {
  throw new Error(message);
}

/** In the page, before anything: timestamps of what the trace does not name. */
function marks() {
  if (window.top !== window) return;
  const at = (window.__marks = []);
  const mark = (what) => at.push({ what, t: performance.now() });
  document.addEventListener('DOMContentLoaded', () => mark('DOMContentLoaded'));
  const define = customElements.define;
  customElements.define = function (name, ...rest) {
    mark(`define <${name}>`);
    return define.call(this, name, ...rest);
  };
  // The banner's shadow root getting its first content (tamis's light elements draw with replaceChildren).
  const replace = ShadowRoot.prototype.replaceChildren;
  ShadowRoot.prototype.replaceChildren = function (...nodes) {
    mark(`draw <${this.host.localName}>`);
    return replace.apply(this, nodes);
  };
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.localName?.startsWith('tamis-')) mark(`insert <${n.localName}>`);
  }).observe(document, { childList: true, subtree: true });
  for (const name of ['tamis:change', 'tamis:released']) document.addEventListener(name, () => mark(name));
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() {
      return cookie.get.call(this);
    },
    set(value) {
      mark(`cookie ${String(value).split('=')[0]}`);
      cookie.set.call(this, value);
    },
  });
}

const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};

/** One traced first visit with a click on Accept all; returns `{ name: ms }` milestones. */
async function visit(browser, url, lib) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  await installFakeVendors(context);
  await context.addInitScript(probe, { ...(lib.accept ?? {}), deadline: 6000, frames: [{ host: '(^|\\.)youtube(-nocookie)?\\.com$', id: 'youtube' }] });
  await context.addInitScript(marks);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink.user_timing,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.clickableAt !== null, null, { timeout: 10_000, polling: 50 });
    await page.waitForTimeout(300);
    const clicked = await page.evaluate(() => window.__bench.clickAccept());
    await page.waitForFunction((expected) => expected.every((id) => window.__bench.ran.some((r) => r.id == id)), expectedRuns, { timeout: 10_000, polling: 50 });
    await page.waitForTimeout(300);
    const inPage = await page.evaluate(() => ({
      nav: performance.getEntriesByType('navigation')[0].toJSON(),
      res: performance.getEntriesByType('resource').map((r) => ({ name: r.name, start: r.startTime, end: r.responseEnd })),
      marks: window.__marks,
      ran: window.__bench.ran,
      visibleAt: window.__bench.visibleAt,
      clickableAt: window.__bench.clickableAt,
    }));
    await cdp.send('Tracing.end');
    await done;
    return milestones(inPage, events, clicked, lib);
  } finally {
    await context.close();
  }
}

/** Names each milestone; later times after the click are relative to the click (`+`). */
function milestones({ nav, res, marks, ran, visibleAt, clickableAt }, events, clicked, lib) {
  const out = {};
  const put = (name, t) => (out[name] ??= Math.round(t * 10) / 10);
  put('page: first byte', nav.responseStart);
  put('page: last byte', nav.responseEnd);
  put('DOMContentLoaded', nav.domContentLoadedEventStart);
  const path = (u) => {
    try {
      const { pathname, hostname } = new URL(u);
      return hostname == '127.0.0.1' ? pathname.replace(/(\/chunks\/.*)-[\w-]{8}\.js$/, '$1.js') : hostname + pathname;
    } catch {
      return u;
    }
  };
  const own = (u) => (lib.assets ?? []).some((a) => path(u).startsWith(a)) || /^\/(node_modules|vendor|lib)\//.test(path(u));
  for (const r of res) {
    const p = path(r.name);
    const after = r.start >= clicked;
    if (!after && !own(r.name)) continue;
    const [mark, from] = after ? ['+ ', clicked] : ['', 0];
    put(`${mark}${p} requested`, r.start - from);
    put(`${mark}${p} received`, r.end - from);
  }
  // Trace: evaluation of our files, timers they fired. Trace ts are µs on the browser's clock:
  // navigation start is the `navigationStart` mark of the main frame.
  const navStart = events.find((e) => e.name == 'navigationStart' && /^http/.test(e.args?.data?.documentLoaderURL ?? ''))?.ts;
  if (navStart != null)
    for (const e of events) {
      const url = e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
      if (!url || !own(url)) continue;
      const t = (e.ts - navStart) / 1000;
      const d = (e.dur ?? 0) / 1000;
      const p = path(url);
      if (e.name == 'EvaluateScript' || e.name == 'v8.evaluateModule') {
        put(`${p} evaluation starts`, t);
        put(`${p} evaluation ends`, t + d);
      } else if (e.name == 'v8.compileModule') put(`${p} compiled`, t);
    }
  // --tasks: the main thread's tasks of this visit until clickable (what ran, how long).
  if (args.tasks && navStart != null) {
    const main = events.find((e) => e.name == 'ParseHTML' && e.ts > navStart)?.tid;
    const inside = (task) => events.filter((e) => e.tid == main && e.ph == 'X' && e.ts >= task.ts && e.ts < task.ts + task.dur && e !== task && ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'ParseHTML', 'EventDispatch', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'Paint', 'FireAnimationFrame'].includes(e.name));
    for (const task of events.filter((e) => e.tid == main && (e.name == 'RunTask' || e.name == 'ThreadControllerImpl::RunTask') && e.dur > 1000)) {
      const t = (task.ts - navStart) / 1000;
      if (t < 0 || t > clickableAt + 20) continue;
      const what = inside(task).map((e) => `${e.name}${e.args?.data?.url ? ' ' + path(e.args.data.url) : ''}${e.args?.data?.type ? ' ' + e.args.data.type : ''} ${(e.dur / 1000).toFixed(1)}`);
      console.log(`task ${t.toFixed(1)} +${(task.dur / 1000).toFixed(1)} ms: ${[...new Set(what)].slice(0, 8).join(' | ')}`);
    }
    console.log('');
  }
  for (const m of marks) put(m.t < clicked ? m.what : `+ ${m.what}`, m.t < clicked ? m.t : m.t - clicked);
  put('probe: visible', visibleAt);
  put('probe: clickable', clickableAt);
  for (const r of ran) if (r.t >= clicked) put(`+ ran ${r.id}`, r.t - clicked);
  put('+ last vendor ran', Math.max(...ran.filter((r) => r.t >= clicked).map((r) => r.t - clicked)));
  return out;
}

const paths = writePages(libraries);
const server = await startServer(pagesDir);
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...chromiumArgs, '--disable-blink-features=AutomationControlled'] });
const load = [loadavg()[0]];
try {
  const per = Object.fromEntries(libraries.map((l) => [l.id, []]));
  for (let run = 0; run < +args.runs; run++)
    for (const lib of libraries.map((_, i) => libraries[(i + run) % libraries.length])) per[lib.id].push(await visit(browser, `${server.url}${paths[lib.id][lib.timedPage ?? 'docs']}`, lib));
  load.push(loadavg()[0]);
  for (const [id, runs] of Object.entries(per)) {
    const names = [...new Set(runs.flatMap(Object.keys))];
    const rows = names.map((n) => [n, median(runs.map((r) => r[n]))]);
    const before = rows.filter(([n]) => !n.startsWith('+')).sort((a, b) => a[1] - b[1]);
    const after = rows.filter(([n]) => n.startsWith('+')).sort((a, b) => a[1] - b[1]);
    console.log(`\n${id} (median of ${runs.length}, ms since navigation start; + rows: since the click)`);
    for (const [n, t] of [...before, ...after]) console.log(`${String(t).padStart(8)}  ${n}`);
  }
  console.log(`\n1-minute load average ${load.map((l) => l.toFixed(1)).join(' → ')}`);
} finally {
  await browser.close();
  await server.close();
}
