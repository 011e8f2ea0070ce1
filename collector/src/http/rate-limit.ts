/**
 * Token bucket per client address, kept in memory only (addresses are never stored or logged):
 * `perMinute` requests a minute on average, bursts up to the same number. Each collector process
 * counts alone; behind a load balancer the limit is per process.
 */
export class RateLimit {
  private buckets = new Map<string, { tokens: number; at: number; warned: number }>();
  private sweep = 0;

  constructor(private perMinute: number) {}

  /**
   * Takes one token for `client`.
   * @returns `ok`, `limited`, or `limited-first` for the first refusal of a minute (the one to log).
   */
  take(client: string, now = Date.now()): 'ok' | 'limited' | 'limited-first' {
    if (!this.perMinute) return 'ok';
    if (now - this.sweep > 60_000) this.forgetIdle(now);
    let bucket = this.buckets.get(client);
    if (!bucket) this.buckets.set(client, (bucket = { tokens: this.perMinute, at: now, warned: 0 }));
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens--;
      return 'ok';
    }
    if (now - bucket.warned < 60_000) return 'limited';
    bucket.warned = now;
    return 'limited-first';
  }

  /** Full buckets carry no information: drop them so the map does not grow with every visitor. */
  private forgetIdle(now: number): void {
    this.sweep = now;
    for (const [client, bucket] of this.buckets)
      if (bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000 >= this.perMinute) this.buckets.delete(client);
  }
}
