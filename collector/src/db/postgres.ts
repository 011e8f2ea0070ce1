import postgres from 'postgres';
import type { Db, Queryable } from './db.js';

/**
 * PostgreSQL (≥ 15) through postgres.js. The pool reconnects by itself: when the server comes back
 * after an outage, the next query simply works, so the collector recovers without a restart.
 */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Db> {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {}, // "relation already exists, skipping" from IF NOT EXISTS is not news
    connect_timeout: 5,
  });
  const wrap = (run: typeof sql): Queryable & { exec(sql: string): Promise<void> } => ({
    query: async <T,>(text: string, params: unknown[] = []) =>
      // Unnamed statements: a micro-batch's SQL changes with its row count, and preparing each
      // variant would cost a round trip and grow every connection's statement cache.
      (await run.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: false })) as unknown as T[],
    exec: async (text: string) => void (await run.unsafe(text).simple()),
  });
  const base = wrap(sql);
  return {
    engine: 'postgres',
    ...base,
    transaction: (fn) => sql.begin((tx) => fn(wrap(tx as unknown as typeof sql))) as never,
    close: () => sql.end({ timeout: 5 }),
  };
}
