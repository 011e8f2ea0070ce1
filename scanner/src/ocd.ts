import { createRequire } from 'node:module';
import type { PurposeId } from '../../src/types.js';

/** A row of the Open Cookie Database snapshot (data/open-cookie-database.json, Apache-2.0). */
export interface OcdEntry {
  name: string;
  platform: string;
  category: string;
  retention: string;
  controller: string;
  wildcard: boolean;
  description: string;
}

interface Snapshot {
  fields: string[];
  rows: Array<[string, string, string, string, string, 0 | 1, string]>;
  commit: string | null;
  retrieved: string;
}

/** OCD categories to tamis purposes. Personalization (3 rows) stores choices the visitor made. */
const PURPOSES: Record<string, PurposeId> = {
  Marketing: 'advertising',
  Analytics: 'analytics',
  Functional: 'necessary',
  Security: 'necessary',
  Necessary: 'necessary',
  Personalization: 'necessary',
};

/** Looks cookie names and storage keys up in the Open Cookie Database. */
export class OpenCookieDatabase {
  readonly #exact = new Map<string, OcdEntry>();
  readonly #prefixes: OcdEntry[] = [];
  readonly version: string;

  constructor(snapshot?: Snapshot) {
    const data = snapshot ?? (createRequire(import.meta.url)('../../../data/open-cookie-database.json') as Snapshot);
    this.version = `${data.commit?.slice(0, 7) ?? 'unknown'} (${data.retrieved})`;
    for (const [name, platform, category, retention, controller, wildcard, description] of data.rows) {
      const entry = { name, platform, category, retention, controller, wildcard: wildcard === 1, description };
      if (entry.wildcard) this.#prefixes.push(entry);
      else if (!this.#exact.has(name)) this.#exact.set(name, entry);
    }
    // Longest prefix first: `_gat_gtag_` before `_gat`.
    this.#prefixes.sort((a, b) => b.name.length - a.name.length);
  }

  /** The entry for a cookie name or storage key: exact name first, then the longest wildcard prefix. */
  lookup(name: string): OcdEntry | undefined {
    return this.#exact.get(name) ?? this.#prefixes.find((e) => name.startsWith(e.name));
  }

  /** The tamis purpose of an entry's category. */
  static purpose(entry: OcdEntry): PurposeId {
    return PURPOSES[entry.category] ?? 'analytics';
  }
}

/** A kebab-case id for a platform name ("Google Tag Manager" → "google-tag-manager"). */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
