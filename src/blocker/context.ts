import type { VendorDefinition } from '../types.js';
import type { BlockerOptions } from './index.js';
import type { VendorIndex } from './url-matcher.js';

/** State shared by the blocker's modules for one `startBlocker()` call. */
export interface BlockerContext extends Omit<BlockerOptions, 'releaser'> {
  /** Elements tamis released or let through on purpose: never blocked again. */
  passed: WeakSet<Element>;
  /**
   * Elements already reported through `onBlocked`, in the order they were blocked. A Set (not a
   * WeakSet) so that release also finds those no query reaches: detached images (`new Image()`
   * probes) and elements in closed shadow roots.
   */
  seen: Set<Element>;
  /**
   * Nodes an insertion patch scanned, until the document observer sees them inserted (then
   * skipped). `undefined` once the parser is done (the observer then no longer watches insertions)
   * or the blocker is stopped.
   */
  fresh?: WeakSet<Node>;
  /** `vendors` by host, built once. */
  index: VendorIndex;
  /** Hosts of unknown third parties: the stand-in vendor when held (strict mode), else `false`. */
  hosts: Map<string, VendorDefinition | false>;
  /** URLs found harmless, with the base URL they were read against: see `deniedVendor`. */
  harmless: Map<string | null | undefined, string>;
  /** Releases what is now allowed (queued; see release.ts). */
  rel(): void;
  /**
   * Holds the declarations of `el`'s style attribute that name a refused vendor's URL (set by
   * style-patches.ts), for HTML strings and parsed markup. `notify`: report it (default true).
   */
  st?(el: Element, notify?: boolean): unknown;
  /**
   * The value `setAttribute('style', value)` writes on `el`: without the declarations it held
   * (set by style-patches.ts, called by dom-patches.ts's setAttribute).
   */
  sa?(el: Element, value: string): string;
}

/** Elements whose style attribute may name a vendor's image. */
export const STYLED = '[style*="url(" i]';

/**
 * Marks an element tamis made inert (as opposed to markup the site wrote inert), and every blocked
 * iframe, declarative ones included: the UI puts a `<tamis-placeholder>` before those.
 */
export const BLOCKED = 'data-tamis-blocked';

// The untouched DOM primitives, taken when this module loads (before any patch), for the blocker's
// own writes that its patches would intercept again (an attribute, an HTML string). Its insertions
// go through the patches, which let elements already blocked or released (`passed`) through.
// Two constants rather than one object: `setAttribute` and `innerHTML` are DOM names, which the
// minifier keeps as property names (docs/head-bytes.md).
const nativeSetAttribute = Element.prototype.setAttribute;
/** `Element.prototype.innerHTML` before any patch. */
export const nativeInnerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;

/** Sets an attribute without going through the patched `setAttribute`. */
export const setAttr = (el: Element, name: string, value: string): void =>
  nativeSetAttribute.call(el, name, value);

/** Calls `onBlocked` once per element. */
export function report(c: BlockerContext, el: Element, vendor?: VendorDefinition): void {
  if (c.seen.has(el)) return;
  c.seen.add(el);
  // data-category holds the vendor's purpose once blocked, and the site's purpose on declarative tags.
  c.onBlocked?.({ vendor, purpose: el.getAttribute('data-category') as VendorDefinition['purpose'], element: el });
}
