import { setAttr, type BlockerContext } from './context.js';
import { HEAD_BUNDLE, noop } from '../build-flags.js';
import { deniedVendor, firstOfSrcset, isHint, neutralize, SELECTOR, TAGS } from './neutralize.js';
import { sanitizeHtml } from './html-string-sanitizer.js';
import { scanTree } from './parser-observer.js';

/**
 * Intercepts, on the DOM prototypes, every way page code can make a script, iframe or image fetch
 * a URL, and blocks catalog vendors BEFORE the fetch starts:
 * - insertion methods: scripts and iframes start fetching when they become connected;
 * - `src`/`srcset`/`href` setters and `setAttribute`: an image fetches as soon as its `src` is set,
 *   even detached (`new Image()`), a connected iframe navigates at once, a connected link hint
 *   connects at once;
 * - HTML-string sinks: rewritten in an inert template first (see html-string-sanitizer.ts).
 * @returns a function that puts every original back
 */
export function patchDom(c: BlockerContext): () => void {
  const undo: Array<() => void> = [];
  // (`appendChild` is Node's own: see below. Undone, the prototype inherits it again.)
  const def = (proto: object, name: string, make: (d: PropertyDescriptor) => PropertyDescriptor) => {
    const own = Object.getOwnPropertyDescriptor(proto, name);
    const d = own ?? Object.getOwnPropertyDescriptor(Node.prototype, name);
    if (!d) return;
    Object.defineProperty(proto, name, { ...d, ...make(d) });
    if (!HEAD_BUNDLE) undo.push(() => (own ? Object.defineProperty(proto, name, own) : delete (proto as Record<string, unknown>)[name]));
  };

  // Blocks a URL about to be given to `src`/`srcset` of a script, iframe or image, or to `href` of a
  // link hint; returns true when the write must be skipped.
  const intercept = (el: Element, name: string, value: string): boolean => {
    // (The URL first: most are no vendor's and answered from memory; `passed` only matters for a vendor's.)
    const v = (name.length != 4 || isHint(el)) && deniedVendor(c, name.length == 6 ? firstOfSrcset(value) : value);
    if (!v || c.passed.has(el)) return false;
    neutralize(c, el, v);
    // An inert script keeps its src (type text/plain is enough); iframes, images and hints must not get one.
    if (el.localName == 'script') return false;
    setAttr(el, 'data-' + name.toLowerCase(), value);
    return true;
  };

  // `appendChild` is patched on the three kinds of node that have children, not on Node.prototype
  // where the platform defines it: while `Node.prototype.appendChild` is any JavaScript function,
  // Chromium takes 0.7-1.5 µs more for every image URL the page sets (`img.src =`, even through
  // the original setters; measured by bench/dom/ops.mjs, issue #16). Only code that calls
  // `Node.prototype.appendChild` itself skips the check, as code taking another frame's DOM methods
  // always could; a URL given through `src =` or `setAttribute` is still held (README "Blocking").
  const methods: Array<[object, string]> = [
    [Node.prototype, 'insertBefore replaceChild'],
    [Document.prototype, 'appendChild'],
    [Element.prototype, 'appendChild append prepend before after replaceWith replaceChildren insertAdjacentElement'],
    // Shadow roots are fragments: `shadowRoot.append(iframe)`.
    [DocumentFragment.prototype, 'appendChild append prepend replaceChildren'],
    // Frameworks insert next to a text or comment anchor (Svelte 5: `anchor.before(clone)`).
    [CharacterData.prototype, 'before after replaceWith'],
    [Range.prototype, 'insertNode surroundContents'],
  ];
  // Checks a node about to be inserted into `into`; true when it holds allowed inert tags to
  // release. Only a connected target makes scripts and iframes fetch; a detached subtree is checked
  // when it is itself inserted (Range has no isConnected: always checked). What is scanned here,
  // the observer (while the page loads) skips: a fragment's children are what it sees.
  const inserting = (into: Node, node: Node): unknown => {
    // (No nodeType test for every call: scanTree passes anything that is no node, and the platform
    // then throws its own error.)
    if (!node || into.isConnected === false) return;
    if (c.fresh && node.nodeType) for (const n of node.nodeType == 11 ? node.childNodes : [node]) c.fresh.add(n);
    return scanTree(c, node, false, true);
  };
  for (const [proto, names] of methods) {
    for (const name of names.split(' ')) {
      def(proto, name, (d) => ({
        // appendChild, insertBefore, replaceChild and Range's methods insert their first argument
        // only: insertBefore's second is where, replaceChild's the node it replaces, both already in
        // the tree (scanning them cost every framework insertion a second walk, issue #16). Named
        // parameters, not a rest array passed to apply: these are the DOM's hottest calls (a rest
        // array and apply cost about 75 ns a call, a third of a native appendChild; bench/dom/ops.mjs).
        value: name == 'appendChild' || proto == Node.prototype || proto == Range.prototype
          ? function (this: Node, node: Node, where?: Node) {
              if (inserting(this, node)) c.rel();
              return arguments.length > 1 ? d.value.call(this, node, where) : d.value.call(this, node);
            }
          : function (this: Node, ...args: unknown[]) {
              let want;
              for (const a of args) if (inserting(this, a as Node)) want = 1;
              if (want) c.rel();
              return d.value.apply(this, args);
            },
      }));
    }
  }

  for (const [proto, names] of [
    [HTMLScriptElement.prototype, 'src'],
    [HTMLIFrameElement.prototype, 'src'],
    [HTMLImageElement.prototype, 'src srcset'],
    [HTMLLinkElement.prototype, 'href'],
  ] as const) {
    for (const name of names.split(' ')) {
      def(proto, name, (d) => ({
        set(this: Element, value: string) {
          if (!intercept(this, name, String(value))) d.set!.call(this, value);
        },
      }));
    }
  }
  // setAttribute is among the hottest DOM calls (frameworks set every attribute through it): only
  // `src` and `srcset` of a script, iframe or image, `href` of a link hint, and a `style` with a
  // CSS `url(` (style-patches.ts, `c.sa`) load something. The tag test rules out most elements.
  def(Element.prototype, 'setAttribute', (d) => ({
    value(this: Element, name: string, value: string) {
      name = '' + name;
      // The name's length and first letter first (`s` or `h`, any case): most attributes set
      // (class, id, alt, type, aria-*, data-*) are ruled out without reading the tag or running a
      // RegExp (a third of a native setAttribute's own time, issue #16).
      const length = name.length;
      const first = name.charCodeAt(0) | 32;
      if (length > 2 && length < 7 && (first == 115 || first == 104))
        // (c.sa is set as long as this patch is in place: style-patches.ts is undone first.)
        if (length == 5 && /^style$/i.test(name)) value = c.sa!(this, value);
        else if (TAGS.includes(this.localName) && /^(src(set)?|href)$/i.test(name) && intercept(this, name, '' + value)) return;
      d.value.call(this, name, value);
    },
  }));

  // HTML-string sinks, with the tags to block in their strings: scripts too where the browser runs
  // the scripts of that string (see html-string-sanitizer.ts).
  for (const [proto, names, tags] of [
    [Element.prototype, 'innerHTML outerHTML insertAdjacentHTML setHTMLUnsafe setHTML', SELECTOR.slice(7)],
    [ShadowRoot.prototype, 'innerHTML setHTMLUnsafe setHTML', SELECTOR.slice(7)],
    [Document.prototype, 'write writeln', SELECTOR],
    [Range.prototype, 'createContextualFragment', SELECTOR],
  ] as const) {
    for (const name of names.split(' ')) {
      const at = +(name == 'insertAdjacentHTML');
      // Inert markup (held by the sanitizer, or declarative) in what was written: reported, marked
      // for its placeholder and released when allowed, by the document observer while the page
      // loads, from then on by a scan of where it landed (outerHTML and insertAdjacentHTML may write
      // next to the element: its parent).
      // (createContextualFragment writes nothing: its fragment is scanned when it is inserted.)
      const landed = (where: Node, html: unknown) =>
        c.fresh || name[0] == 'c' || !/data-(category|tamis-blocked)/.test(html as string) || (scanTree(c, where) && c.rel());
      def(proto, name, (d) =>
        d.set
          ? {
              set(this: Element, value: string) {
                const where = this.parentNode ?? this;
                d.set!.call(this, (value = sanitizeHtml(c, value, tags) as string));
                landed(where, value);
              },
            }
          : {
              value(this: Node, ...args: unknown[]) {
                // document.write(a, b) writes a + b: sanitize them as one string.
                if (name.startsWith('write')) args = [args.join('')];
                const where = this.parentNode ?? this;
                args[at] = sanitizeHtml(c, args[at], tags);
                const out = d.value.apply(this, args);
                landed(where, args[at]);
                return out;
              },
            },
      );
    }
  }

  return HEAD_BUNDLE ? noop : () => undo.splice(0).reverse().forEach((f) => f());
}

