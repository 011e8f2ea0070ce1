import { DEFAULT_RETENTION_MONTHS, type CollectorConfig } from './config.js';
import type { Db } from './db/db.js';
import type { Partitions } from './db/partitions.js';

const DAY = 86_400_000;
/** A receipt's `expires` is at most 13 months (+1 day of month-end slack) after its date. */
const MAX_VALIDITY_MONTHS = 13;

const monthsBefore = (time: number, months: number) => {
  const date = new Date(time);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.getTime();
};

/**
 * Purges receipts past their site's retention, counted from their `expires`, never before it.
 * 1. Whole monthly partitions are detached and dropped once every receipt they can hold
 *    (decided that month, so expiring at most 13 months + 1 day after its end) is past the longest
 *    retention of any site: milliseconds whatever their size.
 * 2. Sites with a shorter retention lose whole arrival days (batched DELETE) once the latest
 *    `expires` of the day is past their retention, so digested days stay whole.
 * The digest of a purged day is kept and marked purged: the chain still verifies.
 * @returns what was purged.
 */
export async function purgeExpired(db: Db, partitions: Partitions, config: CollectorConfig, now = Date.now()) {
  const retentions = Object.values(config.sites).map((site) => site.retentionMonths);
  const longest = Math.max(DEFAULT_RETENTION_MONTHS, ...retentions);
  const dropped: string[] = [];
  for (const partition of await partitions.list()) {
    const lastExpiry = monthsBefore(partition.end.getTime(), -MAX_VALIDITY_MONTHS) + DAY;
    if (lastExpiry > monthsBefore(now, longest)) continue;
    await db.exec(
      `UPDATE daily_digest d SET purged_at = now() FROM (SELECT DISTINCT site_id, (received_at AT TIME ZONE 'UTC')::date AS day FROM ${partition.name}) r
       WHERE d.site_id = r.site_id AND d.day = r.day AND d.purged_at IS NULL`,
    );
    await partitions.drop(partition.month);
    dropped.push(partition.name);
  }
  let deleted = 0;
  for (const [site, { retentionMonths }] of Object.entries(config.sites)) {
    if (retentionMonths >= longest) continue;
    const cutoff = new Date(monthsBefore(now, retentionMonths)).toISOString();
    const days = await db.query<{ day: string }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day FROM daily_digest WHERE site_id = $1 AND purged_at IS NULL ORDER BY day`,
      [site],
    );
    for (const { day } of days) {
      const start = `${day}T00:00:00Z`;
      const end = new Date(Date.parse(start) + DAY).toISOString();
      const [row] = await db.query<{ last: Date | null }>(
        'SELECT max(expires_at) AS last FROM receipt WHERE site_id = $1 AND received_at >= $2 AND received_at < $3',
        [site, start, end],
      );
      if (row.last && new Date(row.last).toISOString() >= cutoff) continue;
      deleted += await db.transaction(async (tx) => {
        const gone = await tx.query('DELETE FROM receipt WHERE site_id = $1 AND received_at >= $2 AND received_at < $3 RETURNING 1', [site, start, end]);
        await tx.query('UPDATE daily_digest SET purged_at = now() WHERE site_id = $1 AND day = $2::date', [site, day]);
        return gone.length;
      });
    }
  }
  return { dropped, deleted };
}
