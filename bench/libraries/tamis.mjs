// tamis as its README says to install it: the config, then dist/tamis.js as the first script in
// <head>; the UI (dist/tamis-ui.js) is fetched by tamis.js only when it has something to show.
// Vendor snippets stay verbatim on both versions of the page: tamis recognises them by URL.
import { readFileSync } from 'node:fs';

const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/** Catalog ids of the six bench vendors (vendors/*.ts). */
export const tamisVendorIds = ['google-analytics', 'google-ads', 'hubspot', 'linkedin', 'meta-pixel', 'youtube'];

/** @type {import('./index.mjs').Library} */
export default {
  id: 'tamis',
  name: 'tamis',
  version,
  assets: ['/dist/'],
  consentCookies: ['tamis_consent'],
  accept: { acceptHost: 'tamis-banner', acceptText: 'Accept all' },
  docsNote: 'tamis blocks the verbatim snippets by URL: its "docs" page is the verbatim page.',
  page: () => ({
    head: `<script>window.tamisConfig = { vendors: ${JSON.stringify(tamisVendorIds)}, policyUrl: '/privacy' };</script>
<script src="/dist/tamis.js"></script>`,
  }),
};
