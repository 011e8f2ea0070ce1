// Bad input gets a one-line reason and exit code 2, and the scan never hangs: unreachable URL, not
// HTML, a redirect to another site, a page that never settles, the global --timeout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, runScan } from './helpers.mjs';

let site;
before(async () => {
  site = await fixture('hanging');
});
after(() => site.close());

/** The one line tamis-scan printed. */
function reason(r) {
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, r.stderr);
  return lines[0];
}

/** A loopback port nobody listens on. */
async function closedPort() {
  const s = createServer();
  await new Promise((ready) => s.listen(0, '127.0.0.1', ready));
  const { port } = s.address();
  await new Promise((done) => s.close(done));
  return port;
}

test('the bin answers --help, and a bad option with exit 2 and one line', () => {
  const bin = fileURLToPath(new URL('../bin/tamis-scan.js', import.meta.url));
  const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: tamis-scan <url>/);
  assert.match(help.stdout, /--fail-on/);
  const bad = spawnSync(process.execPath, [bin, 'https://a.example', '--max-pages', 'lots'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr.trim(), 'tamis-scan: --max-pages must be a whole number from 1 to 1000, got "lots"');
});

test('an unreachable URL: exit 2, one line', async () => {
  const r = await runScan([`http://127.0.0.1:${await closedPort()}/`]);
  assert.equal(r.code, 2);
  assert.match(reason(r), /^tamis-scan: http:\/\/127\.0\.0\.1:\d+\/ is unreachable \(ECONNREFUSED\)$/);
  assert.equal(r.scan, null, 'no report for a scan that did not happen');
});

test('not an HTML page: exit 2, one line', async () => {
  const r = await runScan([`${site.url}/missing.html`]);
  assert.equal(r.code, 2);
  assert.match(reason(r), /answered HTTP 404/);
  const xml = await fixture('no-consent');
  const r2 = await runScan([`${xml.url}/sitemap.xml`]);
  await xml.close();
  assert.equal(r2.code, 2);
  assert.match(reason(r2), /sitemap\.xml is not an HTML page \(content-type: application\/xml\)$/);
});

test('a redirect to another site: exit 2, names where it went', async () => {
  const r = await runScan([`${site.url}/elsewhere`]);
  assert.equal(r.code, 2);
  assert.match(reason(r), /redirects to another site \(http:\/\/localhost:\d+\/\): scan that URL instead$/);
});

test('a page that never settles: exit 2 after --page-timeout', async () => {
  const r = await runScan([`${site.url}/`, '--page-timeout', '3']);
  assert.equal(r.code, 2);
  assert.match(reason(r), /\/ never finished loading within 3 s$/);
});

test('the global --timeout stops the scan whatever it waits for', () => {
  // Through the bin, in its own process: that is how CI runs it, and the process must end.
  const bin = fileURLToPath(new URL('../bin/tamis-scan.js', import.meta.url));
  const start = Date.now();
  const r = spawnSync(process.execPath, [bin, `${site.url}/`, '--timeout', '5', '--page-timeout', '600', '--quiet', '--out', join(tmpdir(), 'tamis-scan-timeout')], { encoding: 'utf8', timeout: 60000 });
  assert.equal(r.status, 2, r.stderr);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /^tamis-scan: the scan did not finish within --timeout 5 s/);
  assert.ok(Date.now() - start < 30000, 'stopped soon after the timeout');
});
