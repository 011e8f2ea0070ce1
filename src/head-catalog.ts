import type { PurposeId, VendorDefinition } from './types.js';
import type { AnchoredRegExp } from './blocker/url-matcher.js';

/**
 * Decodes the vendor table that scripts/rollup-head-catalog.mjs writes into dist/tamis.js in place
 * of vendors/index.ts: what blocking needs (id, purpose, URL patterns), nothing shown to people.
 * `cookies` is `[]`: the deferred module takes them from its own copy of the catalog.
 * @param table `purpose,id url url,id url|purpose,…`; `~N` is `regexps[N]` (`host~N`: anchored
 *   on `host`, see {@link AnchoredRegExp}); a host of one label
 *   ends in `.com`, a host ending in a dot ends in `com`; an empty id is the second-level label of the first host (`hotjar` for `hotjar.com`)
 */
export function decodeCatalog(table: string, regexps: AnchoredRegExp[]): VendorDefinition[] {
  /**
   * `host~N`: `regexps[N]`, anchored on `host` (url-matcher.ts indexes it there); `~N`: on none.
   * A string pattern (no `~`): a host of one label is that label + `.com`; a host ending in a dot
   * ends in `.com`.
   */
  const pattern = (u: string) => {
    const [text, n] = u.split('~');
    if (!n) return text.replace(/^[^./]+(?=\/|$)/, '$&.com').replace(/^[^/]*\.(?=\/|$)/, '$&com');
    if (text) regexps[+n].host = text;
    return regexps[+n];
  };
  return table.split('|').flatMap((group) => {
    const [purpose, ...vendors] = group.split(',');
    return vendors.map((vendor) => {
      const [id, ...patterns] = vendor.split(' ');
      const urls = patterns.map(pattern);
      return {
        // The build puts the pattern an empty id derives from first.
        id: id || (urls[0] as string).split('/')[0].split('.').at(-2)!,
        purpose: purpose as PurposeId,
        urls,
        cookies: [],
      } as unknown as VendorDefinition;
    });
  });
}
