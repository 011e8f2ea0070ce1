import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';

const dist = new URL('../', import.meta.url);

/**
 * GET / and /dashboard.js: the dashboard page. The page itself holds no data; it asks for the admin
 * token (or takes it from the URL fragment, which browsers never send) and reads the admin API with
 * it, so the data stays behind the token.
 */
export async function serveDashboard(res: ServerResponse, path: string): Promise<void> {
  const file = path == '/' ? 'dashboard.html' : 'dashboard.js';
  const body = await readFile(new URL(file, dist));
  res.writeHead(200, {
    'content-type': file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // The page runs only its own script and talks only to this collector.
    'content-security-policy': "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}
