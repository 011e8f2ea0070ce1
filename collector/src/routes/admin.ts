import type { ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { Context } from '../context.js';
import { HttpError, json } from '../http/respond.js';

const DAY = 86_400_000;

/** `from` and `to` query parameters (ISO 8601), `to` exclusive; defaults: the last `days` days. */
function range(url: URL, days: number): { from: Date; to: Date } {
  const parse = (name: string, fallback: number) => {
    const text = url.searchParams.get(name);
    if (text === null || text === '') return new Date(fallback);
    const time = Date.parse(text);
    if (Number.isNaN(time)) throw new HttpError(400, `${name}: ${JSON.stringify(text)} is not an ISO 8601 date`);
    return new Date(time);
  };
  const to = parse('to', Date.now() + DAY);
  const from = parse('from', to.getTime() - days * DAY);
  if (from > to) throw new HttpError(400, 'from: after to');
  return { from, to };
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** One export line: the receipt as received, plus `receivedAt`. */
const line = (body: string, receivedAt: Date | string) =>
  body.slice(0, -1) + ',"receivedAt":' + JSON.stringify(iso(receivedAt)) + '}\n';

/**
 * GET /v1/sites/{site}/receipts?from&to: NDJSON, one receipt per line in decision order, filtered
 * on the receipt's date. Read in pages of 1,000 by keyset on the primary key and written with
 * back-pressure, so a year of receipts streams in constant memory.
 */
export async function exportReceipts(ctx: Context, url: URL, res: ServerResponse, siteId: string): Promise<void> {
  ctx.site(siteId);
  const { from, to } = range(url, 36_500);
  const page = async (after?: { at: string; id: string }) =>
    ctx.db.query<{ body: string; received_at: Date; decided_at: Date; consent_id: string }>(
      `SELECT body::text AS body, received_at, decided_at, consent_id FROM receipt
       WHERE site_id = $1 AND decided_at >= $2 AND decided_at < $3
       ${after ? 'AND (decided_at, consent_id) > ($4::timestamptz, $5)' : ''}
       ORDER BY decided_at, consent_id LIMIT 1000`,
      after ? [siteId, from.toISOString(), to.toISOString(), after.at, after.id] : [siteId, from.toISOString(), to.toISOString()],
    );
  let rows = await page(); // before the head: a database outage still gets its 503
  res.writeHead(200, {
    'content-type': 'application/x-ndjson; charset=utf-8',
    'content-disposition': `attachment; filename="${siteId}-receipts.ndjson"`,
    'cache-control': 'no-store',
  });
  try {
    while (rows.length) {
      for (const row of rows) if (!res.write(line(row.body, row.received_at))) await once(res, 'drain');
      if (rows.length < 1000) break;
      const last = rows[rows.length - 1];
      rows = await page({ at: iso(last.decided_at), id: last.consent_id });
    }
    res.end();
  } catch (error) {
    // The head is gone: cut the stream so the client sees an incomplete export, never a short one.
    ctx.log(`export of ${siteId} interrupted: ${(error as Error).message}`);
    res.destroy();
  }
}

/**
 * GET /v1/sites/{site}/consents/{id}: every receipt of one consent id, oldest first, each with the
 * texts the visitor was shown when the collector has them (their hash checked on arrival).
 */
export async function lookupConsent(ctx: Context, res: ServerResponse, siteId: string, id: string): Promise<void> {
  ctx.site(siteId);
  const rows = await ctx.db.query<{ body: string; received_at: Date; texts_hash: string | null }>(
    `SELECT body::text AS body, received_at, texts_hash FROM receipt
     WHERE site_id = $1 AND consent_id = $2 ORDER BY decided_at, received_at`,
    [siteId, id],
  );
  if (!rows.length) throw new HttpError(404, `no receipt for consent id ${JSON.stringify(id)} on site ${siteId}`);
  const hashes = [...new Set(rows.map((row) => row.texts_hash).filter((hash): hash is string => !!hash))];
  const texts = new Map<string, { texts: Record<string, string>; receivedAt: string }>();
  if (hashes.length) {
    const found = await ctx.db.query<{ texts_hash: string; texts: string; received_at: Date }>(
      `SELECT texts_hash, texts::text AS texts, received_at FROM text_version
       WHERE site_id = $1 AND texts_hash IN (${hashes.map((_, i) => `$${i + 2}`).join(',')})`,
      [siteId, ...hashes],
    );
    for (const row of found) texts.set(row.texts_hash, { texts: JSON.parse(row.texts), receivedAt: iso(row.received_at) });
  }
  json(res, 200, {
    site: siteId,
    id,
    receipts: rows.map((row) => {
      const shown = row.texts_hash ? texts.get(row.texts_hash) : undefined;
      return {
        receipt: JSON.parse(row.body),
        receivedAt: iso(row.received_at),
        // "verified": the collector hashed these texts itself and found the receipt's textsHash.
        textsStatus: !row.texts_hash ? 'not-sent' : shown ? 'verified' : 'missing',
        texts: shown?.texts ?? null,
      };
    }),
  });
}

interface DayStats {
  day: string;
  total: number;
  methods: Record<string, number>;
  purposes: Record<string, { granted: number; refused: number }>;
  revisions: Record<string, number>;
}

/**
 * GET /v1/sites/{site}/stats?from&to: counts per day (UTC, decision date): decisions by method,
 * per purpose granted and refused, per policy revision; and per revision and text version.
 */
export async function stats(ctx: Context, url: URL, res: ServerResponse, siteId: string): Promise<void> {
  ctx.site(siteId);
  const { from, to } = range(url, 30);
  const where = 'WHERE site_id = $1 AND decided_at >= $2 AND decided_at < $3';
  const params = [siteId, from.toISOString(), to.toISOString()];
  const day = `to_char(decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
  const methods = await ctx.db.query<{ day: string; method: string; n: number }>(
    `SELECT ${day} AS day, method, count(*)::int AS n FROM receipt ${where} GROUP BY 1, 2`,
    params,
  );
  const purposes = await ctx.db.query<{ day: string; purpose: string; granted: boolean; n: number }>(
    `SELECT ${day} AS day, c.key AS purpose, c.value = 'true'::jsonb AS granted, count(*)::int AS n
     FROM receipt, jsonb_each(categories) c ${where} GROUP BY 1, 2, 3`,
    params,
  );
  const versions = await ctx.db.query<{ day: string; revision: string; texts_hash: string | null; method: string; n: number }>(
    `SELECT ${day} AS day, revision, texts_hash, method, count(*)::int AS n FROM receipt ${where} GROUP BY 1, 2, 3, 4`,
    params,
  );
  const days = new Map<string, DayStats>();
  const of = (d: string) => {
    let entry = days.get(d);
    if (!entry) days.set(d, (entry = { day: d, total: 0, methods: {}, purposes: {}, revisions: {} }));
    return entry;
  };
  for (const row of methods) {
    of(row.day).total += row.n;
    of(row.day).methods[row.method] = row.n;
  }
  for (const row of purposes) {
    const counts = (of(row.day).purposes[row.purpose] ??= { granted: 0, refused: 0 });
    counts[row.granted ? 'granted' : 'refused'] += row.n;
  }
  const byVersion = new Map<string, { revision: string; textsHash: string | null; total: number; methods: Record<string, number> }>();
  for (const row of versions) {
    const revisions = of(row.day).revisions;
    revisions[row.revision] = (revisions[row.revision] ?? 0) + row.n;
    const key = `${row.revision}\n${row.texts_hash}`;
    let version = byVersion.get(key);
    if (!version) byVersion.set(key, (version = { revision: row.revision, textsHash: row.texts_hash, total: 0, methods: {} }));
    version.total += row.n;
    version.methods[row.method] = (version.methods[row.method] ?? 0) + row.n;
  }
  json(res, 200, {
    site: siteId,
    from: from.toISOString(),
    to: to.toISOString(),
    days: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    versions: [...byVersion.values()].sort((a, b) => b.total - a.total),
  });
}

/** GET /v1/sites: the declared sites, for the dashboard's site picker. */
export function listSites(ctx: Context, res: ServerResponse): void {
  json(res, 200, { sites: Object.entries(ctx.config.sites).map(([id, site]) => ({ id, ...site })) });
}
