import { createHash } from 'node:crypto';
import type { Queryable } from './db/db.js';

const DAY = 86_400_000;
/** A day closes this long after midnight UTC, so a batch committing at 23:59:59.999 is in. */
const GRACE = 10 * 60_000;
export const GENESIS = '0'.repeat(64);

const RECEIVED = `to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * SHA-256 over the previous day's digest, the day, and each receipt received that day (as stored,
 * with its microsecond arrival time), ordered by arrival time, consent id, decision date. Days
 * are counted by arrival at the collector, not by decision date: a receipt retried from the
 * visitor's outbox the next day lands in an open day and never changes a closed one.
 * Reads in pages of 1,000 along the (site_id, received_at) index.
 */
export async function digestDay(db: Queryable, site: string, day: string, previous: string): Promise<{ digest: string; receipts: number }> {
  const hash = createHash('sha256').update(`${previous}\n${day}\n`);
  const start = `${day}T00:00:00Z`;
  const end = new Date(Date.parse(start) + DAY).toISOString();
  let after: { at: string; id: string; decided: string } | undefined;
  let receipts = 0;
  for (;;) {
    const rows = await db.query<{ at: string; id: string; decided: string; body: string }>(
      `SELECT ${RECEIVED} AS at, consent_id AS id, to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS decided, body::text AS body
       FROM receipt WHERE site_id = $1 AND received_at >= $2 AND received_at < $3
       ${after ? 'AND (received_at, consent_id, decided_at) > ($4::timestamptz, $5, $6::timestamptz)' : ''}
       ORDER BY received_at, consent_id, decided_at LIMIT 1000`,
      after ? [site, start, end, after.at, after.id, after.decided] : [site, start, end],
    );
    for (const row of rows) hash.update(`${row.at}\t${row.body}\n`);
    receipts += rows.length;
    if (rows.length < 1000) break;
    after = rows[rows.length - 1];
  }
  return { digest: hash.update(`${receipts}\n`).digest('hex'), receipts };
}

/** UTC days (YYYY-MM-DD) on which `site` received receipts, in [from, to). */
async function receiptDays(db: Queryable, site: string, from: string | undefined, to: string): Promise<string[]> {
  const rows = await db.query<{ day: string }>(
    `SELECT DISTINCT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day FROM receipt
     WHERE site_id = $1 AND received_at < $2 ${from ? 'AND received_at >= $3' : ''} ORDER BY 1`,
    from ? [site, to, from] : [site, to],
  );
  return rows.map((row) => row.day);
}

/** Start of the first day not closed at `now`. */
const openDay = (now: number) => new Date(Math.floor((now - GRACE) / DAY) * DAY).toISOString();
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString();

/**
 * Adds the digest of every closed day with receipts not digested yet, each chained to the one
 * before. Safe to run from several collectors at once: the same day gets the same digest, and the
 * primary key keeps one.
 * @returns how many days were added.
 */
export async function digestClosedDays(db: Queryable, site: string, now = Date.now()): Promise<number> {
  const [last] = await db.query<{ day: string; digest: string }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, digest FROM daily_digest WHERE site_id = $1 ORDER BY day DESC LIMIT 1`,
    [site],
  );
  let previous = last?.digest ?? GENESIS;
  const days = await receiptDays(db, site, last ? nextDay(last.day) : undefined, openDay(now));
  for (const day of days) {
    const { digest, receipts } = await digestDay(db, site, day, previous);
    await db.query(
      `INSERT INTO daily_digest (site_id, day, receipts, digest, previous) VALUES ($1, $2::date, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [site, day, receipts, digest, previous],
    );
    previous = digest;
  }
  return days.length;
}

/** What `tamis-collector verify` found. */
export interface VerifyResult {
  ok: boolean;
  days: number;
  /** The last day whose digest matched. */
  lastGood?: string;
  /** The first day that does not match, and why. */
  failure?: { day: string; reason: string };
}

/**
 * Recomputes the chain of `site` from its first day: each closed day's digest from the receipts
 * stored now, chained to the previous one. Days whose receipts retention purged are trusted as
 * stored (their digest still chains). Also catches receipts added to a closed day that had none.
 */
export async function verifyChain(db: Queryable, site: string): Promise<VerifyResult> {
  const stored = await db.query<{ day: string; digest: string; previous: string; receipts: number; purged: boolean }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, digest, previous, receipts, purged_at IS NOT NULL AS purged
     FROM daily_digest WHERE site_id = $1 ORDER BY day`,
    [site],
  );
  const digested = new Set(stored.map((row) => row.day));
  const fail = (day: string, reason: string, lastGood?: string): VerifyResult => ({ ok: false, days: stored.length, lastGood, failure: { day, reason } });
  if (stored.length) {
    const lastDay = stored[stored.length - 1].day;
    const undigested = (await receiptDays(db, site, undefined, nextDay(lastDay))).find((day) => !digested.has(day));
    // Checked below in day order, so the first day named is the earliest problem.
    let previous = GENESIS;
    let lastGood: string | undefined;
    for (const row of stored) {
      if (undigested && undigested < row.day) return fail(undigested, 'receipts on a closed day that had none', lastGood);
      if (row.previous != previous) return fail(row.day, 'does not chain to the previous day', lastGood);
      if (!row.purged) {
        const { digest, receipts } = await digestDay(db, site, row.day, previous);
        if (digest != row.digest)
          return fail(row.day, `receipts changed (${receipts} stored now, ${row.receipts} when the day closed)`, lastGood);
      }
      previous = row.digest;
      lastGood = row.day;
    }
    if (undigested) return fail(undigested, 'receipts on a closed day that had none', lastGood);
    return { ok: true, days: stored.length, lastGood };
  }
  return { ok: true, days: 0 };
}
