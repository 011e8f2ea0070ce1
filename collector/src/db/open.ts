import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/**
 * PostgreSQL when `databaseUrl` is given (production), else PGlite with its files in
 * `<dataDir>/pglite` (the default: nothing to install), or in memory when `dataDir` is `:memory:`.
 */
export function openDb(options: { databaseUrl?: string; dataDir: string; poolSize?: number }): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, { max: options.poolSize });
  if (options.dataDir == ':memory:') return openPglite();
  mkdirSync(options.dataDir, { recursive: true });
  return openPglite(join(options.dataDir, 'pglite'));
}
