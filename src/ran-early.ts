import type { VendorDefinition } from './types.js';
import { matchVendor } from './blocker/url-matcher.js';

/**
 * Finds the catalog vendor scripts already in the page when `init()` runs (npm), and says so with
 * one `console.error` per vendor. A script element in the document has been prepared by the
 * browser (HTML §4.12.1.1): it has run, or it is loading and will run; nothing can stop it any
 * more. It typically comes from a snippet pasted into `index.html`, which the parser runs before
 * any bundle. Labelling it blocked would hide the leak; the fix is to load tamis first in `<head>`.
 * @returns those scripts, for the blocker to leave alone
 */
export function ranEarly(vendors: readonly VendorDefinition[]): Element[] {
  const found: Element[] = [];
  const told = new Set<string>();
  for (const el of document.querySelectorAll('script[src]:not([data-tamis-blocked])')) {
    // A script with another type (text/plain: the declarative markup) never ran: tamis handles it.
    const type = el.getAttribute('type')?.trim().toLowerCase();
    if (type && type != 'module' && !/^(text|application)\/(java|ecma)script$/.test(type)) continue;
    const src = el.getAttribute('src');
    const vendor = matchVendor(src, vendors);
    if (!vendor) continue;
    found.push(el);
    if (told.has(vendor.id)) continue;
    told.add(vendor.id);
    console.error(
      `tamis: ${vendor.id} ran before tamis started: <script src="${src}"> was already in the page when init() was called, ` +
        'so tamis could not block it and it may have set cookies without consent. How to fix: load tamis first in <head>: ' +
        "with Vite, add the tamis/vite plugin (import tamis from 'tamis/vite'); with another bundler, put " +
        'window.tamisConfig and the script tag of tamis.js first in the <head> of your HTML template, above every vendor snippet ' +
        '(README, "Install").',
    );
  }
  return found;
}
