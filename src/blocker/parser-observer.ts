import { BLOCKED, report, setAttr, STYLED, type BlockerContext } from './context.js';
import { INERT, allowed } from './inert.js';
import { check, each, SELECTOR, TAGS } from './neutralize.js';
import { HEAD_BUNDLE, noop } from '../build-flags.js';

/** What the blocker looks at in a tree: `TAGS`, and elements of any tag with a vendor URL in their inline style, or one waiting. */
const SCAN = `${SELECTOR},${STYLED},[data-style]`;
/**
 * What it looks at in a tree of this document that code inserts: an image of this document has
 * loaded (or been held) as its URL was set, inserted or not, so only declarative ones
 * (`data-category`) are left to find. Images from another document load as they are adopted: the
 * insertion is their check (`SCAN`). Scripts, frames and link hints load only once connected.
 */
const SCAN_OWN = SCAN.replace('img', 'img[data-category]');

/**
 * Blocks what needs blocking in `node` and the tree under it, and finds its inert elements: the
 * allowed ones make the function return `true` (the caller releases them); blocked iframes,
 * declarative ones too, are marked `data-tamis-blocked` for the UI, which puts their placeholder
 * (the blank iframe keeps its box meanwhile: no layout shift); every blocked element is reported
 * once. The insertion patches run it before a node is inserted, the observer after the parser
 * inserted one.
 * @param inserted code is about to insert the node: of this document, its images are left alone (SCAN_OWN)
 * @param parsed the node is already in the page (inserted by the parser): an iframe it blocks has
 *   started navigating, and is replaced by a fresh clone (no src), which discards the browsing
 *   context and whatever it began to load. The patched replaceWith lets the clone through: it is
 *   already marked blocked.
 */
export function scanTree(c: BlockerContext, node: Node, parsed?: boolean, inserted?: boolean): boolean {
  // Most inserted nodes are text, or elements with no element inside that have no attribute yet
  // (nothing to load: frameworks and builders often insert first, then set `src`), or are none of
  // `TAGS` (or an image of this document, see SCAN_OWN) and have no style: nothing to look at,
  // decided without matching the selector (issue #16). (Text and fragments have no hasAttributes.)
  const el = node as Element;
  if (!el.firstElementChild && !(el.hasAttributes?.() && ((TAGS.includes(el.localName) && !(el.localName == 'img' && inserted && node.ownerDocument == document && !el.hasAttribute('data-category'))) || el.hasAttribute('style') || el.hasAttribute('data-style')))) return false;
  const inert = (el: Element): boolean => {
    // Inert elements carry data-category: one attribute test rules out the others.
    if (c.passed.has(el) || !el.hasAttribute('data-category') || !el.matches(INERT)) return false;
    if (allowed(c, el)) return true;
    if (el.localName == 'iframe') setAttr(el, BLOCKED, '');
    report(c, el, c.vendors.find((v) => v.id == el.getAttribute('data-vendor')));
    return false;
  };
  // One walk: scripts, iframes, images and link hints; and, whatever the tag, a style attribute
  // naming a vendor's image (parsed markup, a subtree built detached: held before the browser
  // computes styles) or a declarative inert style (`data-style`).
  return each(node, inserted && node.ownerDocument == document ? SCAN_OWN : SCAN, (el) => {
    if (el.hasAttribute('style') && el.matches(STYLED)) c.st?.(el);
    if (TAGS.includes(el.localName) && check(c, el) && parsed && el.localName == 'iframe' && el.isConnected) {
      const clone = el.cloneNode(true) as Element;
      el.replaceWith(clone);
      el = clone;
    }
    return inert(el);
  });
}

/**
 * Watches the document, and every shadow root attached after tamis.js, for what the patches cannot
 * see: tags the HTML parser inserts after tamis.js, inert ones, and styles written through the
 * CSSOM. MutationObserver callbacks run at the microtask checkpoint the parser performs before it
 * runs a script (HTML §13.2.6.4.7 "perform a microtask checkpoint"), so a parser-inserted vendor
 * script is made inert before it is prepared. What the preload scanner has already fetched cannot
 * be unfetched: see README "Blocking". Nodes an insertion patch has just scanned (`c.fresh`) are
 * not scanned twice.
 *
 * Tree changes are watched until DOMContentLoaded; style attributes for the page's life: CSSOM
 * style writes (`el.style.backgroundImage = …`) reach the blocker only through their records (see
 * style-patches.ts).
 * @returns disconnects the observer
 */
export function observeDocument(c: BlockerContext, release: () => void): () => void {
  const fresh = (c.fresh = new WeakSet());
  const mo = new MutationObserver((records) => {
    let want = false;
    for (const r of records) {
      // A style written through the CSSOM: see style-patches.ts.
      if (r.attributeName) {
        if ((r.target as Element).matches(STYLED)) c.st?.(r.target as Element);
      } else for (const n of r.addedNodes) if (!fresh.delete(n) && scanTree(c, n, true)) want = true;
    }
    if (want) release();
  });
  const options = { childList: true, subtree: true, attributeFilter: ['style'] };
  mo.observe(document, options);
  // Shadow roots, open or closed, are watched like the document: a component that writes its
  // iframe there (a video facade's insertAdjacentHTML) gets it reported, placeholder included.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    mo.observe(root, options);
    return root;
  };
  if (scanTree(c, document, true)) release();
  // Once the parser is done, insertions come only from page code, through the patched methods and
  // sinks (dom-patches.ts): observing them again would cost every insertion of the page a record
  // (issue #16). `observe` on the same node replaces the options (DOM §4.3.1): style writes are
  // still watched, in the document and in shadow roots attached from now on.
  const parsed = () => {
    options.childList = false;
    mo.observe(document, options);
    c.fresh = undefined;
  };
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', parsed);
  else parsed();
  return HEAD_BUNDLE ? noop : () => {
    mo.disconnect();
    Element.prototype.attachShadow = attach;
    c.fresh = undefined;
  };
}
