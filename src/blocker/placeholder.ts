import { setAttr, type BlockerContext } from './context.js';

const STYLE = 'data-tamis-style';

/**
 * Puts a `<tamis-placeholder vendor=… purpose=…>` of the iframe's size right before a blocked
 * iframe and hides the iframe. The UI bundle defines the element (message + consent button); the
 * runtime loads it when `onBlocked` reports an iframe.
 */
export function addPlaceholder(c: BlockerContext, frame: HTMLElement): void {
  if (c.ph.has(frame) || !frame.parentNode) return;
  const ph = document.createElement('tamis-placeholder');
  const vendor = frame.getAttribute('data-vendor');
  if (vendor) setAttr(ph, 'vendor', vendor);
  setAttr(ph, 'purpose', frame.getAttribute('data-category')!);
  // Measure before hiding; fall back to the width/height attributes when not laid out.
  const rect = frame.getBoundingClientRect();
  const size = (px: number, attr: string) => {
    const a = frame.getAttribute(attr);
    return px ? px + 'px' : a && /^\d+$/.test(a) ? a + 'px' : a || '';
  };
  ph.style.cssText = `display:${getComputedStyle(frame).display == 'inline' ? 'inline-block' : 'block'};width:${size(rect.width, 'width')};height:${size(rect.height, 'height')}`;
  frame.before(ph);
  c.ph.set(frame, ph);
  const style = frame.getAttribute('style');
  if (style != null) setAttr(frame, STYLE, style);
  frame.style.setProperty('display', 'none', 'important');
}

/** Removes the placeholder and shows the iframe again with its original style. */
export function removePlaceholder(c: BlockerContext, frame: HTMLElement): void {
  const ph = c.ph.get(frame);
  if (!ph) return;
  ph.remove();
  c.ph.delete(frame);
  const style = frame.getAttribute(STYLE);
  frame.removeAttribute(STYLE);
  // CSSOM, not the style attribute: allowed under a CSP without 'unsafe-inline' in style-src.
  frame.style.cssText = style ?? '';
  if (style == null) frame.removeAttribute('style');
}
