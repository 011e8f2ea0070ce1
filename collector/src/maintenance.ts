import type { Context } from './context.js';
import { digestClosedDays } from './digest.js';
import { purgeExpired } from './retention.js';

const HOUR = 3_600_000;

/**
 * Runs the housekeeping every collector does (each step is safe to run from several at once):
 * next month's partition, the digests of days just closed, then retention, which only ever
 * touches days already digested.
 */
export async function maintain(ctx: Context, now = Date.now()): Promise<void> {
  await ctx.partitions.ensureAround(now);
  for (const site of Object.keys(ctx.config.sites)) await digestClosedDays(ctx.db, site, now);
  const { dropped, deleted } = await purgeExpired(ctx.db, ctx.partitions, ctx.config, now);
  if (dropped.length || deleted) ctx.log(`retention: dropped ${dropped.join(', ') || 'no partition'}, deleted ${deleted} receipts`);
}

/** Runs `maintain` now and every hour; returns the function that stops it. */
export function scheduleMaintenance(ctx: Context): () => void {
  const run = () => maintain(ctx).catch((error) => ctx.log(`maintenance failed (retried in an hour): ${(error as Error).message}`));
  void run();
  const timer = setInterval(run, HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
