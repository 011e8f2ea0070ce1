// How each library's banner shows in the path of an element (tag#id.class of its ancestors, through
// shadow roots to their hosts: probe.mjs), to tell whether the page's Largest Contentful Paint
// element is the banner. Patterns follow each library's own markup at its pinned version.
const PATTERNS = {
  tamis: /\btamis-banner\b/,
  'tamis-verbatim': /\btamis-banner\b/,
  cookieconsent: /\.cc-(window|banner)\b/,
  'vanilla-cookieconsent': /#cc-main\b|\.cm\b/,
  klaro: /\.klaro\b|\.cookie-notice\b/,
  tarteaucitron: /#tarteaucitron/,
  orejime: /orejime/i,
};

/**
 * @param {string} id library id (bench/libraries/)
 * @returns {RegExp | undefined} what the library's banner looks like in an element path
 */
export const bannerPattern = (id) => PATTERNS[id];
