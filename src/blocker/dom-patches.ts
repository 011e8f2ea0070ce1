import { setAttr, type BlockerContext } from './context.js';
import { HEAD_BUNDLE, noop } from '../build-flags.js';
import { checkTree, deniedVendor, firstOfSrcset, HINTS, neutralize, TAGS } from './neutralize.js';
import { sanitizeHtml } from './html-string-sanitizer.js';

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

  // Blocks a URL about to be given to `src`/`srcset`/`href`; returns true when the write must be skipped.
  const intercept = (el: Element, name: string, value: string): boolean => {
    const v = !c.passed.has(el) && el.matches(TAGS) &&
      deniedVendor(c, /srcset/i.test(name) ? firstOfSrcset(value) : value);
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
    [Range.prototype, 'insertNode'],
  ];
  for (const [proto, names] of methods) {
    for (const name of names.split(' ')) {
      def(proto, name, (d) => ({
        value(this: Node, ...args: unknown[]) {
          // Only a connected target makes scripts and iframes fetch; a detached subtree is checked
          // when it is itself inserted (Range has no isConnected: always check).
          if (this.isConnected !== false) for (const a of args) if ((a as Node)?.nodeType) checkTree(c, a as Node);
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
  def(Element.prototype, 'setAttribute', (d) => ({
    value(this: Element, name: string, value: string) {
      if (!/^(src(set)?|href)$/i.test(name) || !intercept(this, name, String(value))) d.value.call(this, name, value);
    },
  }));

  // HTML-string sinks, with the tags to block in their strings: scripts too where the browser runs
  // the scripts of that string (see html-string-sanitizer.ts).
  for (const [proto, names, tags] of [
    [Element.prototype, 'innerHTML outerHTML insertAdjacentHTML setHTMLUnsafe', 'iframe,img,' + HINTS],
    [ShadowRoot.prototype, 'innerHTML setHTMLUnsafe', 'iframe,img,' + HINTS],
    [Document.prototype, 'write writeln', TAGS],
    [Range.prototype, 'createContextualFragment', TAGS],
  ] as const) {
    for (const name of names.split(' ')) {
      const at = +(name == 'insertAdjacentHTML');
      def(proto, name, (d) =>
        d.set
          ? { set(this: Element, value: string) { d.set!.call(this, sanitizeHtml(c, value, tags)); } }
          : {
              value(this: unknown, ...args: unknown[]) {
                // document.write(a, b) writes a + b: sanitize them as one string.
                args[at] = sanitizeHtml(c, name.startsWith('write') ? args.splice(0).join('') : args[at], tags);
                return d.value.apply(this, args);
              },
            },
      );
    }
  }

  return HEAD_BUNDLE ? noop : () => undo.splice(0).reverse().forEach((f) => f());
}

