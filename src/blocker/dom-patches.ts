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
  const def = (proto: object, name: string, make: (d: PropertyDescriptor) => PropertyDescriptor) => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (!d) return;
    Object.defineProperty(proto, name, { ...d, ...make(d) });
    if (!HEAD_BUNDLE) undo.push(() => Object.defineProperty(proto, name, d));
  };

  // Blocks a URL about to be given to `src`/`srcset` of a script, iframe or image, or to `href` of a
  // link hint; returns true when the write must be skipped.
  const intercept = (el: Element, name: string, value: string): boolean => {
    const v = !c.passed.has(el) && (name.length != 4 || isHint(el)) &&
      deniedVendor(c, name.length == 6 ? firstOfSrcset(value) : value);
    if (!v) return false;
    neutralize(c, el, v);
    // An inert script keeps its src (type text/plain is enough); iframes, images and hints must not get one.
    if (el.localName == 'script') return false;
    setAttr(el, 'data-' + name.toLowerCase(), value);
    return true;
  };

  const methods: Array<[object, string]> = [
    [Node.prototype, 'appendChild insertBefore replaceChild'],
    [Element.prototype, 'append prepend before after replaceWith replaceChildren insertAdjacentElement'],
    // Shadow roots are fragments: `shadowRoot.append(iframe)`.
    [DocumentFragment.prototype, 'append prepend replaceChildren'],
    // Frameworks insert next to a text or comment anchor (Svelte 5: `anchor.before(clone)`).
    [CharacterData.prototype, 'before after replaceWith'],
    [Range.prototype, 'insertNode surroundContents'],
  ];
  for (const [proto, names] of methods) {
    for (const name of names.split(' ')) {
      // Node's and Range's methods insert their first argument only: insertBefore's second is
      // where, replaceChild's the node it replaces, both already in the tree (scanning them cost
      // every framework insertion a second walk, issue #16).
      const one = proto == Node.prototype || proto == Range.prototype;
      def(proto, name, (d) => ({
        value(this: Node, ...args: unknown[]) {
          // Only a connected target makes scripts and iframes fetch; a detached subtree is checked
          // when it is itself inserted (Range has no isConnected: always check). What is scanned
          // here, the observer (while the page loads) skips: a fragment's children are what it sees.
          if (this.isConnected !== false) {
            let want = false;
            for (let i = 0, inserted = one ? 1 : args.length; i < inserted; i++) {
              const a = args[i] as Node;
              if (!a?.nodeType) continue;
              if (scanTree(c, a)) want = true;
              if (c.fresh) for (const n of a.nodeType == 11 ? a.childNodes : [a]) c.fresh.add(n);
            }
            if (want) c.rel();
          }
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
      // (c.sa is set as long as this patch is in place: style-patches.ts is undone first.)
      if (/^style$/i.test(name)) value = c.sa!(this, value);
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

