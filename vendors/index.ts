/**
 * The vendor catalog: one file per vendor, plain data so unused ones tree-shake from npm builds.
 * `dist/tamis.js` ships the whole `catalog`, since every catalog vendor is blocked whether or not
 * the site lists it.
 */
import type { VendorDefinition } from '../src/types.js';
import { googleAnalytics } from './google-analytics.js';
import { googleAds } from './google-ads.js';
import { googleTagManager } from './google-tag-manager.js';
import { hubspot } from './hubspot.js';
import { linkedin } from './linkedin.js';
import { metaPixel } from './meta-pixel.js';
import { xPixel } from './x-pixel.js';
import { tiktokPixel } from './tiktok-pixel.js';
import { hotjar } from './hotjar.js';
import { microsoftClarity } from './microsoft-clarity.js';
import { youtube } from './youtube.js';
import { vimeo } from './vimeo.js';
import { matomo } from './matomo.js';
import { stripe } from './stripe.js';
import { monetico } from './monetico.js';

export {
  googleAnalytics,
  googleAds,
  googleTagManager,
  hubspot,
  linkedin,
  metaPixel,
  xPixel,
  tiktokPixel,
  hotjar,
  microsoftClarity,
  youtube,
  vimeo,
  matomo,
  stripe,
  monetico,
};

/**
 * The vendors, each with its own type (`satisfies`, not an annotation), so that
 * {@link CatalogVendorId} is the union of their literal ids.
 */
const vendors = [
  googleAnalytics,
  googleAds,
  googleTagManager,
  hubspot,
  linkedin,
  metaPixel,
  xPixel,
  tiktokPixel,
  hotjar,
  microsoftClarity,
  youtube,
  vimeo,
  matomo,
  stripe,
  monetico,
] satisfies VendorDefinition[];

/** Every catalog vendor, in display order. */
export const catalog: VendorDefinition[] = vendors;

/** The id of a catalog vendor: `'google-analytics' | 'google-ads' | …`, one per entry of {@link catalog}. */
export type CatalogVendorId = (typeof vendors)[number]['id'];
