import type { Db } from './db/db.js';

/**
 * The texts each site's textsHash stands for. Known hashes are remembered by this process, so a
 * receipt whose texts are on file costs no extra query.
 */
export class TextsStore {
  private cache = new Set<string>();
  constructor(private db: Db) {}

  /** Whether the texts of `hash` are on file for `site`. */
  async known(site: string, hash: string): Promise<boolean> {
    const key = `${site}\n${hash}`;
    if (this.cache.has(key)) return true;
    const rows = await this.db.query('SELECT 1 FROM text_version WHERE site_id = $1 AND texts_hash = $2', [site, hash]);
    if (rows.length) this.cache.add(key);
    return rows.length > 0;
  }

  /**
   * Keeps texts whose hash was checked by the caller.
   * @returns true when stored now, false when they were on file.
   */
  async store(site: string, hash: string, texts: string): Promise<boolean> {
    const rows = await this.db.query(
      'INSERT INTO text_version (site_id, texts_hash, texts) VALUES ($1, $2, $3::text::json) ON CONFLICT DO NOTHING RETURNING 1',
      [site, hash, texts],
    );
    this.cache.add(`${site}\n${hash}`);
    return rows.length > 0;
  }
}
