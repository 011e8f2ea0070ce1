// Markdown for the benchmark's results: every run, the ratios to @c15t/backend within each round
// (both ran minutes apart on the same machine, the only fair comparison on a shared box), and a
// short table for README.
import { TARGETS } from './targets.mjs';

const fmt = (n) => Math.round(n).toLocaleString('en-US');
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Every run, in the order it ran. */
export function runsTable(results) {
  return [
    '| round | target | receipts/s | p50 ms | p99 ms | 2xx | rows stored | non-2xx | errors |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) => `| ${r.round} | ${TARGETS[r.target].name} | ${fmt(r.rate)} | ${r.p50} | ${r.p99} | ${r.total} | ${r.rows} | ${r.non2xx} | ${r.errors} |`,
    ),
  ].join('\n');
}

/** ours / c15t per round, on receipts/s (higher is better for us) and p99 (lower is better for us). */
export function ratiosTable(results) {
  const rounds = [...new Set(results.map((r) => r.round))];
  const find = (round, t) => results.find((r) => r.round == round && r.target == t);
  // Each of ours against c15t on the same engine; the naive floor against c15t on PostgreSQL.
  const pairs = [['postgres', 'c15t'], ['naive', 'c15t'], ['pglite', 'c15t-pglite']];
  const rows = pairs.flatMap(([t, peer]) =>
    rounds.map((round) => {
      const a = find(round, t);
      const b = find(round, peer);
      return a && b ? `| ${round} | ${TARGETS[t].name} | ${TARGETS[peer].name} | ${ratio(a.rate, b.rate)} | ${ratio(a.p99, b.p99)} |` : null;
    }),
  );
  if (!rows.some(Boolean)) return '';
  return [
    '| round | ours | c15t | receipts/s, ours / c15t | p99, ours / c15t (below 1: ours answers faster) |',
    '| ---: | --- | --- | ---: | ---: |',
    ...rows.filter(Boolean),
  ].join('\n');
}

/** Median over rounds per target, with the ratio to c15t: for README. */
export function summaryTable(results) {
  const targets = Object.keys(TARGETS).filter((t) => results.some((r) => r.target == t));
  const of = (t) => results.filter((r) => r.target == t);
  const rateOf = (t) => (of(t).length ? median(of(t).map((r) => r.rate)) : 0);
  const peerOf = (t) => (TARGETS[t].pglite ? 'c15t-pglite' : 'c15t');
  return [
    '| target | receipts/s (median of rounds) | p99 ms (median) | receipts/s vs c15t on the same engine | every 2xx stored | failed requests |',
    '| --- | ---: | ---: | ---: | :---: | ---: |',
    ...targets.map((t) => {
      const runs = of(t);
      const rate = median(runs.map((r) => r.rate));
      const stored = runs.every((r) => r.rows >= r.total) ? 'yes' : '**no**';
      const vs = t.startsWith('c15t') ? '1×' : ratio(rate, rateOf(peerOf(t)));
      const failed = runs.reduce((n, r) => n + r.non2xx + r.errors, 0);
      return `| ${TARGETS[t].name} | ${fmt(rate)} | ${fmt(median(runs.map((r) => r.p99)))} | ${vs} | ${stored} | ${failed} |`;
    }),
  ].join('\n');
}
