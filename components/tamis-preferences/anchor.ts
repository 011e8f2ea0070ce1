import { reportMissingFile } from '../../src/missing-file.js';

/**
 * Positions a popover next to the button that opened it and keeps it there while the page scrolls
 * or resizes. Floating UI is fetched on first use only: pages whose visitors never open vendor
 * details do not pay for it.
 * @returns cleanup that stops following the button
 */
export async function anchor(reference: HTMLElement, floating: HTMLElement): Promise<() => void> {
  const floatingUi = await import('@floating-ui/dom').catch((error: unknown) => {
    // Its chunk is missing: the popover stays where the browser puts it, still readable.
    reportMissingFile(error, 'Floating UI, which places the vendor details');
  });
  if (!floatingUi) return () => {};
  const { autoUpdate, computePosition, flip, offset, shift } = floatingUi;
  const place = () =>
    void computePosition(reference, floating, {
      // The popover is in the top layer, so it is positioned against the viewport.
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => Object.assign(floating.style, { left: `${x}px`, top: `${y}px` }));
  const stop = autoUpdate(reference, floating, place);
  // autoUpdate follows scrolling, resizing and layout shifts, not a CSS animation that is still
  // moving the button (the dialog's entrance): place the popover again when such animations end.
  for (const animation of (reference.getRootNode() as Document | ShadowRoot).getAnimations())
    animation.finished.then(place, () => {});
  return stop;
}
