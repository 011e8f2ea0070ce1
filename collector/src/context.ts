import type { CollectorConfig, SiteConfig } from './config.js';
import type { Db } from './db/db.js';
import type { Partitions } from './db/partitions.js';
import { HttpError } from './http/respond.js';
import type { RateLimit } from './http/rate-limit.js';
import type { ReceiptWriter } from './receipt-writer.js';
import type { TextsStore } from './texts-store.js';

/** What every route handler gets: the database, the sites, the writer, the admin token. */
export interface Context {
  db: Db;
  config: CollectorConfig;
  partitions: Partitions;
  writer: ReceiptWriter;
  texts: TextsStore;
  rateLimit: RateLimit;
  token: string;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  log(line: string): void;
  /** The site's config. @throws HttpError 404 for a site not declared. */
  site(id: string): SiteConfig;
}

export function siteLookup(config: CollectorConfig): (id: string) => SiteConfig {
  return (id) => {
    const site = Object.hasOwn(config.sites, id) ? config.sites[id] : undefined;
    if (!site) throw new HttpError(404, `unknown site ${JSON.stringify(id)}`);
    return site;
  };
}
