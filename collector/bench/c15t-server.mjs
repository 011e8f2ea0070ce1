// The peer of the benchmark: @c15t/backend (c15t's self-hostable consent backend), set up the way
// its own docs say (docs/self-host/quickstart.md and guides/database-setup.md in the package):
// the Kysely adapter on `pg`'s Pool against DATABASE_URL, its tables created by its own migrator
// (`@c15t/backend/db/migrator`, what its CLI runs), its fetch handler served on Node by Hono's
// Node adapter. Its consent-recording endpoint is `POST {basePath}/subjects`.
// Env: PORT, DATABASE_URL (postgres://… or pglite:DIR), C15T_POOL_SIZE (default 10); prints
// `ready` once it listens. Bench-only: nothing the packages ship imports it.
import { serve } from '@hono/node-server';
import { c15tInstance } from '@c15t/backend';
import { kyselyAdapter } from '@c15t/backend/db/adapters/kysely';
import { migrator } from '@c15t/backend/db/migrator';
import { DB } from '@c15t/backend/db/schema';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { pglitePool } from './pglite-pool.mjs';

/** The path the bench posts to: c15t's docs mount the handler under this basePath. */
export const C15T_BASE_PATH = '/api/c15t';

/**
 * Opens c15t on a PostgreSQL URL, or on PGlite files in a folder (`pglite:DIR`), and creates its
 * schema (idempotent: its migrator compares the database with its latest schema version).
 * @param {string} databaseUrl
 * @param {{ poolSize?: number }} [options]
 */
export async function openC15t(databaseUrl, options = {}) {
  let pool;
  if (databaseUrl.startsWith('pglite:')) {
    const { PGlite } = await import('@electric-sql/pglite');
    pool = pglitePool(new PGlite(databaseUrl.slice('pglite:'.length)));
  } else {
    // pg's default pool (10) is what c15t's docs use; the same size as the collector's postgres.js pool.
    pool = new pg.Pool({ connectionString: databaseUrl, max: options.poolSize ?? 10 });
    // pg emits 'error' on idle clients when the server goes away (the bench stops PostgreSQL last).
    pool.on('error', () => {});
  }
  const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  const adapter = kyselyAdapter({ db, provider: 'postgresql' });
  // The migrator returns the plan; c15t's CLI then runs `execute()`, as here.
  const plan = await migrator({ db: DB.client(adapter), schema: 'latest' });
  if (!('execute' in plan)) throw new Error('c15t migrator: the Kysely adapter returned no migration plan');
  await plan.execute();
  const c15t = c15tInstance({
    appName: 'tamis-bench',
    basePath: C15T_BASE_PATH,
    trustedOrigins: ['https://shop.example'],
    adapter,
    // Its handler logs an info line and a deprecation warning per POST /subjects: errors only, as a
    // production deployment would, so that the comparison measures storage, not console output.
    logger: { level: 'error' },
  });
  return { c15t, close: () => db.destroy() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const poolSize = process.env.C15T_POOL_SIZE ? Number(process.env.C15T_POOL_SIZE) : undefined;
  const { c15t } = await openC15t(process.env.DATABASE_URL ?? '', { poolSize }).catch((error) => {
    console.error(`c15t-server: cannot start c15t on DATABASE_URL: ${error.message}`);
    process.exit(1);
  });
  serve({ fetch: c15t.handler, port: Number(process.env.PORT), hostname: '127.0.0.1' }, () => console.log('ready'));
}
