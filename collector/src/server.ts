import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseConfig, type CollectorConfig } from './config.js';
import { siteLookup, type Context } from './context.js';
import type { Db } from './db/db.js';
import { isUnavailable } from './db/db.js';
import { migrate } from './db/migrate.js';
import { Partitions } from './db/partitions.js';
import { requireAdmin } from './http/admin-token.js';
import { corsFor, preflight } from './http/cors.js';
import { RateLimit } from './http/rate-limit.js';
import { HttpError, json } from './http/respond.js';
import { ReceiptWriter, UnavailableError } from './receipt-writer.js';
import { exportReceipts, listSites, lookupConsent, stats } from './routes/admin.js';
import { serveDashboard } from './routes/dashboard.js';
import { postReceipt, putTexts } from './routes/ingest.js';
import { TextsStore } from './texts-store.js';

export interface CollectorOptions {
  db: Db;
  config: CollectorConfig;
  /** Admin token (Bearer) for export, lookup, stats and the dashboard's data. */
  token: string;
  /** Receipts per minute per client address; 0 turns the limit off (benchmarks). @default 600 */
  rateLimitPerMinute?: number;
  trustProxy?: boolean;
  /** Micro-batch: wait at most this long for more receipts to share a commit. @default 5 */
  batchWaitMs?: number;
  log?: (line: string) => void;
}

export interface Collector {
  server: Server;
  context: Context;
  /** Listens on `port` (0: a free one); resolves with the URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops accepting requests, then closes the database. */
  close(): Promise<void>;
}

const routes: [string, RegExp, (ctx: Context, req: IncomingMessage, res: ServerResponse, url: URL, m: string[]) => unknown][] = [
  ['POST', /^\/v1\/sites\/([^/]+)\/receipts$/, (ctx, req, res, _url, m) => postReceipt(ctx, req, res, m[1])],
  ['PUT', /^\/v1\/sites\/([^/]+)\/texts\/([^/]+)$/, (ctx, req, res, _url, m) => putTexts(ctx, req, res, m[1], m[2])],
  ['GET', /^\/v1\/sites$/, (ctx, req, res) => (requireAdmin(req, ctx.token), listSites(ctx, res))],
  ['GET', /^\/v1\/sites\/([^/]+)\/receipts$/, (ctx, req, res, url, m) => (requireAdmin(req, ctx.token), exportReceipts(ctx, url, res, m[1]))],
  ['GET', /^\/v1\/sites\/([^/]+)\/consents\/([^/]+)$/, (ctx, req, res, _url, m) => (requireAdmin(req, ctx.token), lookupConsent(ctx, res, m[1], m[2]))],
  ['GET', /^\/v1\/sites\/([^/]+)\/stats$/, (ctx, req, res, url, m) => (requireAdmin(req, ctx.token), stats(ctx, url, res, m[1]))],
  ['GET', /^\/healthz$/, health],
  ['GET', /^\/(dashboard\.js)?$/, (_ctx, _req, res, url) => serveDashboard(res, url.pathname)],
];

async function health(ctx: Context, _req: IncomingMessage, res: ServerResponse): Promise<void> {
  await ctx.db.query('SELECT 1');
  json(res, 200, { ok: true, engine: ctx.db.engine });
}

/**
 * Builds a collector on an open database: runs the migrations, creates this month's partitions,
 * and returns the HTTP server (not listening yet). Any number of collectors may share one
 * PostgreSQL: they keep no state but caches, and the primary key settles concurrent duplicates.
 */
export async function createCollector(options: CollectorOptions): Promise<Collector> {
  const { db } = options;
  const config = parseConfig(options.config); // defaults filled in, and a clear error for a bad one
  await migrate(db);
  const partitions = new Partitions(db);
  await partitions.ensureAround();
  const log = options.log ?? ((line: string) => console.error(`${new Date().toISOString()} ${line}`));
  const context: Context = {
    db,
    config,
    partitions,
    writer: new ReceiptWriter(db, partitions, { maxWaitMs: options.batchWaitMs, maxInflight: db.engine == 'pglite' ? 1 : 4 }),
    texts: new TextsStore(db),
    rateLimit: new RateLimit(options.rateLimitPerMinute ?? 600),
    token: options.token,
    trustProxy: options.trustProxy ?? false,
    log,
    site: siteLookup(config),
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://collector');
    let path = url.pathname;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      // keep the raw path: no route matches it, and the 404 names it
    }
    try {
      if (req.method == 'OPTIONS') {
        const m = /^\/v1\/sites\/([^/]+)\/(receipts|texts\/[^/]+)$/.exec(path);
        if (!m) throw new HttpError(404, `no route ${path}`);
        return preflight(req, res, corsFor(req, m[1], context.site(m[1])));
      }
      const allowed: string[] = [];
      for (const [method, pattern, handler] of routes) {
        const m = pattern.exec(path);
        if (!m) continue;
        if (req.method == method || (method == 'GET' && req.method == 'HEAD')) return await handler(context, req, res, url, m);
        allowed.push(method);
      }
      if (allowed.length) throw new HttpError(405, `${req.method} not allowed on ${path}`, { allow: allowed.join(', ') });
      throw new HttpError(404, `no route ${path}`);
    } catch (error) {
      reply(error, req, res, path, log);
    }
  });
  // Slow-loris protection: a receipt is a few hundred bytes, it never needs 10 s.
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;

  return {
    server,
    context,
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const { port: bound } = server.address() as AddressInfo;
          resolve(`http://${host.includes(':') ? `[${host}]` : host}:${bound}`);
        });
      }),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await db.close();
    },
  };
}

/** Turns what a handler threw into the answer: 4xx with a log line, 503 for an outage, 500 for a bug. */
function reply(error: unknown, req: IncomingMessage, res: ServerResponse, path: string, log: (line: string) => void): void {
  let status = 500;
  let message = 'internal error';
  let headers: Record<string, string> = {};
  if (error instanceof HttpError) {
    ({ status, message, headers } = error);
    if (!error.silent) log(`${status} ${req.method} ${path}: ${message}`);
  } else if (error instanceof UnavailableError || isUnavailable(error)) {
    status = 503;
    message = 'database unavailable, retry later';
    headers = { 'retry-after': '5' };
    log(`${status} ${req.method} ${path}: ${(error as Error).message}`);
  } else {
    log(`500 ${req.method} ${path}: ${(error as Error)?.stack ?? error}`);
  }
  if (res.headersSent) return void res.destroy();
  json(res, status, { error: message }, headers);
}
