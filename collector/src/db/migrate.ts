import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';

const folder = fileURLToPath(new URL('../../migrations/', import.meta.url));

/**
 * Applies the numbered `migrations/NNN_name.sql` files not applied yet, each in its own
 * transaction, on PGlite and PostgreSQL alike. Collectors starting together on one database take
 * turns through an advisory lock, so each migration runs once.
 * @returns the names of the migrations applied now.
 */
export async function migrate(db: Db): Promise<string[]> {
  const files = (await readdir(folder)).filter((name) => /^\d+_.*\.sql$/.test(name)).sort();
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied: string[] = [];
  for (const name of files) {
    const sql = await readFile(folder + name, 'utf8');
    const done = await db.transaction(async (tx) => {
      // 7_4_2026 is an arbitrary constant: the lock id that serialises tamis-collector migrations.
      await tx.query('SELECT pg_advisory_xact_lock(742026)');
      if ((await tx.query('SELECT 1 FROM schema_migration WHERE name = $1', [name])).length) return false;
      await tx.exec(sql);
      await tx.query('INSERT INTO schema_migration (name) VALUES ($1)', [name]);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}
