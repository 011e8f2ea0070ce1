// `node bench/dom/ops.mjs [--pages without,with] [--only append,src] [--visits 3]`: the cost of one
// DOM operation, in nanoseconds, in each page of .tmp/bench-dom/ (a fresh page per visit, so the
// JIT state is a page's own, as in the workloads). A tool to find where issue #16's overhead comes
// from: a workload's ratio says how much, this says which call. Each operation runs on 4,000 fresh
// elements, 9 times per visit; the best time of all visits is printed per page.
// Run `node bench/dom/run.mjs --runs 1 --tries 1` once first: it writes the pages. Any other page
// in that folder (e.g. one loading an earlier build as /dist/tamis-base.js) can be named.
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from '../../scripts/chromium-path.mjs';
import { startServer } from '../../test/e2e/browser.mjs';
import { outDir } from './build.mjs';
import { GC_FLAG, withBenchPage } from './visit.mjs';

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: 'without,with' },
    only: { type: 'string' },
    visits: { type: 'string', default: '3' },
  },
});
const pages = args.pages.split(',');

/** In the page: each operation's best time per call, in ns. */
function measure(only) {
  const N = 4000;
  const box = document.getElementById('work');
  // Half the images on a third-party CDN (no vendor), half relative, as in the workloads.
  const url = (i) => (i % 2 ? `https://img.cdn-bench.example/p/${i % 50}.png` : `img/${i % 50}.png`);
  const images = () => Array.from({ length: N }, () => document.createElement('img'));
  const mixed = () => Array.from({ length: N }, (_, i) => document.createElement(i % 2 ? 'td' : 'img'));
  const ops = {
    append: [mixed, (els) => { for (let i = 0; i < N; i++) box.appendChild(els[i]); }],
    insertBefore: [mixed, (els) => { for (let i = 0; i < N; i++) box.insertBefore(els[i], null); }],
    appendDetached: [mixed, (els) => { const parent = document.createElement('div'); for (let i = 0; i < N; i++) parent.appendChild(els[i]); }],
    src: [images, (els) => { for (let i = 0; i < N; i++) els[i].src = url(i); }],
    setAttributeAlt: [mixed, (els) => { for (let i = 0; i < N; i++) els[i].setAttribute('alt', 'x'); }],
    setAttributeSrc: [images, (els) => { for (let i = 0; i < N; i++) els[i].setAttribute('src', url(i)); }],
  };
  const out = {};
  for (const [name, [make, run]] of Object.entries(ops)) {
    if (only && !only.includes(name)) continue;
    let best = Infinity;
    for (let k = 0; k < 9; k++) {
      const els = make();
      box.replaceChildren();
      const start = performance.now();
      run(els);
      best = Math.min(best, ((performance.now() - start) * 1e6) / N);
    }
    out[name] = best;
  }
  box.replaceChildren();
  return out;
}

const server = await startServer(outDir);
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...chromiumArgs, GC_FLAG] });
const best = {};
try {
  for (let visit = 0; visit < +args.visits; visit++)
    for (const page of visit % 2 ? [...pages].reverse() : pages)
      await withBenchPage(browser, `${server.url}/${page}.html`, async (p) => {
        const out = await p.evaluate(measure, args.only?.split(','));
        for (const [op, ns] of Object.entries(out)) (best[op] ??= {})[page] = Math.min(best[op][page] ?? Infinity, ns);
      });
} finally {
  await browser.close();
  await server.close();
}
for (const [op, byPage] of Object.entries(best))
  console.log(op.padEnd(16), pages.map((page) => `${page} ${byPage[page].toFixed(0)} ns`).join('  '));
