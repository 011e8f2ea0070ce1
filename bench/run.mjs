// `npm run bench`: tamis next to the peer consent libraries in Chromium, reported as ratios.
// Usage: node bench/run.mjs [--quick] [--runs N] [--only id,id]   measure, write, print
//        [--throttled-runs N] [--lighthouse-runs N]   4× CPU passes and Lighthouse runs (0: skip)
//        node bench/run.mjs --report                            rewrite results.md from results.json
//        add --readme to either to quote the table in README.md (bench section)
// Writes bench/results.md and bench/results.json and prints the tables. See bench/results.md for
// what each number means.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from '../scripts/chromium-path.mjs';
import { startServer } from '../test/e2e/browser.mjs';
import { libraries as allLibraries } from './libraries/index.mjs';
import { writePages, pagesDir } from './pages.mjs';
import { measureVisit, measureBytes } from './measure.mjs';
import { summary, summaries } from './stats.mjs';
import { markdown, tables, lighthouseGaps } from './report.mjs';
import { updateReadme } from './readme.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { bannerPattern } from './banner-pattern.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'throttled-runs': { type: 'string' },
    'lighthouse-runs': { type: 'string' },
    only: { type: 'string' },
    report: { type: 'boolean', default: false },
    readme: { type: 'boolean', default: false },
  },
});

const quick = args.quick;
const settings = {
  runs: Number(args.runs ?? (quick ? 2 : 15)),
  throttledRuns: Number(args['throttled-runs'] ?? (quick ? 1 : 5)),
  lighthouseRuns: Number(args['lighthouse-runs'] ?? (quick ? 1 : 3)),
  // Lighthouse's mobile screen (Moto G Power), for the 4× CPU pass.
  mobileViewport: { width: 412, height: 823 },
  verbatimRuns: quick ? 1 : 3,
  settle: 500,
  verbatimSettle: 1500,
  deadline: 6000,
  acceptTimeout: 6000,
  quiet: 250,
};
// --only keeps tamis and the reference; --quick drops the extra tamis set-up.
const libraries = args.only
  ? allLibraries.filter((l) => ['tamis', 'none', ...args.only.split(',')].includes(l.id))
  : allLibraries.filter((l) => !(quick && l.extra));

const log = (...a) => console.error(...a);

/** Says how far timings can be trusted, from the 1-minute load average around the run. */
function noiseNote(start, end, cpuCount) {
  const load = `1-minute load average ${start.toFixed(1)} at the start, ${end.toFixed(1)} at the end, on ${cpuCount} CPU(s)`;
  return Math.max(start, end) > cpuCount
    ? `${load}: other work shared the CPU, so timings are inflated and noisy (bytes and vendor counts are not). Re-run on an idle machine before quoting times.`
    : `${load}. Timings still vary between machines: compare ratios, not absolute times.`;
}

