// `node bench/dom/floor.mjs [--runs N] [--only detached,connected,…]`: where the DOM overhead of
// tamis.js comes from (issue #16). Builds dist/tamis.js again in variants, each with one family of
// checks taken out of its DOM patches (the patches stay in place and call the originals), runs the
// DOM bench's workloads in the page with each variant and without tamis, alternating (a fresh
// context per visit, best of 2 tries, median of the runs), and prints the ratio of each to the page
// without tamis. `checks-off` is the floor of the design: patches that only pass their calls on.
// The variants block nothing: they are for measuring, never shipped (written to .tmp/bench-dom/).
// Writes bench/dom-floor.md.
import { copyFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { chromium } from 'playwright-core';
import configs from '../../rollup.config.mjs';
import { findChromium, chromiumArgs } from '../../scripts/chromium-path.mjs';
import { startServer } from '../../test/e2e/browser.mjs';
import { buildReactApp, outDir } from './build.mjs';
import { GC_FLAG, benchPage, bestOfTwo, withBenchPage } from './visit.mjs';
import { median } from '../stats.mjs';

// Edits of the blocker's JavaScript (as TypeScript emits it, before minifying), by file. Each must apply:
// a build stops when the code it edits has changed (then update the edit).
const INSERTION = [
  ['dom-patches', /if \(inserting\(this, node\)\)\s*c\.rel\(\);/, ''],
  ['dom-patches', /for \(const a of args\)\s*if \(inserting\(this, a\)\)\s*want = 1;/, ''],
];
const URL_SETTERS = [['dom-patches', /if \(!intercept\(this, name, String\(value\)\)\)\s*d\.set\.call\(this, value\);/, 'd.set.call(this, value);']];
const SET_ATTRIBUTE = [['dom-patches', /name = '' \+ name;[\s\S]*?(?=d\.value\.call\(this, name, value\);)/, '']];
// (`each` walks every tree the blocker looks at: after DOMContentLoaded, the trees code inserts.)
const SUBTREE = [['neutralize', /const list = node\.firstElementChild && node\.querySelectorAll\(selector\);/, 'const list = undefined;']];

/** The variants, in the order of the table: [name, what it leaves out, edits]. */
export const VARIANTS = [
  ['checks-off', 'every check: the patches only call the originals (the floor)', [...INSERTION, ...URL_SETTERS, ...SET_ATTRIBUTE]],
  ['no-url-setter-check', 'the check in the `src`/`srcset`/`href` setters', URL_SETTERS],
  ['no-setAttribute-check', 'the check in `setAttribute`', SET_ATTRIBUTE],
  ['no-insertion-check', 'the check of inserted nodes', INSERTION],
  ['no-subtree-walk', 'the search inside an inserted tree (the inserted node itself is still checked)', SUBTREE],
];

/** A Rollup plugin that applies `edits` to the blocker's modules. */
const editBlocker = (edits) => ({
  name: 'tamis-floor-variant',
  transform(code, id) {
    const file = /[\\/]src[\\/]blocker[\\/]([\w-]+)\.ts$/.exec(id)?.[1];
    let out = code;
    for (const [where, find, replace] of edits) {
      if (where != file) continue;
      const next = out.replace(find, replace);
      // (DUMP=1 prints the code an edit did not find.)
      if (next == out && process.env.DUMP) console.log(out);
      if (next == out) this.error(`bench/dom/floor.mjs: ${find} not found in src/blocker/${file}.ts: update the edit`);
      out = next;
    }
    return out == code ? null : { code: out, map: null };
  },
});

/** Builds dist/tamis.js with `edits` into .tmp/bench-dom/floor-<name>.js, and its page. @returns the file's path */
export async function buildVariant(name, edits) {
  const head = configs[0];
  const plugins = [...head.plugins];
  // After TypeScript and the head flag, before the minifier (the last plugin).
  plugins.splice(plugins.length - 1, 0, editBlocker(edits));
  const bundle = await rollup({ input: head.input, plugins, onwarn: () => {} });
  await bundle.write({ ...head.output, file: `${outDir}floor-${name}.js`, sourcemap: false });
  await bundle.close();
  writeFileSync(`${outDir}floor-${name}.html`, benchPage(`/floor-${name}.js`));
  return `${outDir}floor-${name}.js`;
}

/** The workloads `names` in the page, best of 2 tries each. */
const visit = (browser, url, names) => withBenchPage(browser, url, (p) => bestOfTwo(p, names));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: args } = parseArgs({
    options: {
      runs: { type: 'string', default: '7' },
      only: { type: 'string', default: 'detached,connected,innerHTML,react-1000-create,react-1000-replace' },
    },
  });
  const names = args.only.split(',');
  await buildReactApp();
  copyFileSync(fileURLToPath(new URL('workloads.js', import.meta.url)), `${outDir}workloads.js`);
  for (const [name, , edits] of VARIANTS) await buildVariant(name, edits);
  await buildVariant('with', []);
  writeFileSync(`${outDir}without.html`, benchPage());
  const pages = ['without', ...VARIANTS.map(([name]) => `floor-${name}`), 'floor-with'];
  const server = await startServer(outDir);
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...chromiumArgs, GC_FLAG] });
  const version = `Chromium ${browser.version()}`;
  const samples = Object.fromEntries(pages.map((page) => [page, []]));
  const started = Date.now();
  const load = loadavg()[0];
  try {
    for (let run = 0; run < +args.runs; run++) {
      console.error(`floor run ${run + 1}/${args.runs} (${Math.round((Date.now() - started) / 1000)} s)`);
      // Each run in another order (rotated), so that no page always comes first.
      for (const page of [...pages.slice(run % pages.length), ...pages.slice(0, run % pages.length)])
        samples[page].push(await visit(browser, `${server.url}/${page}.html`, names));
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // Ratio per run (each visit over the visit without tamis of the same run), median of the runs.
  const ratio = (page, n) => median(samples[page].map((s, i) => s[n] / samples.without[i][n])).toFixed(2);
  const rows = [
    ...VARIANTS.map(([name, left]) => [`\`${name}\`: without ${left}`, `floor-${name}`]),
    ['tamis.js as built (every check)', 'floor-with'],
  ];
  const table = [
    `| tamis.js variant | ${names.join(' | ')} |`,
    `| --- | ${names.map(() => '---').join(' | ')} |`,
    ...rows.map(([label, page]) => `| ${label} | ${names.map((n) => `${ratio(page, n)}×`).join(' | ')} |`),
  ].join('\n');
  const markdown = [
    '# Where the DOM overhead comes from',
    '',
    `Generated by \`node bench/dom/floor.mjs\` on ${new Date().toISOString().slice(0, 10)}: ${args.runs} runs of`,
    `every page, alternating, in ${version}; load average ${load.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end.`,
    'Each cell: time with that build of `tamis.js` over the time of the same page without tamis, in',
    'the same run, median of the runs (1.00× = no cost). The variants are for measuring only: they',
    'block nothing.',
    '',
    table,
    '',
  ].join('\n');
  writeFileSync(fileURLToPath(new URL('../dom-floor.md', import.meta.url)), markdown);
  console.log(`\n${table}\n\nwrote bench/dom-floor.md`);
}
