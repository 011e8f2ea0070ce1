// Self-check of the bench's Lighthouse pass: Lighthouse (the pinned version) runs on this Node
// with the local Chromium and yields every number the mobile table reports, for tamis's bench
// page. Needs dist/ built (npm test builds first). One audit, about 15–40 s.
// Run: node --test bench/test/lighthouse.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../test/e2e/browser.mjs';
import { writePages, pagesDir } from '../pages.mjs';
import { libraries } from '../libraries/index.mjs';
import { audit, withChrome } from '../lighthouse.mjs';
import { lighthouseGaps } from '../report.mjs';

test('Lighthouse audits the tamis bench page and yields TBT, LCP, CLS and unused JS', { timeout: 120_000 }, async () => {
  const tamis = libraries.find((l) => l.id === 'tamis');
  const paths = writePages([tamis]);
  const server = await startServer(pagesDir);
  try {
    const r = await withChrome((port) => audit(port, `${server.url}${paths.tamis.docs}`, tamis));
    for (const key of ['tbt', 'lcp', 'fcp', 'cls', 'unusedJs', 'unusedJsAll', 'libLongestTaskMs'])
      assert.ok(Number.isFinite(r[key]) && r[key] >= 0, `${key}: ${r[key]}`);
    assert.ok(r.lcp > 0, 'a page that paints has an LCP');
    // The library's files are found among the scripts Lighthouse saw: tamis.js loads on every view.
    assert.ok(r.unusedJsAll >= r.unusedJs);
    assert.ok(Array.isArray(r.longTasks));
    assert.match(r.lighthouseVersion, /^12\.2\.3$/);
  } finally {
    await server.close();
  }
});

test('the bench names every library Lighthouse produced no numbers for', () => {
  const lib = (id, lighthouse, extra = {}) => ({ id, lighthouse, problems: [], ...extra });
  const full = { tbt: { median: 10 }, lcp: { median: 900 }, cls: { median: 0 }, unusedJs: { median: 100 } };
  const results = {
    lighthouseRuns: 1,
    libraries: [
      lib('tamis', full),
      lib('klaro', undefined, { problems: ['Lighthouse failed in 1 run(s): boom'] }),
      lib('orejime', { ...full, unusedJs: { median: null } }),
      lib('none', { ...full, unusedJs: undefined }, { reference: true }),
      lib('tamis-verbatim', undefined, { extra: true }),
    ],
  };
  assert.deepEqual(lighthouseGaps(results), ['klaro (tbt, lcp, cls, unusedJs: Lighthouse failed in 1 run(s): boom)', 'orejime (unusedJs)']);
  assert.deepEqual(lighthouseGaps({ ...results, lighthouseRuns: 0 }), []);
});