/** Runs every pass and returns the results object written to results.json. */
export async function collect() {
  const started = Date.now();
  const loadAtStart = loadavg()[0];
  const seconds = () => Math.round((Date.now() - started) / 1000);
  const paths = writePages(libraries);
  const server = await startServer(pagesDir);
  // CookieConsent (orestbida) hides its banner when navigator.webdriver is true: hide automation,
  // as a real visitor's browser would.
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs, '--disable-blink-features=AutomationControlled'],
  });
  const url = (lib, variant) => `${server.url}${paths[lib.id][variant]}`;
  const perLib = Object.fromEntries(libraries.map((l) => [l.id, { runs: [], throttled: [], verbatim: [], bytes: null, problems: [] }]));
  let lighthouse = {};
  try {
    // 1. Bytes: one visit pair per library, apart from the timed runs (reading bodies costs time).
    for (const lib of libraries.filter((l) => !l.reference && !l.extra)) {
      log(`bytes: ${lib.id} (${seconds()} s)`);
      perLib[lib.id].bytes = await measureBytes(browser, url(lib, 'docs'), lib, settings);
    }
    // 2–5 on the page each library's docs ask for, alternating libraries within every run.
    for (let run = 0; run < settings.runs; run++) {
      const order = libraries.map((_, i) => libraries[(i + run) % libraries.length]);
      log(`run ${run + 1}/${settings.runs} (${seconds()} s): ${order.map((l) => l.id).join(', ')}`);
      for (const lib of order) perLib[lib.id].runs.push(await measureVisit(browser, url(lib, lib.timedPage ?? 'docs'), lib, settings));
    }
    // 6. First visit again with the CPU slowed down 4× and a phone's screen (Lighthouse's mobile
    // profile): longest task, banner timing, LCP element. Alternating, as above.
    const mobile = libraries.filter((l) => !l.extra);
    for (let run = 0; run < settings.throttledRuns; run++) {
      const order = mobile.map((_, i) => mobile[(i + run) % mobile.length]);
      log(`4× CPU run ${run + 1}/${settings.throttledRuns} (${seconds()} s)`);
      const options = { ...settings, accept: false, throttle: 4, viewport: settings.mobileViewport };
      for (const lib of order) perLib[lib.id].throttled.push(await measureVisit(browser, url(lib, 'docs'), lib, options));
    }
    // 4 on the verbatim page: counts, not timings, so all libraries at once.
    for (let run = 0; run < settings.verbatimRuns; run++) {
      log(`verbatim page ${run + 1}/${settings.verbatimRuns} (${seconds()} s)`);
      const options = { ...settings, settle: settings.verbatimSettle, accept: false, banner: false };
      const pages = libraries.filter((l) => !l.extra);
      const visits = await Promise.all(pages.map((lib) => measureVisit(browser, url(lib, 'verbatim'), lib, options)));
      pages.forEach((lib, i) => perLib[lib.id].verbatim.push(visits[i]));
    }
    // 6. Lighthouse (its own Chromium, one audit at a time): the Playwright browser goes first.
    if (settings.lighthouseRuns > 0) {
      await browser.close();
      lighthouse = await runLighthouse(mobile, (lib) => url(lib, 'docs'), settings.lighthouseRuns, log);
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  const activity = (visits) => ({
    scripts: summary(visits.map((v) => v.before.scripts.length)),
    cookies: summary(visits.map((v) => v.before.cookies.length)),
    requests: summary(visits.map((v) => v.before.requests)),
    last: visits.at(-1)?.before,
  });
  return {
    generatedAt: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    runs: settings.runs,
    throttledRuns: settings.throttledRuns,
    lighthouseRuns: settings.lighthouseRuns,
    lighthouseVersion: Object.values(lighthouse).flat().find((r) => r.lighthouseVersion)?.lighthouseVersion ?? null,
    mobileViewport: settings.mobileViewport,
    settle: settings.settle,
    quiet: settings.quiet,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    browser: `Chromium ${browser.version()} (headless)`,
    machine: `${cpus().length} CPU(s), ${cpus()[0]?.model ?? 'unknown'}, Node ${process.version}`,
    load: { cpus: cpus().length, start: loadAtStart, end: loadavg()[0] },
    noise: noiseNote(loadAtStart, loadavg()[0], cpus().length),
    fakes: 'test/e2e/fake-vendors.mjs',
    libraries: libraries.map((lib) => {
      const data = perLib[lib.id];
      const runs = data.runs;
      const problems = [];
      if (!lib.reference && runs.every((r) => r.clickableAt === null))
        problems.push(`its banner never became clickable within ${settings.deadline} ms: timing is n/a`);
      const accepts = runs.map((r) => r.afterAccept).filter(Boolean);
      const missing = [...new Set(accepts.flatMap((a) => a.missing ?? []))];
      if (missing.length) problems.push(`after Accept all, never ran within ${settings.acceptTimeout} ms: ${missing.join(', ')}`);
      const early = [...new Set(accepts.flatMap((a) => a.ranBefore ?? []))];
      const again = early.filter((id) => accepts.every((a) => a.ran?.includes(id)));
      const once = early.filter((id) => !again.includes(id));
      if (!lib.reference && once.length) problems.push(`ran before any decision, so not timed after Accept all: ${once.join(', ')}`);
      if (!lib.reference && again.length) problems.push(`ran before any decision and again after Accept all (timed): ${again.join(', ')}`);
      const lhRuns = (lighthouse[lib.id] ?? []).filter((r) => !r.error);
      const lhErrors = (lighthouse[lib.id] ?? []).filter((r) => r.error).map((r) => r.error);
      if (lhErrors.length) problems.push(`Lighthouse failed in ${lhErrors.length} run(s): ${[...new Set(lhErrors)].join('; ')}`);
      const isBanner = (path) => !!path && !lib.reference && !!bannerPattern(lib.id)?.test(path);
      const throttled = data.throttled;
      // Lighthouse names its LCP element by selector, DOM path and HTML snippet: test them all.
      const named = lhRuns.filter((r) => r.lcpElement);
      const describeLh = (el) => [el.selector, el.path, el.snippet].filter(Boolean).join(' ').toLowerCase();
      return {
        id: lib.id,
        name: lib.name,
        version: lib.version,
        reference: !!lib.reference,
        extra: !!lib.extra,
        timedPage: lib.timedPage ?? 'docs',
        docsNote: lib.docsNote,
        problems,
        bytes: data.bytes,
        timing: {
          ...summaries(runs, { visibleMs: 'visibleAt', clickableMs: 'clickableAt', longTaskMs: 'longTaskMs', blockingMs: 'blockingMs', cls: 'cls' }),
          acceptMs: summary(accepts.map((a) => (a.missing?.length ? null : a.ms))),
        },
        // Per run, when each vendor first ran after Accept all (ms since the click).
        acceptAt: accepts.filter((a) => a.at && !a.missing?.length).map((a) => a.at),
        throttled: throttled.length
          ? {
              runs: throttled.length,
              ...summaries(throttled, { clickableMs: 'clickableAt', longTaskMs: 'longTaskMs', longestTaskMs: 'longestTaskMs', libScriptMs: 'libScriptMs' }),
              libScripts: throttled.map((r) => r.libScript),
              blockingMs: summary(throttled.map((r) => r.blockingMs)),
              // Share of runs where the page's LCP element (phone screen, 4× CPU) was the banner.
              bannerLcp: lib.reference ? null : throttled.filter((r) => isBanner(r.lcp?.path)).length / throttled.length,
              lcpElement: throttled.at(-1)?.lcp?.path ?? null,
            }
          : undefined,
        lighthouse: lhRuns.length
          ? {
              runs: lhRuns.length,
              ...summaries(lhRuns, { tbt: 'tbt', lcp: 'lcp', fcp: 'fcp', cls: 'cls', unusedJs: 'unusedJs', libLongestTaskMs: 'libLongestTaskMs' }),
              // Lighthouse's own LCP element, where its audit could name one.
              bannerLcp: lib.reference || !named.length ? null : named.filter((r) => isBanner(describeLh(r.lcpElement))).length / named.length,
              lcpElement: lhRuns.at(-1)?.lcpElement ?? null,
              lcpElementError: lhRuns.at(-1)?.lcpElementError ?? null,
              longTasks: lhRuns.at(-1)?.longTasks ?? [],
            }
          : undefined,
        beforeDecision: lib.extra ? undefined : { docs: activity(runs), verbatim: activity(data.verbatim) },
        runs,
        verbatimRuns: data.verbatim,
      };
    }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = (name) => fileURLToPath(new URL(name, import.meta.url));
  const results = args.report ? JSON.parse(readFileSync(here('results.json'), 'utf8')) : await collect();
  if (!args.report) writeFileSync(here('results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(here('results.md'), markdown(results));
  const t = tables(results);
  if (args.readme)
    updateReadme(
      t.glance,
      `Measured ${results.generatedAt.slice(0, 10)}, ${results.runs} runs per library (${results.mode} mode), ${results.browser}, ${results.machine}. ${results.noise}`,
    );
  if (args.readme)
    updateReadme(
      t.mobile,
      `Measured ${results.generatedAt.slice(0, 10)}: Lighthouse ${results.lighthouseVersion ?? '(not run)'} (mobile profile), ${results.lighthouseRuns} run(s) per library; ${results.throttledRuns} Playwright run(s) per library at 4× CPU on a phone-sized screen. ${results.noise} What each column means: [bench/results.md](bench/results.md), section 6.`,
      'mobile',
    );
  console.log(`\n${t.glance}\n\n${t.bytes}\n\n${t.timing}\n\nMobile (Lighthouse, CPU 4×):\n${t.mobile}\n\nBefore any decision (docs page):\n${t.docs}\n\nBefore any decision (verbatim page):\n${t.verbatim}\n`);
  console.log(
    args.report
      ? 'bench: rewrote bench/results.md from bench/results.json'
      : `bench: ${results.mode} run in ${results.durationSeconds} s; wrote bench/results.md and bench/results.json`,
  );
  // The bench fails when Lighthouse (asked for) could not produce its numbers for a library.
  const missing = lighthouseGaps(results);
  if (missing.length) {
    console.error(`bench: Lighthouse produced no numbers for: ${missing.join('; ')}`);
    process.exitCode = 1;
  }
}
