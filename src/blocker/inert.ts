import type { PurposeId } from '../types.js';
import type { BlockerContext } from './context.js';

/**
 * Inert elements, declarative (written by the site) or made so by tamis: scripts, frames, images,
 * link hints, and elements whose inline style declarations with a vendor URL wait in `data-style`.
 */
export const INERT = '[data-category]:is(script[type="text/plain"],iframe[data-src],img[data-src],img[data-srcset],link[data-href],[data-style])';

/** May this inert element run now? `data-vendor` decides when present, else `data-category`. */
export const allowed = (c: BlockerContext, el: Element): boolean =>
  c.isAllowed(el.getAttribute('data-vendor') || undefined, el.getAttribute('data-category') as PurposeId);
