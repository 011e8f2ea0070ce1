import { readFile } from 'node:fs/promises';

/** One site whose receipts the collector accepts. */
export interface SiteConfig {
  /** Origins allowed to send receipts (`https://shop.example`); a request without Origin is not a browser's and is let in. */
  origins: string[];
  /**
   * Months receipts are kept after their `expires` (never purged before it).
   * @default 60 — 5 years, the French limitation period for personal actions (Code civil art. 2224):
   *   a legal choice of the site owner, not a rule of the GDPR.
   */
  retentionMonths: number;
}

export interface CollectorConfig {
  sites: Record<string, SiteConfig>;
}

export const DEFAULT_RETENTION_MONTHS = 60;

/** The config `npm run collector` starts with: one site, `demo`, the demo shop of `npm run demo`. */
export const DEMO_CONFIG: CollectorConfig = {
  sites: { demo: { origins: ['http://localhost:8000', 'http://127.0.0.1:8000'], retentionMonths: DEFAULT_RETENTION_MONTHS } },
};

const SITE_ID = /^[a-z0-9][a-z0-9_-]{0,62}$/;

/**
 * Checks a parsed config file (`{ "sites": { "shop": { "origins": [...], "retentionMonths": 72 } } }`).
 * @throws an Error naming the first wrong key, e.g. `sites.shop.origins[0]: "shop.example" is not an origin`.
 */
export function parseConfig(value: unknown, source = 'config'): CollectorConfig {
  const fail = (path: string, message: string): never => {
    throw new Error(`${source}: ${path}: ${message}`);
  };
  if (!value || typeof value != 'object' || Array.isArray(value)) fail('(root)', 'must be an object with "sites"');
  const root = value as Record<string, unknown>;
  for (const key of Object.keys(root)) if (key != 'sites') fail(key, 'unknown key (expected "sites")');
  const sites = root.sites;
  if (!sites || typeof sites != 'object' || Array.isArray(sites)) fail('sites', 'must be an object of sites by id');
  const out: CollectorConfig = { sites: {} };
  for (const [id, site] of Object.entries(sites as Record<string, unknown>)) {
    const at = `sites.${id}`;
    if (!SITE_ID.test(id)) fail(at, 'site id must be lowercase letters, digits, - or _ (at most 63)');
    if (!site || typeof site != 'object' || Array.isArray(site)) fail(at, 'must be an object');
    const { origins, retentionMonths = DEFAULT_RETENTION_MONTHS, ...rest } = site as Record<string, unknown>;
    for (const key of Object.keys(rest)) fail(`${at}.${key}`, 'unknown key (expected "origins", "retentionMonths")');
    if (!Array.isArray(origins)) fail(`${at}.origins`, 'must be an array of origins like "https://shop.example"');
    (origins as unknown[]).forEach((origin, i) => {
      let ok = false;
      try {
        ok = typeof origin == 'string' && new URL(origin).origin == origin;
      } catch {
        ok = false;
      }
      if (!ok) fail(`${at}.origins[${i}]`, `${JSON.stringify(origin)} is not an origin (scheme://host[:port], no path)`);
    });
    if (!Number.isInteger(retentionMonths) || (retentionMonths as number) < 0)
      fail(`${at}.retentionMonths`, 'must be a whole number of months ≥ 0 (counted after the receipt expires)');
    out.sites[id] = { origins: origins as string[], retentionMonths: retentionMonths as number };
  }
  return out;
}

/** Reads and checks a config file. */
export async function loadConfig(file: string): Promise<CollectorConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read (${(error as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`);
  }
  return parseConfig(value, file);
}
