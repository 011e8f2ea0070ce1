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

const range = (s, fmt) => (s?.median == null ? 'n/a' : `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`);

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
  const label = (l) => (l.reference ? `*${l.name}*` : `${l.name} ${l.version}`);
  const peersAndTamis = libs.filter((l) => !l.reference);
  const t = (l, key) => l.timing?.[key];

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
      l.reference || l.id === 'tamis' ? '' : ratio(t(l, 'visibleMs')?.median, t(tamis, 'visibleMs')?.median),
      range(t(l, 'clickableMs'), ms),
      l.reference || l.id === 'tamis' ? '' : ratio(t(l, 'clickableMs')?.median, t(tamis, 'clickableMs')?.median),
      range(t(l, 'longTaskMs'), ms),
      l.reference || l.id === 'tamis' ? '' : ratio(t(l, 'longTaskMs')?.median, t(tamis, 'longTaskMs')?.median),
      range(t(l, 'cls'), (v) => num(v, 3)),
      range(t(l, 'acceptMs'), ms),
      l.reference || l.id === 'tamis' ? '' : ratio(t(l, 'acceptMs')?.median, t(tamis, 'acceptMs')?.median),
    ]),
  );
  const activity = (variant) =>
    table(
      ['library', 'vendor scripts run', 'vendor cookies', 'requests to vendor hosts', 'scripts; cookies; hosts (last run)'],
      libs.map((l) => {
        const a = l.beforeDecision?.[variant];
        if (!a) return [label(l), 'n/a', 'n/a', 'n/a', ''];
        return [
          label(l),
          `${num(a.scripts.median)} / 6`,
          num(a.cookies.median),
          num(a.requests.median),
          [a.last.scripts, a.last.cookies, a.last.hosts].map((list) => list.join(', ') || '—').join('; '),
        ];
      }),
    );
  return { bytes, timing, docs: activity('docs'), verbatim: activity('verbatim') };
}

/** The Markdown file. */
export function markdown(results) {
  const tb = tables(results);
  const libs = results.libraries;
  const notes = libs
    .filter((l) => l.docsNote || l.problems?.length)
    .map((l) => `- **${l.name}**: ${[l.docsNote, ...(l.problems ?? [])].filter(Boolean).join('; ')}.`)
    .join('\n');
  return `# tamis benchmark results

Generated ${results.generatedAt} by \`npm run bench${results.mode === 'quick' ? ' -- --quick' : ''}\`:
${results.runs} alternating run(s) per library in ${results.browser}, ${results.machine}.
Vendor responses are local fakes (${results.fakes}); nothing leaves the machine.
${results.noise}

Ratios are peer / tamis on medians: ×3 means the peer needs three times what tamis needs;
"—" means tamis measured 0 there, "n/a" that a value could not be measured (see the notes).
Medians with min–max in brackets.

## 1. Bytes of JS + CSS the library makes the browser fetch
${tb.bytes}

First visit: no decision yet, banner shown. Return visit: the next page view after "Accept all".
Sizes are computed from the response bodies (gzip -9, brotli 11), whatever the server sent; inline
configuration in the page is not counted (a few hundred bytes for every library).

## 2, 3, 5. Banner timing, main-thread cost, Accept all
${tb.timing}

## 4. Before any decision: what the vendors got to do
Page with the snippets written as each library's documentation says:

${tb.docs}

Page with the vendors' snippets pasted verbatim:

${tb.verbatim}

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
- **Long tasks**: sum of the durations of \`longtask\` entries (tasks over 50 ms) from navigation
  start until the banner has been clickable for ${results.settle} ms. The Long Tasks API attributes a
  task to a frame, not to a script, so this is the whole page's main-thread cost; before a decision the
  vendor fakes are tiny (or blocked), so the difference to the *no library* row is the library's
  cost. Single runs on a shared CPU vary a lot; compare medians.
- **CLS**: sum of \`layout-shift\` values (without recent input) in the same window. A banner that
  overlays the page shifts nothing; one that pushes content does.
- **Accept all → last vendor ran**: the accept control is clicked from inside the page (no driver
  latency); the time is from that click to the last vendor script starting (each fake reports into
  \`window.__tamisFakeRan\`, the YouTube player by \`postMessage\`), waiting until every vendor that
  had not run yet has run and then ${results.quiet} ms pass with no new vendor script.
- **Before any decision** counts vendor scripts that ran, first- and third-party cookies written by
  the vendors (the library's own consent cookie excluded) and requests to any vendor host, after
  load and ${results.settle} ms of banner display.
- Fakes answer in microseconds from the same machine: real networks add the vendors' latency
  to both sides of every comparison. Vendor requests go through Playwright's request interception,
  which adds a little latency to vendor requests only (library files are served directly).
`;
}
