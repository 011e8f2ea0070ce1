// `npm run bench:scan`: how fast tamis-scan covers the demo shop, every page in the three phases
// (before, reject, accept), vendor hosts answered by the e2e fakes. Runs alternate between
// --concurrency 2 and 1 so that the ratio holds even when other work loads the machine; the load
// average is recorded with each run. Writes bench/scan-speed.json and bench/scan-speed.md.
// Usage: node bench/scan-speed.mjs [--runs N]   (needs `npm run build` and the scanner built)
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { serve } from '../scripts/serve.mjs';
import { installFakeVendors } from '../test/e2e/fake-vendors.mjs';
import { parseOptions } from '../scanner/dist/scanner/src/args.js';
import { scan } from '../scanner/dist/scanner/src/scan.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' } } });
const runs = Number(values.runs);
const server = await serve({ dir: 'examples', port: 0, host: '127.0.0.1' });
const url = `http://127.0.0.1:${server.address().port}/`;

const results = [];
for (let i = 0; i < runs; i++) {
  for (const concurrency of [2, 1]) {
    const load = loadavg()[0];
    const start = Date.now();
    const { result, visits } = await scan(parseOptions([url, '--concurrency', String(concurrency), '--quiet']), {
      onContext: (context) => installFakeVendors(context),
    });
    const seconds = (Date.now() - start) / 1000;
    const row = {
      concurrency,
      pages: result.pages.length,
      visits: visits.length,
      seconds: Math.round(seconds * 10) / 10,
      pagesPerMinute: Math.round((result.pages.length / seconds) * 60 * 10) / 10,
      secondsPerVisit: Math.round((seconds / visits.length) * concurrency * 10) / 10,
      loadAverageAtStart: Math.round(load * 10) / 10,
      loadAverageAtEnd: Math.round(loadavg()[0] * 10) / 10,
      findings: result.findings.length,
    };
    results.push(row);
    console.log(JSON.stringify(row));
  }
}
server.close();

const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version, date: new Date().toISOString() };
writeFileSync(new URL('./scan-speed.json', import.meta.url), JSON.stringify({ machine, results }, null, 2) + '\n');
const two = results.filter((r) => r.concurrency === 2);
const one = results.filter((r) => r.concurrency === 1);
const mean = (rows, k) => rows.reduce((s, r) => s + r[k], 0) / rows.length;
const md = [
  '# tamis-scan speed on the demo shop',
  '',
  `Every page of the demo shop (one per path template) in the three phases, each in a fresh browser`,
  `context, vendor hosts answered by the e2e fakes. ${machine.cpus} cores (${machine.cpu}), Node ${machine.node}, ${machine.date}.`,
  '',
  '**The machine was shared**: other work ran at the same time (load average in the table, for 2 cores),',
  'so absolute times are upper bounds; runs alternate between the two settings so the ratio is fair.',
  '',
  '| run | contexts in parallel | pages | visits | seconds | pages per minute | load average (start → end) |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...results.map((r, i) => `| ${Math.floor(i / 2) + 1} | ${r.concurrency} | ${r.pages} | ${r.visits} | ${r.seconds} | ${r.pagesPerMinute} | ${r.loadAverageAtStart} → ${r.loadAverageAtEnd} |`),
  '',
  `Mean: ${mean(two, 'seconds').toFixed(1)} s with 2 contexts (${mean(two, 'pagesPerMinute').toFixed(1)} pages a minute, three phases each), ` +
    `${mean(one, 'seconds').toFixed(1)} s with 1; ratio ${(mean(one, 'seconds') / mean(two, 'seconds')).toFixed(2)}×. Goal: the demo shop in under 2 minutes.`,
  '',
  'For comparison, the EDPS website-evidence-collector needs about 8 s a page, sequentially, for one phase',
  '(13 min 41 s for 100 URLs, ovh/website-evidence-collector-batch README).',
  '',
];
writeFileSync(new URL('./scan-speed.md', import.meta.url), md.join('\n'));
console.log(md.join('\n'));
