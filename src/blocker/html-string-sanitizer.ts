import { nativeInnerHTML, type BlockerContext } from './context.js';
import { checkTree, deniedVendor, firstOfSrcset } from './neutralize.js';

// The URLs an HTML string can load at parse time that the blocker reads, as the HTML tokenizer
// reads attributes: a `src` or `srcset` attribute (the name after a space, a slash or a quote, in
// any case, `=` with optional spaces, then a quoted or unquoted value), or a CSS `url(` in a style
// attribute. Text that merely looks like one counts too (erring on the side of parsing). An `href`
// loads only on a `<link>` (strings with one are parsed) and an SVG `<script>`, which runs only
// once inserted, where the insertion patches check it: the `href`s of a list of links (issue #16)
// need no URL matching.
const URLS = /[\s/"']src(set)?\s*=\s*("[^"]*|'[^']*|[^\s>]*)|url\(\s*["']?([^"')\s]*)/gi;

/**
 * Rewrites an HTML string so that the vendor tags in it arrive inert, BEFORE the browser parses it
 * into the page: an `<img src>` starts fetching as soon as it is parsed, even in a detached element,
 * so blocking after insertion would be too late. The string is parsed in a `<template>`, whose
 * contents belong to an inert document that fetches and runs nothing (HTML §4.12.3).
 *
 * Parsing twice would make every `innerHTML` twice as slow, so the URLs are first read from the
 * string's `src`/`srcset` attributes and CSS `url(`s: when none is denied (and the string has no
 * `<link>`), the string goes to the browser as it is.
 * A value with a character reference (`&…;`) is not decoded here: the string is then parsed.
 *
 * @param html the string given to innerHTML, outerHTML, insertAdjacentHTML, document.write…
 * @param tags the tags to block, a CSS selector: `script` only where the browser would run them (`document.write`,
 *   `createContextualFragment`); scripts set through innerHTML never run, and making them inert
 *   would have `release()` run them.
 * @returns the string unchanged when nothing in it is blocked; non-strings (Trusted Types
 *   `TrustedHTML`) are returned as they are
 */
export function sanitizeHtml(c: BlockerContext, html: unknown, tags: string): unknown {
  if (typeof html != 'string' || !/<(script|iframe|img|link)|url\(/i.test(html)) return html;
  let suspect = /<link/i.test(html);
  if (!suspect) for (const [, set, value, css] of html.matchAll(URLS)) {
    const url = css ?? value.replace(/^["']/, '');
    // A character reference (`&amp;`, `&quot;`) may hide the URL's real shape: parse to be sure.
    if (url.includes('&') || deniedVendor(c, set ? firstOfSrcset(url) : url)) {
      suspect = true;
      break;
    }
  }
  if (!suspect) return html;
  const t = document.createElement('template');
  nativeInnerHTML.set!.call(t, html);
  return checkTree(c, t.content, tags, false) ? nativeInnerHTML.get!.call(t) : html;
}
