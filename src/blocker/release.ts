import { BLOCKED, setAttr, type BlockerContext } from './context.js';
import { INERT, allowed } from './inert.js';

/** Where the UI keeps the style of an iframe it hid behind a placeholder (components/tamis-placeholder/place.ts). */
const STYLE = 'data-tamis-style';

/**
 * Removes the `<tamis-placeholder>` the UI put right before a blocked iframe, and shows the iframe
 * again with its original style.
 */
function removePlaceholder(frame: HTMLElement): void {
  const style = frame.getAttribute(STYLE);
  if (style == null) return;
  const ph = frame.previousElementSibling;
  if (ph?.localName == 'tamis-placeholder') ph.remove();
  frame.removeAttribute(STYLE);
  // CSSOM, not the style attribute: allowed under a CSP without 'unsafe-inline' in style-src.
  frame.style.cssText = style;
  if (!style) frame.removeAttribute('style');
}

const DROP = [BLOCKED, 'type', 'data-type', 'data-src', 'data-srcset'];

/**
 * Brings one inert element back to life. A script is replaced by a fresh `<script>` (changing the
 * type of an inert one would not run it: a script is prepared only when inserted, HTML §4.12.1.1)
 * with every original attribute, its nonce and its inline code; the promise settles when an
 * external script has loaded or failed, so the next one runs after it.
 */
async function releaseOne(c: BlockerContext, el: Element): Promise<void> {
  const src = el.getAttribute('data-src');
  const srcset = el.getAttribute('data-srcset');
  if (el.localName == 'script') {
    const s = document.createElement('script');
    for (const a of el.attributes) if (!DROP.includes(a.name)) setAttr(s, a.name, a.value);
    const type = el.getAttribute('data-type');
    if (type) setAttr(s, 'type', type);
    if (src) setAttr(s, 'src', src);
    // The nonce content attribute is hidden once the page has a CSP; the IDL value is not.
    s.nonce = (el as HTMLScriptElement).nonce;
    // Created scripts are async by default; keep what the markup said (order is kept anyway).
    s.async = el.hasAttribute('async');
    s.text = el.textContent ?? '';
    c.passed.add(s);
    const done = s.hasAttribute('src') && new Promise((ok) => {
      // Listeners, not onload/onerror: those would replace the page's own handler attributes.
      s.addEventListener('load', ok);
      s.addEventListener('error', ok);
    });
    // Through the patched replaceWith: it lets `s` through, being in `passed`.
    el.replaceWith(s);
    await done;
  } else {
    for (const name of DROP) el.removeAttribute(name);
    removePlaceholder(el as HTMLElement);
    if (srcset) setAttr(el, 'srcset', srcset);
    if (src) setAttr(el, 'src', src);
  }
}

/**
 * @returns `release()`: runs every inert element now allowed, in document order, each once.
 * Calls are queued, so deciding twice never runs anything twice.
 */
export function releaser(c: BlockerContext): () => Promise<void> {
  let queue: Promise<void> = Promise.resolve();
  return () => {
    const run = queue.then(async () => {
      for (const el of document.querySelectorAll(INERT)) {
        if (c.passed.has(el) || !allowed(c, el)) continue;
        c.passed.add(el);
        await releaseOne(c, el);
      }
    });
    queue = run.catch(() => {});
    return run;
  };
}
