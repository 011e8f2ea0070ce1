import type { Db } from './db.js';

/** `YYYY_MM` of the month (UTC) holding `time`. */
export const monthOf = (time: number): string => new Date(time).toISOString().slice(0, 7).replace('-', '_');

const bounds = (month: string) => {
  const [year, m] = month.split('_').map(Number);
  const from = new Date(Date.UTC(year, m - 1, 1)).toISOString();
  const to = new Date(Date.UTC(year, m, 1)).toISOString();
  return { from, to };
};

/**
 * Monthly partitions of `receipt`, named `receipt_pYYYY_MM` as Citus's create_time_partitions names
 * them. Created on demand before a batch is written (PGlite has no pg_partman or pg_cron), and
 * never as a DEFAULT partition: that one would block creating a month that overlaps its rows.
 */
export class Partitions {
  private known = new Set<string>();
  constructor(private db: Db) {}

  /** Makes sure the partition of every month in `months` exists. */
  async ensure(months: Iterable<string>): Promise<void> {
    for (const month of months) {
      if (this.known.has(month)) continue;
      const { from, to } = bounds(month);
      try {
        await this.db.exec(
          `CREATE TABLE IF NOT EXISTS receipt_p${month} PARTITION OF receipt FOR VALUES FROM ('${from}') TO ('${to}')`,
        );
      } catch (error) {
        // Another collector created it between our check and our CREATE: that is what we wanted.
        if ((error as { code?: string }).code != '42P07') throw error;
      }
      this.known.add(month);
    }
  }

  /** The current month and the next one, so the first receipts of a month never wait on DDL. */
  ensureAround(now = Date.now()): Promise<void> {
    const next = new Date(now);
    next.setUTCDate(1);
    next.setUTCMonth(next.getUTCMonth() + 1);
    return this.ensure([monthOf(now), monthOf(next.getTime())]);
  }

  /** Existing partitions with the end of their month, oldest first. */
  async list(): Promise<{ name: string; month: string; end: Date }[]> {
    const rows = await this.db.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'receipt' ORDER BY 1`,
    );
    return rows
      .filter((row) => /^receipt_p\d{4}_\d{2}$/.test(row.name))
      .map((row) => {
        const month = row.name.slice('receipt_p'.length);
        return { name: row.name, month, end: new Date(bounds(month).to) };
      });
  }

  /** Detaches and drops a whole month: fast whatever its size, unlike DELETE plus vacuum. */
  async drop(month: string): Promise<void> {
    await this.db.exec(`ALTER TABLE receipt DETACH PARTITION receipt_p${month}; DROP TABLE receipt_p${month}`);
    this.known.delete(month);
  }
}
