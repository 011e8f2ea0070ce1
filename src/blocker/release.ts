import type { ReleasedTag } from '../types.js';
import { BLOCKED, setAttr, type BlockerContext } from './context.js';
import { INERT, allowed } from './inert.js';

/** Where the UI keeps the style of an iframe it hid behind a placeholder (components/tamis-placeholder/place.ts). */
const STYLE = 'data-tamis-style';

/**
 * How long release waits for one external script before it goes on with the next: a vendor that
 * never answers must not hold the others back for the rest of the page.
 */
export const SCRIPT_TIMEOUT = 5000;

/** Types a browser runs as JavaScript (HTML §4.12.1: the JavaScript MIME type essence matches, or `module`). */
const JS = /^(module|(text|application)\/(x-)?(java|ecma)script|text\/(jscript|livescript|javascript1\.[0-5]))$/i;

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
 * Every inert element in `root` and in the open shadow roots under it, in tree order, each root's
 * own before those of its shadow roots. Components that put their iframe in their own shadow root
 * (video facades) are reached this way.
 */
const deep = (root: ParentNode): Element[] => [
  ...root.querySelectorAll(INERT),
  ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? deep(el.shadowRoot) : [])),
];

/** Settles when `s` has loaded or failed, or after SCRIPT_TIMEOUT. */
const loaded = (s: HTMLScriptElement) =>
  new Promise((ok) => {
    // Listeners, not onload/onerror: those would replace the page's own handler attributes.
    s.addEventListener('load', ok);
    s.addEventListener('error', ok);
    setTimeout(ok, SCRIPT_TIMEOUT);
  });

/**
 * Makes the script that brings back an inert one: a fresh `<script>` (changing the type of an inert
 * one would not run it: a script is prepared only when inserted, HTML §4.12.1.1) with every original
 * attribute, its nonce and its inline code. A JavaScript file (one whose load is awaited) starts
 * downloading now, through a `<link rel=preload>` with what makes the request (URL, `crossorigin`,
 * `integrity`; the nonce, for a page's CSP), which the script then takes from the cache: the files
 * of a release download in parallel, and still run in order (issue 13: Accept all → vendors).
 * @returns the new script, and whether it is a JavaScript file
 */
function makeScript(c: BlockerContext, el: Element): [HTMLScriptElement, boolean] {
  const s = document.createElement('script');
  for (const a of el.attributes) if (!DROP.includes(a.name)) setAttr(s, a.name, a.value);
  const type = el.getAttribute('data-type');
  if (type) setAttr(s, 'type', type);
  const src = el.getAttribute('data-src');
  if (src) setAttr(s, 'src', src);
  // The nonce content attribute is hidden once the page has a CSP; the IDL value is not.
  s.nonce = (el as HTMLScriptElement).nonce;
  // Created scripts are async by default; keep what the markup said.
  s.async = el.hasAttribute('async');
  s.text = el.textContent ?? '';
  c.passed.add(s);
  // A type that is not JavaScript (text/partytown, application/ld+json…) fires no load event: its
  // consumer (Partytown) takes it from here, so it counts as back at once.
  const js = s.hasAttribute('src') && (!type || JS.test(type));
  // (A module's request is made otherwise: it is left to download when inserted.)
  if (js && type != 'module') {
    const link = document.createElement('link');
    // Before `href`: the patched setter and insertion let it through.
    c.passed.add(link);
    document.head.append(Object.assign(link, { rel: 'preload', as: 'script', crossOrigin: s.crossOrigin, integrity: s.integrity, nonce: s.nonce, href: s.src }));
  }
  return [s, js];
}

/** Brings back a frame, an image, a link hint or a held inline style. */
function releaseOther(el: HTMLElement): void {
  const get = (name: string) => el.getAttribute('data-' + name);
  const [src, srcset, href, style] = ['src', 'srcset', 'href', 'style'].map(get);
  for (const name of [BLOCKED, 'data-src', 'data-srcset', 'data-href', 'data-style']) el.removeAttribute(name);
  removePlaceholder(el);
  if (style) el.style.cssText += ';' + style;
  if (srcset) setAttr(el, 'srcset', srcset);
  if (src) setAttr(el, 'src', src);
  if (href) setAttr(el, 'href', href);
}

/**
 * @returns `release()`: brings back every inert element now allowed, each once: those in the
 * document and in its open shadow roots in tree order, then those blocked elsewhere (detached
 * images, closed shadow roots). Frames, images, hints and styles come back at once; scripts in
 * order (their files all downloading from the start, see makeScript), each after the JavaScript
 * files before it have loaded or failed (async files right after one another together), waiting
 * at most SCRIPT_TIMEOUT for each; a script of another type (Partytown's) waits for nothing.
 * Resolves, once every restored script has loaded, failed or timed out, to the list of what came
 * back. Calls are queued, so deciding twice never runs anything twice.
 */
export function releaser(c: BlockerContext): () => Promise<ReleasedTag[]> {
  let queue: Promise<unknown> = Promise.resolve();
  return () => {
    const run = queue.then(async () => {
      const restored: ReleasedTag[] = [];
      const scripts: Array<[Element, [HTMLScriptElement, boolean]]> = [];
      // What a script waits for: every JavaScript file before it (`all`) or, for an async file,
      // only those before it that are not async (`gate`).
      let all: Promise<unknown> = Promise.resolve();
      let gate = all;
      for (const el of new Set([...deep(document), ...c.seen])) {
        // A detached script never runs, restored or not: it is checked again when it is inserted.
        if (c.passed.has(el) || !el.matches(INERT) || !allowed(c, el) || (el.localName == 'script' && !el.isConnected)) continue;
        c.passed.add(el);
        if (el.localName == 'script') scripts.push([el, makeScript(c, el)]);
        else {
          releaseOther(el as HTMLElement);
          restored.push(tag(el, el));
        }
      }
      // Scripts in document order, each after the JavaScript files before it have loaded, failed
      // or timed out (async ones too: inline code after a snippet's loader may expect it), except
      // that async files right after one another go in together and run as they arrive, as the
      // browser runs them in a page without tamis (vendors' loaders are async: Accept all then
      // waits for the slowest file, not the sum of them, issue #13).
      for (const [el, [s, js]] of scripts) {
        const async = js && s.async;
        await (async ? gate : all);
        // Through the patched replaceWith: it lets `s` through, being in `passed`.
        el.replaceWith(s);
        restored.push(tag(el, s));
        if (js) all = Promise.all([all, loaded(s)]);
        if (!async) gate = all;
      }
      await all;
      return restored;
    });
    queue = run.catch(() => {});
    return run;
  };
}

/** What `released` reports of an element: its vendor and purpose, and the element now in the page. */
const tag = (inert: Element, element: Element): ReleasedTag => ({
  vendor: inert.getAttribute('data-vendor') ?? '',
  purpose: inert.getAttribute('data-category') as ReleasedTag['purpose'],
  element,
});
