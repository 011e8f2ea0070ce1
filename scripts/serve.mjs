// A tiny static server for the demo and the examples: serves the folder given (default
// examples/) at /, and the repository's dist/ at /dist/. No dependency needed.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The receipt collector of `npm run collector`, when one answers at `base`: its endpoint for the
 * demo site, else undefined (the demo then runs without a consent log). Asked at most every 2 s.
 */
const collectorBase = process.env.TAMIS_COLLECTOR_URL ?? 'http://127.0.0.1:8787';
let collectorCheck = { at: 0, base: '', endpoint: undefined };
async function collectorEndpoint(base = collectorBase) {
  if (collectorCheck.base == base && Date.now() - collectorCheck.at < 2000) return collectorCheck.endpoint;
  let endpoint;
  try {
    const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(500) });
    if (res.ok) endpoint = `${base}/v1/sites/demo/receipts`;
  } catch {
    // no collector running: the demo works without one
  }
  collectorCheck = { at: Date.now(), base, endpoint };
  return endpoint;
}

/**
 * Starts a static server.
 * @param {{ dir?: string, port?: number, host?: string, collector?: string }} options `collector`: base
 *   URL of a tamis-collector; when it answers, /assets/tamis-config.js gets its consentLog endpoint.
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ dir = 'examples', port = 8000, host = '127.0.0.1', collector = undefined } = {}) {
  const site = resolve(root, dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const base = path.startsWith('/dist/') || path.startsWith('/node_modules/') ? root : site;
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      // With `npm run collector` running, the demo shop sends its receipts there (README, "Keep proof of consent").
      if (path == '/assets/tamis-config.js' && collector) {
        const endpoint = await collectorEndpoint(collector);
        if (endpoint)
          body = Buffer.concat([body, Buffer.from(`\n// Added by scripts/serve.mjs: tamis-collector answers at ${collector}.\nwindow.tamisConfig.consentLog = { endpoint: ${JSON.stringify(endpoint)} };\n`)]);
      }
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      // dist/tamis.js names no source map (every visitor would download the comment): the header
      // tells DevTools where it is, as a site can do on its own server.
      if (path == '/dist/tamis.js') headers.sourcemap = 'tamis.js.map';
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ready) => server.listen(port, host, () => ready(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'examples';
  const port = Number(process.env.PORT ?? 8000);
  const host = process.env.HOST ?? 'localhost';
  serve({ dir, port, host, collector: collectorBase }).then(async () => {
    console.log(`tamis demo: http://localhost:${port}/`);
    const endpoint = await collectorEndpoint();
    console.log(
      endpoint
        ? `receipts go to tamis-collector: ${endpoint}`
        : `no tamis-collector at ${collectorBase}: run \`npm run collector\` to keep the demo's receipts (picked up without restart)`,
    );
  });
}
