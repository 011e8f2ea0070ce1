import { BLOCKED, report, setAttr, type BlockerContext } from './context.js';
import { INERT, allowed } from './inert.js';
import { check, each, TAGS } from './neutralize.js';
import { HEAD_BUNDLE, noop } from '../build-flags.js';

/**
 * Blocks what needs blocking in `node` and the tree under it, and finds its inert elements: the
 * allowed ones make the function return `true` (the caller releases them); blocked iframes,
 * declarative ones too, are marked `data-tamis-blocked` for the UI, which puts their placeholder
 * (the blank iframe keeps its box meanwhile: no layout shift); every blocked element is reported
 * once. The insertion patches run it before a node is inserted, the observer after the parser
 * inserted one.
 * @param parsed the node is already in the page (inserted by the parser): an iframe it blocks has
 *   started navigating, and is replaced by a fresh clone (no src), which discards the browsing
 *   context and whatever it began to load. The patched replaceWith lets the clone through: it is
 *   already marked blocked.
 */
export function scanTree(c: BlockerContext, node: Node, parsed?: boolean): boolean {
  return each(node, TAGS, (el) => {
    if (check(c, el) && parsed && el.localName == 'iframe' && el.isConnected) {
      const clone = el.cloneNode(true) as Element;
      el.replaceWith(clone);
      el = clone;
    }
    // Inert elements carry data-category: one attribute test rules out the others.
    if (c.passed.has(el) || !el.hasAttribute('data-category') || !el.matches(INERT)) return false;
    if (allowed(c, el)) return true;
    if (el.localName == 'iframe') setAttr(el, BLOCKED, '');
    report(c, el, c.vendors.find((v) => v.id == el.getAttribute('data-vendor')));
  });
}

/**
 * Watches the document while the HTML parser inserts elements: tags written after tamis.js, and
 * inert ones. MutationObserver callbacks run at the microtask checkpoint the parser performs before
 * it runs a script (HTML §13.2.6.4.7 "perform a microtask checkpoint"), so a parser-inserted vendor
 * script is made inert before it is prepared. What the preload scanner has already fetched cannot
 * be unfetched: see README "Blocking". Nodes an insertion patch has just scanned (`c.fresh`) are
 * not scanned twice.
 *
 * Once the parser is done (DOMContentLoaded), the observer stops: every later insertion goes
 * through a patched method or sink, which scans it, and observing every DOM change of the page
 * (a MutationRecord per change, about 1 µs each in Chromium) would make all of them several times
 * slower. A `document.write` after load parses anew and starts it again (`c.watch`).
 * @returns disconnects the observer
 */
export function observeDocument(c: BlockerContext, release: () => void): () => void {
  const scan = (records: MutationRecord[]) => {
    let want = false;
    for (const r of records) for (const n of r.addedNodes) if (!c.fresh?.delete(n) && scanTree(c, n, true)) want = true;
    if (want) release();
  };
  const mo = new MutationObserver(scan);
  const stop = () => {
    if (document.readyState == 'loading' || !c.fresh) return;
    scan(mo.takeRecords());
    mo.disconnect();
    c.fresh = undefined;
  };
  (c.watch = () => {
    if (c.fresh) return;
    c.fresh = new WeakSet();
    mo.observe(document, { childList: true, subtree: true });
  })();
  document.addEventListener('DOMContentLoaded', stop);
  if (scanTree(c, document, true)) release();
  stop();
  return HEAD_BUNDLE ? noop : () => {
    mo.disconnect();
    c.fresh = undefined;
    document.removeEventListener('DOMContentLoaded', stop);
  };
}
