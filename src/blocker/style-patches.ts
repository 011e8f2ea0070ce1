import { setAttr, type BlockerContext } from './context.js';
import { deniedVendor, mark } from './neutralize.js';
import { HEAD_BUNDLE, noop } from '../build-flags.js';

/**
 * Inline style URLs: a facade writes `el.style.backgroundImage = 'url(https://i.ytimg.com/…)'` and
 * the browser fetches the vendor's image when it next computes styles. A style that carries
 * `url(` is applied to a detached scratch declaration first (a detached element computes no style
 * and fetches nothing), which splits shorthands into longhands; the declarations whose URL belongs
 * to a vendor that may not run wait in the element's `data-style` (with `data-category`,
 * `data-vendor` and `data-tamis-blocked`, like other inert tags) and the rest stays. Release
 * appends `data-style` to the inline style.
 *
 * When: `setAttribute('style', …)` and `el.style = …` are held before the write; HTML strings
 * before they are parsed (html-string-sanitizer.ts); CSSOM writes (`el.style.backgroundImage`,
 * `setProperty`, `cssText`) and parsed markup at the document observer's microtask
 * (parser-observer.ts watches `style` attributes), which comes before the browser computes styles
 * unless the page's own code forces it in between (`getComputedStyle`, `offsetWidth`). CSSOM
 * writes are not intercepted one by one: Chromium serves style properties through an interceptor,
 * and a Proxy of an element's style made every style write of the page 10 to 20 times slower
 * (measured: 0.5 µs → 12-27 µs), where the observer costs one record per write.
 * @returns a function that puts every original back
 */
export function patchStyle(c: BlockerContext): () => void {
  const proto = HTMLElement.prototype;
  const style = Object.getOwnPropertyDescriptor(proto, 'style')!;
  const scratch: CSSStyleDeclaration = style.get!.call(document.createElement('i'));

  /**
   * Moves the declarations of `css` that name a refused vendor's URL to `el`'s data-style.
   * @returns the rest of `css` when something was held, else `undefined`
   */
  const hold = (el: Element, css: string, notify = true) => {
    let held = '';
    let vendor;
    scratch.cssText = css;
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
    if (!vendor) return;
    setAttr(el, 'data-style', (el.getAttribute('data-style') ?? '') + held);
    mark(c, el, vendor, notify);
    return scratch.cssText;
  };

  // A style attribute already written (HTML strings, parsed markup, CSSOM writes seen by the observer).
  c.st = (el, notify) => {
    const rest = hold(el, el.getAttribute('style')!, notify);
    if (rest != null) setAttr(el, 'style', rest);
  };

  // `setAttribute('style', …)`: dom-patches.ts's one setAttribute wrapper calls this for the name.
  c.sa = (el, value) => (/url\(/i.test(value) ? hold(el, value) : undefined) ?? value;
  // `el.style = '…'` forwards to cssText (WebIDL [PutForwards]) without passing through script.
  Object.defineProperty(proto, 'style', {
    ...style,
    set(this: HTMLElement, value: string) {
      this.setAttribute('style', value);
    },
  });

  return HEAD_BUNDLE ? noop : () => {
    Object.defineProperty(proto, 'style', style);
    c.st = c.sa = undefined;
  };
}
