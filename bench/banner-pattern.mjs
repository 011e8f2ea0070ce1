// How each library's banner shows in the path of an element (tag#id.class of its ancestors, through
// shadow roots: probe.mjs), to tell whether the page's Largest Contentful Paint element is the banner.
const PATTERNS = {
  tamis: /\btamis-banner\b/,
  'tamis-verbatim': /\btamis-banner\b/,
  cookieconsent: /\.cc-(window|banner)\b/,
  'vanilla-cookieconsent': /#cc-main\b|\.cm\b/,
  klaro: /\.klaro\b|\.cookie-notice\b/,
  tarteaucitron: /#tarteaucitron/,
  orejime: /orejime/i,
};

/** @returns {RegExp | undefined} */
export const bannerPattern = (id) => PATTERNS[id];
