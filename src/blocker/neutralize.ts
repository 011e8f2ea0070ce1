import type { VendorDefinition } from '../types.js';
import { BLOCKED, report, setAttr, type BlockerContext } from './context.js';
import { matchVendor } from './url-matcher.js';

/**
 * Link hints (`preconnect`, `dns-prefetch`, `preload`, `prefetch`, `modulepreload`, `prerender`):
 * each rel contains "pre". A hint opens a connection to the vendor, with the visitor's IP address,
 * as soon as the `<link>` is connected with its `href`.
 */
export const HINTS = 'link[rel*=pre i]';

/** Elements that load a URL the blocker cares about. */
export const TAGS = 'script,iframe,img,' + HINTS;

/** The vendor a URL belongs to, when that vendor may not run now; else `undefined`. */
export function deniedVendor(c: BlockerContext, url: string | null | undefined): VendorDefinition | undefined {
  const v = matchVendor(url, c.vendors);
  return v && !c.isAllowed(v.id, v.purpose) ? v : undefined;
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
  setAttr(el, 'data-category', v.purpose);
  setAttr(el, 'data-vendor', v.id);
  setAttr(el, BLOCKED, '');
  if (el.localName == 'script') inertScript(el);
  else {
    move('src');
    move('srcset');
    move('href');
  }
  if (notify) report(c, el, v);
}

/**
 * Blocks `el` (a script, iframe or image: callers filter with TAGS) if its URL belongs to a vendor that may not run.
 * An element tamis blocked earlier whose `type` was set back by vendor code is made inert again.
 * @returns `true` when the element was blocked by this call
 */
export function check(c: BlockerContext, el: Element, notify = true): boolean {
  if (c.passed.has(el)) return false;
  if (el.hasAttribute(BLOCKED)) {
    if (el.localName == 'script') inertScript(el);
    return false;
  }
  const v = deniedVendor(c, el.getAttribute('src') ?? firstOfSrcset(el.getAttribute('srcset')) ?? el.getAttribute('href'));
  if (v) neutralize(c, el, v, notify);
  return !!v;
}

/**
 * Calls `fn` on `node` and on every element inside it that matches `selector`.
 * @returns `true` when `fn` returned a truthy value for any of them
 */
export function each(node: Node, selector: string, fn: (el: Element) => unknown): boolean {
  let any = false;
  for (const el of [node, ...((node as ParentNode).querySelectorAll?.(selector) ?? [])]) {
    if ((el as Element).matches?.(selector) && fn(el as Element)) any = true;
  }
  return any;
}

/** Runs `check` on a node and every script, iframe, image and link hint inside it. */
export const checkTree = (c: BlockerContext, node: Node, selector = TAGS, notify = true): boolean =>
  each(node, selector, (el) => check(c, el, notify));
