// npm run bench:collector [-- --duration 60 --connections 64 --rounds 2 --targets postgres,c15t,pglite,c15t-pglite,naive --dry-run]
// Sustained ingest with autocannon (on the same machine as the servers): tamis-collector on
// PostgreSQL and on PGlite, @c15t/backend's consent-recording endpoint on the same PostgreSQL and on
// PGlite (c15t-server.mjs), and a naive insert-per-request server as the floor. Each target is started for its run and stopped
// after it, on a fresh database; rounds alternate the order (odd rounds as given, even rounds
// reversed). Reports receipts/s, p50/p99 latency, 2xx and rows stored, and ours / c15t per round.
// Writes the generated blocks of bench/collector-results.md and README.md unless --dry-run.
// Exits 1 when a target stored fewer rows than it acknowledged, or answered no 2xx at all.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { freePort, startPostgres } from '../test/helpers/postgres.mjs';
import { replaceBlock } from './markers.mjs';
import { ratiosTable, runsTable, summaryTable } from './report.mjs';
import { startTarget, TARGETS } from './targets.mjs';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '64' },
    rounds: { type: 'string', default: '2' },
    targets: { type: 'string', default: 'postgres,c15t,pglite,c15t-pglite,naive' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const rounds = Number(values.rounds);
const targets = values.targets.split(',');
for (const t of targets) if (!TARGETS[t]) throw new Error(`--targets: unknown target "${t}" (known: ${Object.keys(TARGETS).join(', ')})`);

async function load(target) {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json' },
    requests: [{ setupRequest: (req) => ({ ...req, body: target.body() }) }],
  });
  return {
    rate: result.requests.average,
    total: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

const loadStart = loadavg()[0];
const pg = await startPostgres();
let pgVersion;
const results = [];
try {
  const admin = postgres(await pg.createDb('bench_meta'), { max: 1 });
  pgVersion = (await admin`SHOW server_version`)[0].server_version;
  await admin.end();
  for (let round = 1; round <= rounds; round++) {
    for (const key of round % 2 ? targets : [...targets].reverse()) {
      const databaseUrl = TARGETS[key].pglite ? undefined : await pg.createDb(`bench_${key}_${round}`);
      const target = await startTarget(key, { port: await freePort(), databaseUrl });
      console.error(`round ${round}, ${key}: ${duration} s, ${connections} connections, load average ${loadavg()[0].toFixed(1)}…`);
      let r;
      try {
        r = await load(target);
      } finally {
        await target.stop();
      }
      results.push({ round, target: key, ...r, rows: await target.countRows() });
      console.error(JSON.stringify(results.at(-1)));
    }
  }
} finally {
  await pg.remove();
}

const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
const summary =
  `Measured ${when} UTC: ${duration} s per run, ${connections} connections, ${rounds} round(s) alternating the order, ` +
  `PostgreSQL ${pgVersion} (throwaway cluster, default settings), Node ${process.version}, ${cpus().length} CPU(s), ` +
  `autocannon on the same machine. 1-minute load average ${loadStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end` +
  (loadStart > cpus().length / 2 ? ': other work shared the CPU, so absolute rates are low and noisy; compare within a round.' : '.');
const generated = [summary, runsTable(results), ratiosTable(results)].filter(Boolean).join('\n\n');
console.log(`${generated}\n`);
if (!values['dry-run']) {
  replaceBlock(new URL('../../bench/collector-results.md', import.meta.url), 'collector', generated);
  replaceBlock(new URL('../../README.md', import.meta.url), 'collector', `${summary}\n\n${summaryTable(results)}`);
}

const bad = results.filter((r) => r.rows < r.total || r.total == 0);
for (const r of bad) console.error(`${TARGETS[r.target].name}, round ${r.round}: ${r.total} 2xx but ${r.rows} rows stored`);
process.exitCode = bad.length ? 1 : 0;
