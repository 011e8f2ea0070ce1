import type { VendorDefinition } from '../types.js';
import { BLOCKED, report, setAttr, STYLED, type BlockerContext } from './context.js';
import { findVendor, locate } from './url-matcher.js';

/** Elements that load a URL the blocker cares about (links: only hints, see `isHint`). */
export const TAGS = ['script', 'iframe', 'img', 'link'];

/** `TAGS` as a CSS selector; `SELECTOR.slice(7)` leaves scripts out. */
export const SELECTOR = TAGS.join();

/**
 * Is `el` a link hint? Hints (`preconnect`, `dns-prefetch`, `preload`, `prefetch`, `modulepreload`,
 * `prerender`) each have "pre" in their rel, and open a connection to the vendor, with the visitor's
 * IP address, as soon as the `<link>` is connected with its `href`. Other links (stylesheets,
 * icons) are not held.
 */
export const isHint = (el: Element): boolean => /pre/i.test(el.getAttribute('rel') ?? '');

/**
 * The vendor a URL belongs to, when that vendor may not run now; else `undefined`. With strict mode
 * (`unknownThirdParties: 'block'`), a URL of an unknown third party gets a stand-in vendor with
 * the id `''` and no purpose: held until the site declares it. Every interception asks here.
 */
export function deniedVendor(c: BlockerContext, url: string | null | undefined): VendorDefinition | undefined {
  // A URL of no vendor and of no held host stays harmless for this blocker (its vendor list and
  // its answer per host are fixed; a new init() is a new blocker): remembered in `c.harmless` with
  // the base URL it was read against, since pages set an image's src and then insert it (two
  // checks) and repeat their URLs. A vendor's URL is never remembered: consent is asked each time.
  // Bounded: past 4,000 URLs new ones are checked in full each time, as before (answers stay
  // right, memory flat). Keyed by the URL alone: a key made of base + URL cost more to build and
  // hash than the check it saved (issue #16).
  const base = document.baseURI;
  if (c.harmless.get(url) == base) return;
  const at = locate(url, base);
  if (at) {
    const v = findVendor(c.index, ...at);
    if (v) return c.isAllowed(v.id, v.purpose) ? undefined : v;
    const host = at[0];
    let held = c.hosts.get(host);
    // Asked once per host: the runtime warns (or not) and says whether to hold it.
    if (held === undefined) c.hosts.set(host, (held = !!c.unknown?.(host) && ({ id: '', urls: [host] } as unknown as VendorDefinition)));
    if (held) return held;
  }
  if (c.harmless.size < 4e3) c.harmless.set(url, base);
}

/** First URL of a `srcset` (enough to know whose image it is). */
export const firstOfSrcset = (srcset: string | null): string | undefined => srcset?.trim().split(/[\s,]/)[0];

/**
 * Gives a script the type `text/plain`, keeping its own in `data-type` (`''`: none, a classic script)
 * for release. Also used again when vendor code sets the type of a blocked script back.
 */
function inertScript(el: Element): void {
  const type = el.getAttribute('type');
  if (type != 'text/plain') {
    setAttr(el, 'data-type', type ?? '');
    setAttr(el, 'type', 'text/plain');
  }
}

/**
 * Turns an element into its inert, declarative form:
 * `<script type="text/plain" data-type=… src=…>` (a script whose type is not JavaScript is never
 * fetched nor run, HTML §4.12.1.1), `<iframe data-src>`, `<img data-src data-srcset>` (no `src`, no
 * fetch), `<link rel=preconnect data-href>` (no `href`, no hint), each with `data-category`, `data-vendor` and `data-tamis-blocked`.
 */
export function neutralize(c: BlockerContext, el: Element, v: VendorDefinition, notify = true): void {
  const move = (from: string) => {
    const value = el.getAttribute(from);
    if (value != null) {
      setAttr(el, 'data-' + from, value);
      el.removeAttribute(from);
    }
  };
  if (el.localName == 'script') inertScript(el);
  else {
    move('src');
    move('srcset');
    move('href');
  }
  mark(c, el, v, notify);
}

/**
 * Marks an element whose URL (or inline style, style-patches.ts) tamis holds: `data-category`,
 * `data-vendor`, `data-tamis-blocked`; and reports it unless `notify` is false.
 */
export function mark(c: BlockerContext, el: Element, v: VendorDefinition, notify = true): void {
  // An unknown third party has no purpose: without data-category it is never released (inert.ts).
  if (v.purpose) setAttr(el, 'data-category', v.purpose);
  setAttr(el, 'data-vendor', v.id);
  setAttr(el, BLOCKED, '');
  if (notify) report(c, el, v);
}

/**
 * Blocks `el` (a script, iframe or image: callers filter with TAGS) if its URL belongs to a vendor that may not run.
 * An element tamis blocked earlier whose `type` was set back by vendor code is made inert again.
 * @returns `true` when the element was blocked by this call
 */
export function check(c: BlockerContext, el: Element, notify = true): boolean {
  if (c.passed.has(el) || (el.localName == 'link' && !isHint(el))) return false;
  if (el.hasAttribute(BLOCKED)) {
    if (el.localName == 'script') inertScript(el);
    return false;
  }
  // An SVG `<script>` loads from `href` or, in older markup, `xlink:href` (its qualified name).
  const v = deniedVendor(c, el.getAttribute('src') ?? firstOfSrcset(el.getAttribute('srcset')) ?? el.getAttribute('href') ?? el.getAttribute('xlink:href'));
  if (v) neutralize(c, el, v, notify);
  return !!v;
}

/**
 * Calls `fn` on `node` and on every element inside it that matches the CSS selector `selector`:
 * one `querySelectorAll` walk whatever the number of tags (a static list: `fn` may replace the
 * element it is given, a parser-inserted iframe). Most inserted nodes are text, or elements with
 * no element inside: those cost a type check and a `matches`.
 * @returns `true` when `fn` returned a truthy value for any of them
 */
export function each(node: Node, selector: string, fn: (el: Element) => unknown): boolean {
  let any = node.nodeType == 1 && (node as Element).matches(selector) && !!fn(node as Element);
  // Indexes, not for…of: a NodeList's iterator costs a call per element (issue #16).
  const list = (node as ParentNode).firstElementChild && (node as ParentNode).querySelectorAll(selector);
  for (let i = 0; list && i < list.length; i++) if (fn(list[i])) any = true;
  return any;
}

/**
 * Runs `check` on the scripts, iframes, images and link hints of `node` (`TAGS`, or the selector
 * `tags`), and `c.st` on the elements whose style attribute names a URL, in one walk.
 * @returns `true` when anything was held
 */
export const checkTree = (c: BlockerContext, node: Node, tags = SELECTOR, notify = true): boolean =>
  each(node, tags + ',' + STYLED, (el) => {
    if (el.matches(STYLED)) c.st?.(el, notify);
    return (TAGS.includes(el.localName) && check(c, el, notify)) || el.hasAttribute('data-style');
  });
