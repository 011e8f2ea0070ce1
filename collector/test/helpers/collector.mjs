// Starts a collector in this process on a free port, on PGlite (in memory) or on PostgreSQL.
import { createCollector } from '../../dist/server.js';
import { openDb } from '../../dist/db/open.js';

export const TOKEN = 'test-admin-token';

export const TEST_CONFIG = {
  sites: {
    shop: { origins: ['https://shop.example'], retentionMonths: 72 },
    blog: { origins: ['https://blog.example'], retentionMonths: 12 },
  },
};

/**
 * @param {{ databaseUrl?: string, config?: object, rateLimitPerMinute?: number }} options
 * @returns {Promise<{ url: string, logs: string[], close(): Promise<void>, collector: any,
 *   post(site: string, body: unknown, init?: RequestInit): Promise<Response>, admin(path: string): Promise<Response> }>}
 */
export async function startCollector(options = {}) {
  // A PGlite takes seconds to start on a loaded machine: a second collector may share the first's.
  const db = options.db ?? (await openDb({ databaseUrl: options.databaseUrl, dataDir: ':memory:' }));
  const logs = [];
  const collector = await createCollector({
    db,
    config: options.config ?? TEST_CONFIG,
    token: TOKEN,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
    log: (line) => logs.push(line),
  });
  const url = await collector.listen(0);
  return {
    url,
    logs,
    collector,
    close: async () => {
      if (!options.db) return collector.close();
      await new Promise((resolve) => collector.server.close(resolve));
    },
    post: (site, body, init = {}) =>
      fetch(`${url}/v1/sites/${site}/receipts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://shop.example', ...init.headers },
        body: typeof body == 'string' ? body : JSON.stringify(body),
      }),
    admin: (path, token = TOKEN) => fetch(url + path, { headers: { authorization: `Bearer ${token}` } }),
  };
}

let n = 0;
/** A valid receipt, as tamis sends it; `overrides` replace fields. */
export function receipt(overrides = {}) {
  const date = overrides.date ?? new Date(Date.now() - 60_000 - n * 1000).toISOString();
  const expires = new Date((Date.parse(date) || Date.now()) + 180 * 86_400_000).toISOString();
  n++;
  return {
    id: crypto.randomUUID(),
    revision: 1,
    date,
    expires,
    categories: { necessary: true, analytics: true, advertising: false },
    vendors: { 'google-analytics': true, 'google-ads': false },
    method: 'custom',
    gpc: false,
    url: 'https://shop.example/cart',
    language: 'en',
    version: '0.1.0',
    ...overrides,
  };
}

/** The NDJSON export parsed. */
export async function exportAll(server, site, query = '') {
  const res = await server.admin(`/v1/sites/${site}/receipts${query}`);
  if (res.status != 200) throw new Error(`export: ${res.status} ${await res.text()}`);
  return (await res.text()).split('\n').filter(Boolean).map((line) => JSON.parse(line));
}
