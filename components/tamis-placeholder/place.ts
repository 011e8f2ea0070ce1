/** Blocked iframes still shown: dist/tamis.js marks them and leaves them blank (src in data-src). */
const BLOCKED = 'iframe[data-tamis-blocked]:not([data-tamis-style])';

/**
 * Puts a `<tamis-placeholder vendor=… purpose=…>` of the iframe's size right before a blocked
 * iframe and hides the iframe. `<head>` only blanks and marks it (the blank iframe keeps its box, so
 * nothing moves until the placeholder takes its place); the placeholder is the UI's, so it lives
 * here. The iframe's own style is kept in `data-tamis-style`, which release (src/blocker/release.ts)
 * puts back when it removes the placeholder.
 */
function place(frame: HTMLIFrameElement): void {
  const ph = document.createElement('tamis-placeholder');
  const vendor = frame.getAttribute('data-vendor');
  if (vendor) ph.setAttribute('vendor', vendor);
  ph.setAttribute('purpose', frame.getAttribute('data-category')!);
  // Measure before hiding; fall back to the width/height attributes when not laid out.
  const rect = frame.getBoundingClientRect();
  const size = (px: number, attr: string) => {
    const a = frame.getAttribute(attr);
    return px ? px + 'px' : a && /^\d+$/.test(a) ? a + 'px' : a || '';
  };
  ph.style.cssText = `display:${getComputedStyle(frame).display == 'inline' ? 'inline-block' : 'block'};width:${size(rect.width, 'width')};height:${size(rect.height, 'height')}`;
  frame.before(ph);
  frame.setAttribute('data-tamis-style', frame.getAttribute('style') ?? '');
  frame.style.setProperty('display', 'none', 'important');
}

/** Blocked iframes in `root` and in the open shadow roots under it. */
const deep = (root: ParentNode): HTMLIFrameElement[] => [
  ...root.querySelectorAll<HTMLIFrameElement>(BLOCKED),
  ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? deep(el.shadowRoot) : [])),
];

/**
 * Gives every blocked iframe its placeholder, now and as the page adds or blocks more (the runtime
 * loads the UI as soon as it blocks an iframe, so that is usually while the page still parses).
 * An iframe released in the meantime has lost its mark and is left alone. Iframes in shadow roots
 * (video web components) are found by walking the open ones now, and later from the runtime's
 * `blocked` event (it watches every shadow root): an iframe blocked before its insertion is
 * placed once its code has inserted it, at the end of that task.
 */
export function placeBlockedFrames(): void {
  const scan = () => document.querySelectorAll<HTMLIFrameElement>(BLOCKED).forEach(place);
  new MutationObserver(scan).observe(document, { childList: true, subtree: true, attributeFilter: ['data-tamis-blocked'] });
  window.tamis?.on('blocked', ({ element }) =>
    setTimeout(() => element?.isConnected && element.matches(BLOCKED) && place(element as HTMLIFrameElement)),
  );
  deep(document).forEach(place);
}
