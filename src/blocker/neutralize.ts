import type { VendorDefinition } from '../types.js';
import { BLOCKED, report, setAttr, type BlockerContext } from './context.js';
import { findVendor, locate } from './url-matcher.js';

/** Elements that load a URL the blocker cares about (links: only hints, see `isHint`). */
export const TAGS = ['script', 'iframe', 'img', 'link'];

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
  const at = locate(url, document.baseURI);
  if (!at) return;
  const v = findVendor(c.index, ...at);
  if (v) return c.isAllowed(v.id, v.purpose) ? undefined : v;
  const host = at[0];
  let held = c.hosts.get(host);
  // Asked once per host: the runtime warns (or not) and says whether to hold it.
  if (held === undefined) c.hosts.set(host, (held = !!c.unknown?.(host) && ({ id: '', urls: [host] } as unknown as VendorDefinition)));
  return held || undefined;
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
  // An unknown third party has no purpose: without data-category it is never released (inert.ts).
  if (v.purpose) setAttr(el, 'data-category', v.purpose);
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
  if (c.passed.has(el) || (el.localName == 'link' && !isHint(el))) return false;
  if (el.hasAttribute(BLOCKED)) {
    if (el.localName == 'script') inertScript(el);
    return false;
  }
  const v = deniedVendor(c, el.getAttribute('src') ?? firstOfSrcset(el.getAttribute('srcset')) ?? el.getAttribute('href'));
  if (v) neutralize(c, el, v, notify);
  return !!v;
}

/**
 * Calls `fn` on `node` and on every element inside it whose tag is one of `tags` (lowercase names),
 * or that matches `tags` when it is a CSS selector (the slow path, for inline styles). Most inserted
 * nodes are text, or elements with no element inside: those cost a type check. Subtrees are
 * searched per tag (`getElementsByTagName`, a collection the browser caches; fragments, which
 * lack it, with `querySelectorAll`).
 * @returns `true` when `fn` returned a truthy value for any of them
 */
export function each(node: Node, tags: readonly string[] | string, fn: (el: Element) => unknown): boolean {
  let any = false;
  const type = node.nodeType;
  if (typeof tags == 'string') {
    // A CSS selector (inline styles, whatever the tag): the node, then what matches inside it.
    if (type == 1 && (node as Element).matches(tags) && fn(node as Element)) any = true;
    if ((node as ParentNode).firstElementChild) for (const el of [...(node as ParentNode).querySelectorAll(tags)]) if (fn(el)) any = true;
    return any;
  }
  if (type == 1 && tags.includes((node as Element).localName)) any = !!fn(node as Element);
  if ((node as ParentNode).firstElementChild) {
    for (const tag of tags) {
      // A copy: `fn` may replace the element it is given (a parser-inserted iframe).
      for (const el of [...(type == 11 ? (node as ParentNode).querySelectorAll(tag) : (node as Element).getElementsByTagName(tag))]) {
        if (fn(el)) any = true;
      }
    }
  }
  return any;
}

/** Runs `check` on a node and every script, iframe, image and link hint inside it. */
export const checkTree = (c: BlockerContext, node: Node, tags: readonly string[] | string = TAGS, notify = true): boolean =>
  each(node, tags, (el) => check(c, el, notify));
