import type { PurposeId } from '../types.js';
import type { BlockerContext } from './context.js';

/** Inert elements, declarative (written by the site) or made so by tamis. */
export const INERT =
  'script[type="text/plain"][data-category],iframe[data-category][data-src],img[data-category][data-src],img[data-category][data-srcset]';

/** May this inert element run now? `data-vendor` decides when present, else `data-category`. */
export const allowed = (c: BlockerContext, el: Element): boolean =>
  c.isAllowed(el.getAttribute('data-vendor') || undefined, el.getAttribute('data-category') as PurposeId);
