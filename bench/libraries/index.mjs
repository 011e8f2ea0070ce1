// The libraries the bench compares, tamis first.
import none from './none.mjs';
import tamis from './tamis.mjs';
import vanillaCookieconsent from './vanilla-cookieconsent.mjs';
import klaro from './klaro.mjs';
import tarteaucitron from './tarteaucitron.mjs';
import cookieconsent from './cookieconsent.mjs';
import orejime from './orejime.mjs';

/**
 * One consent library as the bench sets it up.
 * @typedef {object} Library
 * @property {string} id
 * @property {string} name
 * @property {string} version  as installed
 * @property {boolean} [reference]  the no-library page: no ratio, no banner
 * @property {boolean} [extra]  a second set-up of a library, timed only, shown without ratio
 * @property {'verbatim'|'docs'} [timedPage]  page of the timed runs @default 'docs'
 * @property {string[]} assets  URL path prefixes of the files the library's own code comes from
 * @property {string[]} consentCookies  the library's own cookies (not counted as vendor cookies)
 * @property {{ acceptSelector?: string, acceptText?: string, acceptHost?: string }} [accept]
 *   how to find its "Accept all" control
 * @property {string} [docsNote]  how its docs say to write the snippets
 * @property {(variant: 'verbatim'|'docs') => Parameters<typeof import('../site.mjs').renderPage>[0]} page
 */

/**
 * tamis once more, timed on the verbatim page: what blocking pasted snippets automatically costs
 * next to the declarative form. Shown without ratio; its bytes and counts are tamis's.
 * @type {Library}
 */
const tamisVerbatim = {
  ...tamis,
  id: 'tamis-verbatim',
  name: 'tamis, verbatim snippets',
  extra: true,
  timedPage: 'verbatim',
  docsNote: 'tamis timed on the verbatim page (snippets unchanged, blocked by URL), for the cost of automatic blocking',
};

/** @type {Library[]} */
export const libraries = [tamis, vanillaCookieconsent, klaro, tarteaucitron, cookieconsent, orejime, none, tamisVerbatim];
