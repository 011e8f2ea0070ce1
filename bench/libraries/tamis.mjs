// tamis as its README says to install it: `window.tamisConfig`, then dist/tamis.js as the first
// script in <head>; the rest (tamis-deferred.js, tamis-banner.js, tamis-placeholder.js, tamis-ui.js)
// is fetched by tamis.js only when it has something to show or do. Verbatim page: the snippets unchanged (tamis recognises them by URL). Docs page: the
// README's "declarative form" for the tags that load something (type="text/plain" data-category
// data-vendor on scripts with a src, data-src on the iframe), which it recommends to send nothing
// at all before consent; inline code stays as published.
import { readFileSync } from 'node:fs';
import { vendors, retag } from '../site.mjs';

const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

// The catalog files the Meta Pixel under "pixels": the site files it under advertising, like
// every other library here (a documented per-site override).
const config = {
  vendors: vendors.map((v) => ({ id: v.id, purpose: v.purpose })),
  policyUrl: '/privacy',
};

/** @type {import('./index.mjs').Library} */
export default {
  id: 'tamis',
  name: 'tamis',
  version,
  assets: ['/dist/'],
  consentCookies: ['tamis_consent'],
  accept: { acceptHost: 'tamis-banner', acceptText: 'Accept all' },
  // The public API, as a click on "Reject all" would call it (resolves once the record is written).
  reject: () => window.tamis.rejectAll(),
  docsNote:
    'verbatim page: snippets unchanged; docs page: the README\'s declarative form (type="text/plain" data-category data-vendor on scripts with a src, data-src on the iframe)',
  page: (variant) => ({
    head: `<script>window.tamisConfig = ${JSON.stringify(config)};</script>
<script src="/dist/tamis.js"></script>`,
    rewrite:
      variant === 'docs'
        ? (part, { vendor }) => {
            const attrs = `data-category="${vendor.purpose}" data-vendor="${vendor.id}"`;
            if (part.kind === 'external') return retag(part, `type="text/plain" ${attrs}`);
            if (part.kind === 'iframe') return retag(part, attrs, { dataSrc: true });
            return undefined;
          }
        : undefined,
  }),
};
