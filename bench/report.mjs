// Turns bench results into bench/results.md (tables with peer/tamis ratios and what each metric
// means) and bench/results.json (every number, every run).

const kb = (bytes) => (bytes == null ? 'n/a' : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${bytes} B`);
const ms = (v) => (v == null ? 'n/a' : `${Math.round(v)} ms`);
const num = (v, digits = 0) => (v == null ? 'n/a' : Number(v).toFixed(digits));

/** peer / tamis, as "×2.4"; n/a when either side is missing, "—" when tamis is 0. */
export function ratio(peer, tamis) {
  if (peer == null || tamis == null) return 'n/a';
  if (tamis === 0) return peer === 0 ? '×1' : '—';
  const r = peer / tamis;
  return `×${r >= 10 ? r.toFixed(0) : r.toFixed(1)}`;
}

const range = (s, fmt) =>
  s?.median == null
    ? 'n/a'
    : `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})${s.n < s.of ? ` [${s.n} of ${s.of} runs]` : ''}`;

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/**
 * The tables of results.md (also printed and quoted in the README).
 * @param {ReturnType<typeof import('./run.mjs').collect> extends Promise<infer R> ? R : never} results
 */
export function tables(results) {
  const libs = results.libraries;
  const tamis = libs.find((l) => l.id === 'tamis');
  const label = (l) => (l.reference || l.extra ? `*${l.name}*` : `${l.name} ${l.version}`);
  const peersAndTamis = libs.filter((l) => !l.reference && !l.extra);
  const noRatio = (l) => l.reference || l.extra || l.id === 'tamis';
  const t = (l, key) => l.timing?.[key];

  const glance = table(
    ['library', 'JS+CSS first visit (gzip)', 'return visit', 'banner clickable', 'long tasks', 'Accept all → vendors ran', 'vendor scripts run before a decision (docs page / verbatim page)'],
    peersAndTamis.map((l) => {
      const self = l.id === 'tamis';
      const r = (a, b) => (self ? '1' : ratio(a, b));
      const m = (lib, key) => t(lib, key)?.median;
      const before = (variant) => l.beforeDecision?.[variant]?.scripts.median;
      return [
        label(l),
        `${kb(l.bytes?.first.gzip)} (${r(l.bytes?.first.gzip, tamis?.bytes?.first.gzip)})`,
        `${kb(l.bytes?.return.gzip)} (${r(l.bytes?.return.gzip, tamis?.bytes?.return.gzip)})`,
        `${ms(m(l, 'clickableMs'))} (${r(m(l, 'clickableMs'), m(tamis, 'clickableMs'))})`,
        `${ms(m(l, 'longTaskMs'))} (${r(m(l, 'longTaskMs'), m(tamis, 'longTaskMs'))})`,
        `${ms(m(l, 'acceptMs'))} (${r(m(l, 'acceptMs'), m(tamis, 'acceptMs'))})`,
        `${num(before('docs'))} / ${num(before('verbatim'))} of 6`,
      ];
    }),
  );
  const bytes = table(
    ['library', 'first visit raw', 'gzip', 'brotli', 'gzip ratio', 'return visit gzip', 'return ratio'],
    peersAndTamis.map((l) => [
      label(l),
      kb(l.bytes?.first.raw),
      kb(l.bytes?.first.gzip),
      kb(l.bytes?.first.brotli),
      l.id === 'tamis' ? '1' : ratio(l.bytes?.first.gzip, tamis?.bytes?.first.gzip),
      kb(l.bytes?.return.gzip),
      l.id === 'tamis' ? '1' : ratio(l.bytes?.return.gzip, tamis?.bytes?.return.gzip),
    ]),
  );
  const timing = table(
    ['library', 'banner visible', 'ratio', 'buttons clickable', 'ratio', 'long tasks (sum)', 'ratio', 'CLS', 'Accept all → last vendor ran', 'ratio'],
    libs.map((l) => [
      label(l),
      range(t(l, 'visibleMs'), ms),
      noRatio(l) ? '' : ratio(t(l, 'visibleMs')?.median, t(tamis, 'visibleMs')?.median),
      range(t(l, 'clickableMs'), ms),
      noRatio(l) ? '' : ratio(t(l, 'clickableMs')?.median, t(tamis, 'clickableMs')?.median),
      range(t(l, 'longTaskMs'), ms),
      noRatio(l) ? '' : ratio(t(l, 'longTaskMs')?.median, t(tamis, 'longTaskMs')?.median),
      range(t(l, 'cls'), (v) => num(v, 3)),
      range(t(l, 'acceptMs'), ms),
      noRatio(l) ? '' : ratio(t(l, 'acceptMs')?.median, t(tamis, 'acceptMs')?.median),
    ]),
  );
  // Accept all on the same vendors: a library that let a vendor run before any decision (or never
  // held it) has nothing left to run for it, so its "last vendor" is not tamis's. Here, for each
  // peer, the vendors that both it and tamis ran after the click in every run, and when the last of
  // them ran, for each.
  const held = (l) => {
    const runs = l?.acceptAt ?? [];
    return runs.length ? Object.keys(runs[0]).filter((id) => runs.every((at) => id in at)) : [];
  };
  const lastOf = (l, ids) => {
    const times = (l?.acceptAt ?? []).map((at) => Math.max(...ids.map((id) => at[id]))).sort((a, b) => a - b);
    return ids.length && times.length ? times[Math.floor(times.length / 2)] : null;
  };
  const sameVendors = table(
    ['library', 'vendors both it and tamis held', 'Accept all → the last of them ran', 'tamis, the same vendors', 'ratio'],
    libs.filter((l) => !noRatio(l)).map((l) => {
      const ids = held(l).filter((id) => held(tamis).includes(id)).sort();
      const [peer, self] = [lastOf(l, ids), lastOf(tamis, ids)];
      return [label(l), ids.join(', ') || 'none', ms(peer), ms(self), ratio(peer, self)];
    }),
  );
  const describe = (before) => [before.scripts, before.cookies, before.hosts].map((list) => list.join(', ') || '—').join('; ');
  const activity = (variant) => {
    const reference = libs.find((l) => l.reference)?.beforeDecision?.[variant]?.last;
    return table(
      ['library', 'vendor scripts run', 'vendor cookies', 'requests to vendor hosts', 'scripts; cookies; hosts (last run)'],
      libs.filter((l) => !l.extra).map((l) => {
        const a = l.beforeDecision?.[variant];
        if (!a?.last) return [label(l), 'n/a', 'n/a', 'n/a', ''];
        const same = !l.reference && reference && describe(a.last) === describe(reference);
        return [
          label(l),
          `${num(a.scripts.median)} / 6`,
          num(a.cookies.median),
          num(a.requests.median),
          same ? 'the same as with no library' : describe(a.last),
        ];
      }),
    );
  };
  return { glance, bytes, timing, sameVendors, mobile: mobileTable(results, label, noRatio), docs: activity('docs'), verbatim: activity('verbatim') };
}

const share = (v) => (v == null ? 'n/a' : `${Math.round(v * 100)} %`);

/** Lighthouse (mobile profile) and the 4× CPU passes, one row per library, ratios peer / tamis. */
function mobileTable(results, label, noRatio) {
  const libs = results.libraries.filter((l) => !l.extra);
  const tamis = libs.find((l) => l.id === 'tamis');
  const lh = (l, key) => l?.lighthouse?.[key]?.median;
  const cpu = (l, key) => l?.throttled?.[key]?.median;
  const r = (l, a, b) => (noRatio(l) ? '' : ratio(a, b));
  return table(
    [
      'library',
      'TBT',
      'ratio',
      'LCP',
      'ratio',
      'banner is the LCP element (Lighthouse / 4× runs)',
      'CLS',
      'unused JS of the library',
      'ratio',
      'longest task of its files (Lighthouse)',
      'longest task, CPU 4×',
      'ratio',
      'longest script of its files, CPU 4×',
      'long tasks (sum), CPU 4×',
      'banner clickable, CPU 4×',
    ],
    libs.map((l) => [
      label(l),
      ms(lh(l, 'tbt')),
      r(l, lh(l, 'tbt'), lh(tamis, 'tbt')),
      ms(lh(l, 'lcp')),
      r(l, lh(l, 'lcp'), lh(tamis, 'lcp')),
      l.reference ? '' : `${share(l.lighthouse?.bannerLcp)} / ${share(l.throttled?.bannerLcp)}`,
      num(lh(l, 'cls'), 3),
      l.reference ? '' : kb(lh(l, 'unusedJs')),
      r(l, lh(l, 'unusedJs'), lh(tamis, 'unusedJs')),
      l.reference ? '' : ms(lh(l, 'libLongestTaskMs')),
      ms(cpu(l, 'longestTaskMs')),
      r(l, cpu(l, 'longestTaskMs'), cpu(tamis, 'longestTaskMs')),
      l.reference ? '' : ms(cpu(l, 'libScriptMs')),
      ms(cpu(l, 'longTaskMs')),
      l.reference ? '' : ms(cpu(l, 'clickableMs')),
    ]),
  );
}

/** tamis's longest own script in each 4× run: file, invoker, function (where the time goes). */
function longestScripts(results) {
  const runs = results.libraries.find((l) => l.id === 'tamis')?.throttled?.libScripts ?? [];
  if (!runs.length) return '';
  // A classic script's own evaluation has its URL as invoker.
  const how = (s) => (s.invoker?.endsWith(s.url) ? 'evaluating the script' : s.invoker || 'n/a');
  const line = (s) => (s ? `${Math.round(s.duration)} ms in \`${s.url}\` (${how(s)}${s.fn ? `, function \`${s.fn}\`` : ''})` : 'none');
  return `tamis's longest own script inside a long animation frame, per 4× run: ${runs.map(line).join('; ')}.`;
}

