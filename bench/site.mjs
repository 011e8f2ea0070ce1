// The page every library is measured on: one small shop page with the six vendors of issue 6,
// each pasted with the install snippet its vendor publishes (test/fixtures/snippets.mjs, shared
// with the e2e tests). Libraries change nothing here but their own markup and, on the "docs"
// version of the page, the way each snippet is written.

import { ids, snippets as verbatim } from '../test/fixtures/snippets.mjs';

export { ids };

/**
 * The six vendors of issue 6 (catalog ids, which the fakes also report into
 * window.__tamisFakeRan when the vendor's script runs), the purpose every library files them
 * under, and where their vendor tells site owners to paste the snippet.
 * @type {Array<{ id: string, name: string, purpose: 'analytics'|'advertising'|'social', place: 'head'|'body'|'content' }>}
 */
export const vendors = [
  { id: 'google-analytics', name: 'Google Analytics 4', purpose: 'analytics', place: 'head' },
  { id: 'google-ads', name: 'Google Ads', purpose: 'advertising', place: 'head' },
  { id: 'meta-pixel', name: 'Meta Pixel', purpose: 'advertising', place: 'head' },
  { id: 'youtube', name: 'YouTube', purpose: 'social', place: 'content' },
  { id: 'hubspot', name: 'HubSpot', purpose: 'analytics', place: 'body' },
  { id: 'linkedin', name: 'LinkedIn Insight Tag', purpose: 'advertising', place: 'body' },
];

/** Every purpose the bench site asks about, with its English label. */
export const purposes = [
  { id: 'analytics', label: 'Analytics' },
  { id: 'advertising', label: 'Advertising' },
  { id: 'social', label: 'Social media and videos' },
];

/**
 * One piece of a vendor snippet: a script (with a `src` or inline `code`), an iframe, or other
 * markup (comments, <noscript>); `raw` is the piece exactly as published.
 * @typedef {{ kind: 'external'|'inline'|'iframe'|'html', raw: string, src?: string }} SnippetPart
 */

const TAG = /<script([^>]*)>[\s\S]*?<\/script>|<iframe([^>]*)><\/iframe>|<noscript>[\s\S]*?<\/noscript>|<!--[\s\S]*?-->/g;
const SRC = /\bsrc="([^"]*)"/;

/**
 * Splits a verbatim snippet (test/fixtures/snippets.mjs) into its scripts, iframes and the rest,
 * so that joining every part's `raw` gives the snippet back.
 * @param {string} html
 * @returns {SnippetPart[]}
 */
export function parseSnippet(html) {
  const parts = [];
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    if (m.index > last) parts.push({ kind: 'html', raw: html.slice(last, m.index) });
    last = m.index + m[0].length;
    const [raw, scriptAttrs, iframeAttrs] = m;
    const src = SRC.exec(scriptAttrs ?? iframeAttrs ?? '')?.[1];
    const kind = scriptAttrs !== undefined ? (src ? 'external' : 'inline') : iframeAttrs !== undefined ? 'iframe' : 'html';
    parts.push({ kind, raw, src });
  }
  if (last < html.length) parts.push({ kind: 'html', raw: html.slice(last) });
  return parts;
}

/**
 * Rewrites the opening tag of a script or iframe the way consent libraries ask: drops its `type`,
 * adds `attrs` right after the tag name and, with `dataSrc`, renames `src` to `data-src`.
 * @param {SnippetPart} part
 * @param {string} attrs
 * @param {{ dataSrc?: boolean }} [options]
 */
export function retag(part, attrs, { dataSrc = false } = {}) {
  return part.raw.replace(/^<(script|iframe)([^>]*)>/, (_, name, rest) => {
    let a = rest.replace(/\s+type="[^"]*"/, '');
    if (dataSrc) a = a.replace(/(\s)src="/, '$1data-src="');
    return `<${name} ${attrs}${a}>`;
  });
}

/** The snippets of the bench vendors, split into parts. */
export const snippets = Object.fromEntries(vendors.map((v) => [v.id, parseSnippet(verbatim[v.id])]));

/**
 * Renders one snippet part: as published, unless `rewrite` (a library's docs) returns another form.
 * @param {SnippetPart} part
 * @param {{ vendor: typeof vendors[number] }} context
 * @param {((part: SnippetPart, context: { vendor: typeof vendors[number] }) => string | undefined)} [rewrite]
 */
export function renderPart(part, context, rewrite) {
  return rewrite?.(part, context) ?? part.raw;
}

/**
 * Renders the snippets of every vendor placed at `place`.
 * @param {'head'|'body'|'content'} place
 * @param {Parameters<typeof renderPart>[2]} [rewrite]
 */
export function renderSnippets(place, rewrite) {
  return vendors
    .filter((vendor) => vendor.place === place)
    .map((vendor) => snippets[vendor.id].map((part) => renderPart(part, { vendor }, rewrite)).join(''))
    .join('\n');
}

/**
 * Builds the whole page. The library gives its own markup for four places and, for the docs
 * version, a rewrite of the snippets; `snippetsHtml` replaces the snippets outright when a library
 * wants them written some other way (tarteaucitron's job API).
 * @param {{ head?: string, bodyStart?: string, bodyEnd?: string, rewrite?: Parameters<typeof renderPart>[2],
 *           snippets?: { head?: string, content?: string, body?: string } }} lib
 */
export function renderPage(lib) {
  const head = lib.snippets?.head ?? renderSnippets('head', lib.rewrite);
  const content = lib.snippets?.content ?? renderSnippets('content', lib.rewrite);
  const body = lib.snippets?.body ?? renderSnippets('body', lib.rewrite);
  const paragraphs = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1}. Our roastery sources green coffee from small farms and roasts it twice a week in Lyon. ` +
      'Orders placed before noon leave the same day; returns are free for thirty days.</p>',
  ).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${lib.head ?? ''}
<title>Le Comptoir, coffee roasters</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #222; }
  header, main, footer { max-width: 720px; margin: 0 auto; padding: 1rem; }
  iframe { max-width: 100%; }
</style>
${head}
</head>
<body>
${lib.bodyStart ?? ''}
<header><h1>Le Comptoir</h1><nav><a href="/">Shop</a> · <a href="/privacy">Privacy policy</a></nav></header>
<main>
<h2>Fresh coffee, roasted this week</h2>
${paragraphs}
<h2>Watch how we roast</h2>
${content}
</main>
<footer><p>© Le Comptoir</p></footer>
${body}
${lib.bodyEnd ?? ''}
</body>
</html>
`;
}
