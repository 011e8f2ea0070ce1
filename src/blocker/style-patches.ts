import { BLOCKED, report, setAttr, type BlockerContext } from './context.js';
import { deniedVendor } from './neutralize.js';
import { HEAD_BUNDLE, noop } from '../build-flags.js';

/**
 * Inline style URLs: a facade writes `el.style.backgroundImage = 'url(https://i.ytimg.com/…)'` and
 * the browser fetches the vendor's image at the next style update. Every write to an element's
 * inline style that carries `url(` — a property (`el.style.background = …`, named in camelCase or
 * with dashes), `setProperty`, `cssText`, `el.style = …`, `setAttribute('style', …)` — is first
 * applied to a detached scratch declaration (a detached element computes no style and fetches
 * nothing), which splits shorthands into longhands; the declarations whose URL belongs to a vendor
 * that may not run wait in the element's `data-style` (with `data-category`, `data-vendor` and
 * `data-tamis-blocked`, like other inert tags) and the rest reaches the element. Release appends
 * `data-style` to the inline style. Writes without `url(` pay one regular expression test.
 * `c.st` does the same for a `style` attribute already written: in an HTML string (before it is
 * parsed into the page) and in markup the parser inserts (at the observer's microtask, before the
 * style is computed).
 *
 * Element styles are CSSOM objects whose named properties Chromium serves through an interceptor,
 * not prototype accessors, so `el.style` returns a Proxy of the element's declaration (one per
 * declaration: `el.style === el.style` holds).
 * @returns a function that puts every original back
 */
export function patchStyle(c: BlockerContext): () => void {
  const proto = HTMLElement.prototype;
  const style = Object.getOwnPropertyDescriptor(proto, 'style')!;
  const scratch: CSSStyleDeclaration = style.get!.call(document.createElement('i'));
  const proxies = new WeakMap<CSSStyleDeclaration, CSSStyleDeclaration>();

  /** Moves what `scratch` holds with a refused vendor's URL to `el`'s data-style. */
  const hold = (el: Element, notify = true) => {
    let held = '';
    let vendor;
    for (const p of [...scratch]) {
      const value = scratch.getPropertyValue(p);
      let v;
      for (const m of value.matchAll(/url\("?([^")]*)/gi)) v ||= deniedVendor(c, m[1]);
      if (v) {
        vendor = v;
        held += `${p}:${value}${scratch.getPropertyPriority(p) && '!important'};`;
        scratch.removeProperty(p);
      }
    }
    if (vendor) {
      setAttr(el, 'data-style', (el.getAttribute('data-style') ?? '') + held);
      setAttr(el, 'data-category', vendor.purpose);
      setAttr(el, 'data-vendor', vendor.id);
      setAttr(el, BLOCKED, '');
      if (notify) report(c, el, vendor);
    }
    return vendor;
  };

  // Style attributes in HTML strings and parsed markup: held before the browser computes the style.
  c.st = (el, notify) => {
    scratch.cssText = el.getAttribute('style')!;
    if (hold(el, notify)) setAttr(el, 'style', scratch.cssText);
  };

  /** Applies `write` to `el`'s declaration `d`, through the scratch one when it may carry a URL. */
  const write = (el: Element, d: CSSStyleDeclaration, value: unknown, write: (s: CSSStyleDeclaration) => unknown, whole?: boolean) => {
    if (!/url\(/i.test(String(value))) return write(d);
    scratch.cssText = '';
    write(scratch);
    if (!hold(el)) return write(d);
    if (whole) d.cssText = '';
    for (const p of scratch) d.setProperty(p, scratch.getPropertyValue(p), scratch.getPropertyPriority(p));
  };

  Object.defineProperty(proto, 'style', {
    ...style,
    get(this: HTMLElement) {
      const d: CSSStyleDeclaration = style.get!.call(this);
      let p = proxies.get(d);
      if (!p) {
        proxies.set(d, (p = new Proxy(d, {
          get: (t, k) => {
            const v = Reflect.get(t, k);
            if (k == 'setProperty') return (...a: [string, string, string?]) => write(this, t, a[1], (s) => s.setProperty(...a));
            // Platform methods need the real declaration as `this`.
            return typeof v == 'function' ? v.bind(t) : v;
          },
          set: (t, k, value) => (write(this, t, value, (s) => Reflect.set(s, k, value), k == 'cssText'), true),
        })));
      }
      return p;
    },
    set(this: HTMLElement, value: string) {
      this.style.cssText = value;
    },
  });

  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: HTMLElement, name: string, value: string) {
    if (/^style$/i.test(name) && /url\(/i.test(value) && this.style) this.style.cssText = value;
    else setAttribute.call(this, name, value);
  };

  return HEAD_BUNDLE ? noop : () => {
    Object.defineProperty(proto, 'style', style);
    Element.prototype.setAttribute = setAttribute;
    c.st = undefined;
  };
}
