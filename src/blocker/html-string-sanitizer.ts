import { native, STYLED, type BlockerContext } from './context.js';
import { checkTree, each } from './neutralize.js';

/**
 * Rewrites an HTML string so that the vendor tags in it arrive inert, BEFORE the browser parses it
 * into the page: an `<img src>` starts fetching as soon as it is parsed, even in a detached element,
 * so blocking after insertion would be too late. The string is parsed in a `<template>`, whose
 * contents belong to an inert document that fetches and runs nothing (HTML §4.12.3).
 *
 * @param html the string given to innerHTML, outerHTML, insertAdjacentHTML, document.write…
 * @param tags the tags to block: `script` only where the browser would run them (`document.write`,
 *   `createContextualFragment`); scripts set through innerHTML never run, and making them inert
 *   would have `release()` run them.
 * @returns the string unchanged when nothing in it is blocked; non-strings (Trusted Types
 *   `TrustedHTML`) are returned as they are
 */
export function sanitizeHtml(c: BlockerContext, html: unknown, tags: string): unknown {
  if (typeof html != 'string' || !/<(script|iframe|img|link)|url\(/i.test(html)) return html;
  const t = document.createElement('template');
  native.innerHTML.set!.call(t, html);
  // Both run: a tag and a style attribute may each be held.
  return +checkTree(c, t.content, tags, false) | +each(t.content, STYLED, (el) => (c.st?.(el, false), el.hasAttribute('data-style')))
    ? native.innerHTML.get!.call(t)
    : html;
}