/** What the mobile table's columns mean (results.md, and README under the table). */
export function mobileNote(results) {
  return `Lighthouse ${results.lighthouseVersion ?? '(not run)'}, ${results.lighthouseRuns ?? 0} run(s) per library, its default
mobile profile (simulated 4× CPU slowdown and slow 4G, Moto G Power screen), performance category,
medians, on the docs page, in its own headless Chromium where vendor hosts fail at once (the fakes
live in the Playwright passes), the same for every library. TBT, LCP and CLS are Lighthouse's
(simulated). "Unused JS of the library": Lighthouse's unused-javascript estimate (transfer bytes,
uncompressed server) for the library's own files, every file counted (its default lists only files
wasting 20 KiB or more). "Banner is the LCP element": share of runs whose LCP element is inside the
library's banner (bench/banner-pattern.mjs), as Lighthouse names it ("n/a" when its audit named no
element; Lighthouse 12.2.3's LCP-element audit fails on recent Chromium, see results.json's
\`lcpElementError\`) / in the 4× runs, the last LCP candidate DevTools reports (\`PerformanceTimeline\`, which names nodes
inside shadow roots, where the page's own entries give none).
"Longest task of its files (Lighthouse)": the longest main-thread task (simulated 4×) that
Lighthouse's long-tasks audit attributes to one of the library's files (0 ms: none over 50 ms). "CPU 4×":
${results.throttledRuns ?? 0} Playwright run(s) per library on a ${results.mobileViewport?.width ?? 412}×${results.mobileViewport?.height ?? 823} screen with DevTools'
\`Emulation.setCPUThrottlingRate\` at 4, set before navigation; long tasks (over 50 ms, the Long
Tasks API, which attributes to the page, not to a script: compare with *no library*) from
navigation start until the banner has been clickable for ${results.settle} ms; medians. "Longest
script of its files": the longest script run from the library's own files inside a long animation
frame (Long Animation Frames API, which names the script; the frame's own style and layout after it
are not counted). tamis's goal: no task over 50 ms caused by tamis on a first visit, also at 4×.`;
}

