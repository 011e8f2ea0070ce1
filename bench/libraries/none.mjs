// The reference page: the same site with no consent library at all. Its numbers show what the
// vendors do unchecked and the page's own floor for long tasks and layout shift.

/** @type {import('./index.mjs').Library} */
export default {
  id: 'none',
  name: 'no consent library (reference)',
  version: '-',
  reference: true,
  assets: [],
  consentCookies: [],
  page: () => ({}),
};
