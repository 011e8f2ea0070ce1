import type { Db } from './db/db.js';
import { isUnavailable } from './db/db.js';
import { monthOf, type Partitions } from './db/partitions.js';
import type { Receipt } from './validate-receipt.js';

/** The database could not be reached: the request gets 503 and the sender retries later. */
export class UnavailableError extends Error {}

interface Pending {
  site: string;
  receipt: Receipt;
  /** The receipt as compact JSON text, stored and exported as is. */
  body: string;
  time: number;
  resolve(result: 'stored' | 'duplicate'): void;
  reject(error: Error): void;
}

const COLUMNS = 10;
const INSERT = `INSERT INTO receipt (site_id, decided_at, consent_id, expires_at, revision, method, texts_hash, language, categories, body) VALUES `;

/**
 * Writes receipts in micro-batches: requests arriving within `maxWaitMs` (or `maxBatch` of them)
 * share one multi-row INSERT … ON CONFLICT DO NOTHING, one commit, and each caller hears about
 * its own row only once that commit is done, so a 2xx always means a stored receipt. Multi-row
 * VALUES (not INSERT … SELECT) also routes per shard on Citus.
 */
export class ReceiptWriter {
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private inflight = 0;

  constructor(
    private db: Db,
    private partitions: Partitions,
    private options: { maxBatch?: number; maxWaitMs?: number; maxInflight?: number } = {},
  ) {}

  /**
   * Stores one receipt.
   * @returns `stored` when this call wrote it, `duplicate` when the same site + id + date was there.
   * @throws UnavailableError when the database cannot be reached.
   */
  write(site: string, receipt: Receipt, body: string): Promise<'stored' | 'duplicate'> {
    return new Promise((resolve, reject) => {
      this.queue.push({ site, receipt, body, time: Date.parse(receipt.date), resolve, reject });
      if (this.queue.length >= (this.options.maxBatch ?? 500)) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.options.maxWaitMs ?? 5);
    });
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.queue.length || this.inflight >= (this.options.maxInflight ?? 4)) return;
    const batch = this.queue.splice(0, this.options.maxBatch ?? 500);
    this.inflight++;
    this.insert(batch)
      .catch(() => {})
      .finally(() => {
        this.inflight--;
        // What arrived meanwhile goes at once: under load, batches grow by themselves.
        if (this.queue.length) this.flush();
      });
  }

  private async insert(batch: Pending[]): Promise<void> {
    // One row per key: a duplicate inside the batch is answered from the first one's fate.
    const byKey = new Map<string, Pending[]>();
    for (const item of batch) {
      const key = `${item.site}\n${item.receipt.id}\n${item.time}`;
      byKey.set(key, [...(byKey.get(key) ?? []), item]);
    }
    const rows = [...byKey.values()].map((items) => items[0]);
    try {
      const inserted = await this.insertRows(rows);
      for (const [key, items] of byKey) {
        items.forEach((item, i) => item.resolve(i == 0 && inserted.has(key) ? 'stored' : 'duplicate'));
      }
    } catch (error) {
      if (isUnavailable(error)) {
        for (const item of batch) item.reject(new UnavailableError((error as Error).message));
        return;
      }
      if (rows.length == 1) {
        for (const item of batch) item.reject(error as Error);
        return;
      }
      // Not an outage: find the row at fault by writing them one by one, so the others still land.
      await Promise.all([...byKey.values()].map((items) => this.insert(items)));
    }
  }

  private async insertRows(rows: Pending[]): Promise<Set<string>> {
    await this.partitions.ensure(new Set(rows.map((row) => monthOf(row.time))));
    const params: unknown[] = [];
    const tuples = rows.map((row, i) => {
      const r = row.receipt;
      params.push(
        row.site,
        new Date(row.time).toISOString(),
        r.id,
        new Date(r.expires).toISOString(),
        String(r.revision),
        r.method,
        r.textsHash ?? null,
        r.language,
        JSON.stringify(r.categories),
        row.body,
      );
      const n = i * COLUMNS;
      return `($${n + 1},$${n + 2}::timestamptz,$${n + 3},$${n + 4}::timestamptz,$${n + 5},$${n + 6},$${n + 7},$${n + 8},$${n + 9}::text::jsonb,$${n + 10}::text::json)`;
    });
    const returned = await this.db.query<{ site_id: string; consent_id: string; decided_at: Date | string }>(
      INSERT + tuples.join(',') + ' ON CONFLICT DO NOTHING RETURNING site_id, consent_id, decided_at',
      params,
    );
    return new Set(returned.map((row) => `${row.site_id}\n${row.consent_id}\n${new Date(row.decided_at).getTime()}`));
  }
}
