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
 * Starts a static server.
 * @param {{ dir?: string, port?: number, host?: string }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function serve({ dir = 'examples', port = 8000, host = '127.0.0.1' } = {}) {
  const site = resolve(root, dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const base = path.startsWith('/dist/') || path.startsWith('/node_modules/') ? root : site;
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
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
  serve({ dir, port, host }).then(() => console.log(`tamis demo: http://localhost:${port}/`));
}
