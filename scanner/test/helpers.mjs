// Shared set-up of the scanner's tests: a loopback site (a folder of fixtures, or the demo shop with
// the repository's dist/), every vendor host answered by the e2e fakes (test/e2e/fake-vendors.mjs:
// they set the vendors' real cookie names and make their real requests), and the CLI run in-process.
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { installFakeVendors } from '../../test/e2e/fake-vendors.mjs';
import { main } from '../dist/scanner/src/cli.js';

export const repo = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Serves `dir` (relative to the repository) on a free loopback port; /dist/ and /node_modules/ come
 * from the repository, as `npm run demo` serves them.
 */
export async function site(dir) {
  const server = await serve({ dir, port: 0, host: '127.0.0.1' });
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'application/xml', '.json': 'application/json' };

/**
 * Serves a fixture site of test/fixtures/<name> on a free loopback port, with /dist/ and
 * /node_modules/ from the repository (tamis itself and the consent libraries of the benchmark).
 * `SITE` in sitemap.xml becomes the server's origin. Special paths for the bad-input tests:
 * /never.js never answers, /elsewhere redirects to the same server under another site name.
 */
export async function fixture(name) {
  const dir = join(repo, 'scanner/test/fixtures', name);
  const hanging = new Set();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/never.js') return void hanging.add(res);
    if (path === '/elsewhere') return void res.writeHead(302, { location: `http://localhost:${server.address().port}/` }).end();
    const base = path.startsWith('/dist/') || path.startsWith('/node_modules/') ? repo : dir;
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (file.endsWith('.xml')) body = body.toString().replaceAll('SITE', `http://127.0.0.1:${server.address().port}`);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      // The server's own session cookie, written by a Set-Cookie header (first party, no consent needed).
      if (name === 'no-consent' && file.endsWith('.html')) headers['set-cookie'] = 'server_session=s3cr3t; Path=/; HttpOnly; SameSite=Lax';
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => {
      hanging.forEach((r) => r.destroy());
      return new Promise((done) => server.close(() => done()));
    },
  };
}

/**
 * Runs `tamis-scan <args>` in-process with the fakes on every context.
 * @returns {{ code: number, out: string, scan: any, read: (name: string) => Promise<string>, stderr: string }}
 */
export async function runScan(args, { fakes = {} } = {}) {
  const out = await mkdtemp(join(tmpdir(), 'tamis-scan-test-'));
  const lines = [];
  const error = console.error;
  console.error = (...a) => lines.push(a.join(' '));
  let code;
  try {
    code = await main([...args, '--out', out, '--quiet'], { onContext: (context) => installFakeVendors(context, fakes) });
  } finally {
    console.error = error;
  }
  const read = (name) => readFile(join(out, name), 'utf8');
  let scan = null;
  try {
    scan = JSON.parse(await read('scan.json'));
  } catch {
    /* the scan failed before writing */
  }
  return { code, out, scan, read, stderr: lines.join('\n'), cleanup: () => rm(out, { recursive: true, force: true }) };
}

/** Findings of a rule (optionally for one vendor or domain). */
export function findings(scan, rule, who) {
  return scan.findings.filter((f) => f.rule === rule && (who === undefined || f.vendor === who || f.domain === who));
}

/** The vendors[] entry of an id. */
export function vendor(scan, id) {
  return scan.vendors.find((v) => v.id === id);
}
