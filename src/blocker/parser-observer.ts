import { BLOCKED, report, setAttr, STYLED, type BlockerContext } from './context.js';
import { INERT, allowed } from './inert.js';
import { check, each, TAGS } from './neutralize.js';
import { HEAD_BUNDLE, noop } from '../build-flags.js';

/**
 * Watches the document and every shadow root attached after tamis.js for elements the patches
 * cannot see: tags the HTML parser inserts after tamis.js, and inert ones. MutationObserver callbacks run at the microtask checkpoint the parser
 * performs before it runs a script (HTML §13.2.6.4.7 "perform a microtask checkpoint"), so a
 * parser-inserted vendor script is made inert before it is prepared. What the preload scanner has
 * already fetched cannot be unfetched: see README "Blocking".
 *
 * Allowed inert elements (consent already given) trigger `release`; blocked iframes, declarative
 * ones too, are marked `data-tamis-blocked` for the UI, which puts their placeholder (the blank
 * iframe keeps its box meanwhile: no layout shift); every blocked element is reported once.
 * @returns disconnects the observer
 */
export function observeDocument(c: BlockerContext, release: () => void): () => void {
  const visit = (el: Element): boolean => {
    // A parsed style attribute naming a vendor's image: held before the style is computed.
    if (el.matches(STYLED)) c.st?.(el);
    if (el.matches(TAGS) && check(c, el) && el.localName == 'iframe' && el.isConnected) {
      // A parser-inserted iframe has started navigating: a fresh clone (no src) replaces it,
      // which discards the browsing context and whatever it began to load. The patched
      // replaceWith lets the clone through: it is already marked blocked.
      const clone = el.cloneNode(true) as Element;
      el.replaceWith(clone);
      el = clone;
    }
    if (c.passed.has(el) || !el.matches(INERT)) return false;
    if (allowed(c, el)) return true;
    if (el.localName == 'iframe') setAttr(el, BLOCKED, '');
    report(c, el, c.vendors.find((v) => v.id == el.getAttribute('data-vendor')));
    return false;
  };
  const scan = (node: Node) => each(node, `${TAGS},${STYLED},[data-style]`, visit);
  const mo = new MutationObserver((records) => {
    let want = false;
    for (const r of records) {
      // A style written through the CSSOM (el.style.backgroundImage = …): see style-patches.ts.
      if (r.attributeName && (r.target as Element).matches(STYLED)) c.st?.(r.target as Element);
      for (const n of r.addedNodes) want = scan(n) || want;
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
  if (scan(document)) release();
  return HEAD_BUNDLE ? noop : () => {
    mo.disconnect();
    Element.prototype.attachShadow = attach;
  };
}
