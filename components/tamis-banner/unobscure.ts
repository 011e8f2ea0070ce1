const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Keeps the element that has keyboard focus from being hidden by a fixed banner (WCAG 2.2,
 * 2.4.11 Focus Not Obscured). Reserves the banner's height with `scroll-padding` (WCAG technique
 * C43) so the browser scrolls focused elements clear of it; when the page cannot scroll far
 * enough (an element at the very end of the page, or under a centred banner), asks the banner to
 * move to the other edge of the viewport, or to fold its text away.
 * @param host the fixed banner element; it receives `edge="top"|"bottom"` and `compact`
 * @returns cleanup that restores the page's own scroll padding
 */
export function keepFocusVisible(host: HTMLElement): () => void {
  const banner = host;
  const root = document.documentElement.style;
  const before = [root.scrollPaddingTop, root.scrollPaddingBottom];
  const reserve = () => {
    const edge = host.getAttribute('edge') ?? (host.getAttribute('layout') === 'center' ? '' : 'bottom');
    const space = `${Math.ceil(banner.getBoundingClientRect().height) + 8}px`;
    root.scrollPaddingTop = edge === 'top' ? space : before[0];
    root.scrollPaddingBottom = edge === 'bottom' ? space : before[1];
  };
  const resize = new ResizeObserver(reserve);
  resize.observe(banner);

  const check = (target: Element) => {
    const hidden = () => overlaps(target.getBoundingClientRect(), banner.getBoundingClientRect());
    if (!hidden()) return;
    // Scroll the element clear of the banner, on the side the banner leaves free.
    const box = banner.getBoundingClientRect();
    const rect = target.getBoundingClientRect();
    const below = box.top + box.height / 2 > innerHeight / 2;
    scrollBy({ top: below ? rect.bottom - box.top + 8 : rect.top - box.bottom - 8, behavior: 'instant' });
    if (!hidden()) return;
    // The page cannot scroll far enough: move the banner to the edge away from the element,
    // and if it is still in the way (a short viewport), fold its text away; the buttons stay.
    const now = target.getBoundingClientRect();
    host.setAttribute('edge', now.top + now.height / 2 > innerHeight / 2 ? 'top' : 'bottom');
    if (hidden()) host.setAttribute('compact', '');
    reserve();
  };
  const onFocus = (event: FocusEvent) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    if (host.contains(target) || host.shadowRoot!.contains(target)) return host.removeAttribute('compact');
    // The browser scrolls the newly focused element into view after the focus events: check after.
    requestAnimationFrame(() => check(target));
  };
  document.addEventListener('focusin', onFocus);
  return () => {
    resize.disconnect();
    document.removeEventListener('focusin', onFocus);
    [root.scrollPaddingTop, root.scrollPaddingBottom] = before;
  };
}
