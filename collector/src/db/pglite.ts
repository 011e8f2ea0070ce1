import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './db.js';

/**
 * Embedded PostgreSQL (PGlite, WASM) in `dir`, or in memory when `dir` is undefined. PGlite has a
 * single connection: it queues calls itself, and a transaction holds the queue until it ends.
 * Durable across a crash of this process (its files are written at each commit), not a power loss
 * (no fsync): the production engine is PostgreSQL.
 */
export async function openPglite(dir?: string): Promise<Db> {
  const pg = await PGlite.create(dir);
  const query = async <T,>(sql: string, params: unknown[] = []) => (await pg.query<T>(sql, params)).rows;
  return {
    engine: 'pglite',
    query,
    exec: async (sql) => void (await pg.exec(sql)),
    transaction: (fn) =>
      pg.transaction((tx) =>
        fn({
          query: async <T,>(sql: string, params: unknown[] = []) => (await tx.query<T>(sql, params)).rows,
          exec: async (sql: string) => void (await tx.exec(sql)),
        } as Queryable & { exec(sql: string): Promise<void> }),
      ),
    close: () => pg.close(),
  };
}
