import type { VendorDefinition } from '../src/types.js';
import { matchVendor } from '../src/blocker/url-matcher.js';

/** Relative URLs are the site's own: resolved against a host no vendor pattern names. */
const BASE = 'https://site.invalid/';
const TAG = /<(script|iframe|img)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const attr = (attrs: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
const value = (m: RegExpExecArray | null) => (m ? (m[1] ?? m[2] ?? m[3]).replace(/&amp;/g, '&') : undefined);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Rewrites the vendor tags written in an HTML page into tamis's declarative form, at build time:
 * `<script type="text/plain" data-type … data-category data-vendor src>` (a script that is not
 * JavaScript is never fetched, by the parser or by the preload scanner, HTML §4.12.1.1),
 * `<iframe data-src>`, `<img data-src>`. At run time tamis.js does the same to parser-inserted tags,
 * but only once the browser has seen them, when Chromium's preload scanner may have fetched them
 * already; written inert, they are not fetched before consent. Release works as for any declarative
 * tag. Tags already declarative (`data-category`) are left alone.
 * @param vendors the site's vendors first (their purpose overrides win), then the catalog
 * @returns the page and the ids of the vendors whose tags were rewritten
 */
export function inertTags(html: string, vendors: readonly VendorDefinition[]): { html: string; found: string[] } {
  const found = new Set<string>();
  const out = html.replace(TAG, (whole, name: string, attrs: string) => {
    if (attr(attrs, 'data-category')) return whole;
    const src = attr(attrs, 'src');
    const vendor = matchVendor(value(src) ?? value(attr(attrs, 'srcset'))?.trim().split(/[\s,]/)[0], vendors, BASE);
    if (!vendor) return whole;
    const tag = name.toLowerCase();
    const type = value(attr(attrs, 'type'));
    if (tag == 'script' && type && type != 'module' && !/^(text|application)\/(java|ecma)script$/i.test(type)) return whole;
    found.add(vendor.id);
    const marks = ` data-category="${vendor.purpose}" data-vendor="${escape(vendor.id)}"`;
    if (tag == 'script') {
      const rest = attrs.replace(/\stype\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/i, '');
      return `<${name} type="text/plain" data-type="${escape(type ?? '')}"${marks}${rest}>`;
    }
    return `<${name}${marks}${attrs.replace(/\s(src|srcset)(\s*=)/gi, ' data-$1$2')}>`;
  });
  return { html: out, found: [...found] };
}