/**
 * Libraries for which Lighthouse was asked but TBT, LCP, CLS or unused JS is missing.
 * @returns {string[]} one "id (what)" per gap
 */
export function lighthouseGaps(results) {
  if (!results.lighthouseRuns) return [];
  return results.libraries
    .filter((l) => !l.extra)
    .flatMap((l) => {
      const absent = ['tbt', 'lcp', 'cls', ...(l.reference ? [] : ['unusedJs'])].filter((k) => l.lighthouse?.[k]?.median == null);
      return absent.length ? [`${l.id} (${absent.join(', ')}${l.problems?.length ? `: ${l.problems.join('; ')}` : ''})`] : [];
    });
}

/** The Markdown file. */
export function markdown(results) {
  const tb = tables(results);
  const libs = results.libraries;
  const notes = libs
    .filter((l) => l.docsNote || l.problems?.length)
    .map((l) => `- **${l.name}**: ${[l.docsNote, ...(l.problems ?? [])].filter(Boolean).map((n) => n.replace(/\.$/, '')).join('; ')}.`)
    .join('\n');
  return `# tamis benchmark results

Generated ${results.generatedAt} by \`npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}\`:
${results.runs} alternating run(s) per library in ${results.browser}, ${results.machine}.
Vendor responses are local fakes (${results.fakes}); nothing leaves the machine.
${results.noise}

Ratios are peer / tamis on medians: ×3 means the peer needs three times what tamis needs;
"—" means tamis measured 0 there, "n/a" that a value could not be measured (see the notes).

## At a glance (medians, ratio peer/tamis in brackets)
${tb.glance}

The detailed tables below give medians with min–max in brackets.

## 1. Bytes of JS + CSS the library makes the browser fetch
${tb.bytes}

First visit: no decision yet, banner shown. Return visit: the next page view after "Accept all".
Sizes are computed from the response bodies (gzip -9, brotli 11), whatever the server sent; inline
configuration in the page is not counted (a few hundred bytes for every library).

## 2, 3, 5. Banner timing, main-thread cost, Accept all
${tb.timing}

Accept all, on the same vendors (those both the peer and tamis held, that is ran only after the
click, in every run; medians over runs of the last of them):

${tb.sameVendors}

## 6. Mobile: Lighthouse and a 4× slower CPU (first visit)
${tb.mobile}

${mobileNote(results)}

${longestScripts(results)}

## 4. Before any decision: what the vendors got to do
Page with the snippets written as each library's documentation says:

${tb.docs}

Page with the vendors' snippets pasted verbatim:

${tb.verbatim}

Cookie Consent (Osano) blocks nothing by itself, so on the verbatim page every vendor runs; on its
docs page the site's own callback code holds the snippets back. Requests with no vendor script run
(tamis on the verbatim page) are the browser's preload scanner fetching \`<script src>\` tags written
in the HTML before any script can act: the code is fetched but never runs (see the README section
"Blocking"); the declarative form of the docs page avoids them.

## How each library was set up
Every library is served from its own \`node_modules\` files at the pinned version, configured per
its own README/docs for the same site: purposes analytics, advertising and social; vendors GA4,
Google Ads, HubSpot, LinkedIn Insight, Meta Pixel and a YouTube embed; English texts.
The browser hides \`navigator.webdriver\` (\`--disable-blink-features=AutomationControlled\`) because
CookieConsent (orestbida) hides its banner from automated browsers by default.

${notes}

## What the numbers mean, and their limits
- **Banner visible**: first animation frame (checked in \`requestAnimationFrame\`, so ~16 ms
  resolution) where the "Accept all" control has a box in the viewport, is not \`visibility:hidden\`
  and no ancestor has \`display:none\` or opacity 0. **Clickable**: same frame test plus a hit test at
  its centre (through open shadow roots) that lands on the control itself: nothing covers it and it
  is not disabled. Both in ms since navigation start, measured in the page (\`performance.now()\`).
  The two differ only when the control is drawn before it can be hit (covered, or
  \`pointer-events: none\` during an entrance animation). "Clickable" cannot see whether the
  library's click handler is attached yet; the Accept-all timing below would show a late one.
- **Long tasks**: sum of the durations of \`longtask\` entries (tasks over 50 ms) from navigation
  start until the banner has been clickable for ${results.settle} ms. The Long Tasks API attributes a
  task to a frame, not to a script, so this is the whole page's main-thread cost; before a decision the
  vendor fakes are tiny (or blocked), so the difference to the *no library* row is the library's
  cost. Single runs on a shared CPU vary a lot; compare medians.
- **CLS**: sum of \`layout-shift\` values (without recent input) in the same window. A banner that
  overlays the page shifts nothing; one that pushes content does.
- **Accept all → vendors ran**: the accept control is clicked from inside the page (no driver
  latency), ${results.settle} ms after it became clickable; the time is from that click to the last
  vendor script starting (each fake pushes its id to \`window.__tamisFakeRan\`; for the YouTube
  player, whose frame cannot reach the page, the end of its frame document's load in Resource
  Timing), waiting until every vendor that had not run yet has run and then ${results.quiet} ms
  pass with no new vendor script (so scripts a library runs again after consent count too).
  Vendors that already ran before the decision are not timed (see the notes): a library that let
  the YouTube frame load before any decision has no frame left to load after it. The table *Accept
  all, on the same vendors* compares each peer and tamis on the vendors both held.
- **Before any decision** counts, after load and ${results.settle} ms of banner display (the
  verbatim page: 1.5 s after load): vendor scripts that ran; cookies written by the vendors, as
  named in the tamis catalog for these six vendors, whether written through \`document.cookie\`
  (even if a library deletes them afterwards) or present in the cookie jar; requests to vendor hosts.
- Vendor responses come from the fakes of the e2e tests, on the same machine: real networks add
  the vendors' latency to both sides of every comparison. Playwright intercepts every request to
  route them (library files fall through to the local server), which adds a small, equal cost per
  file fetched.
- Bytes count the files served from the library's folder (\`dist/\` for tamis, \`node_modules/<peer>/\`)
  with a JavaScript or CSS content type, whatever loads them (other files, such as images, are
  listed in results.json and not counted). The server sends no compression and \`no-store\`, so the
  return visit fetches every file again: what a browser with a warm HTTP cache would download is
  less, for every library.
`;
}
