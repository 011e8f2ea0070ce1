import type { VendorDefinition } from '../../../src/types.js';

/** Vendor definitions shaped like the catalog's, for blocker tests independent of catalog edits. */
const v = (id: string, purpose: VendorDefinition['purpose'], urls: VendorDefinition['urls']): VendorDefinition => ({
  id,
  name: id,
  company: id,
  purpose,
  policyUrl: 'https://example.org/privacy',
  urls,
  cookies: [],
});

export const vendors: VendorDefinition[] = [
  v('google-analytics', 'analytics', [/^www\.googletagmanager\.com\/gtag\/js\?(?:.*&)?id=G-/, 'google-analytics.com']),
  v('google-ads', 'advertising', [/^www\.googletagmanager\.com\/gtag\/js\?(?:.*&)?id=AW-/, 'googleadservices.com']),
  v('google-tag-manager', 'analytics', ['www.googletagmanager.com']),
  v('meta-pixel', 'advertising', ['connect.facebook.net', 'www.facebook.com/tr']),
  v('hotjar', 'analytics', ['hotjar.com']),
  v('youtube', 'social', ['www.youtube.com/embed', 'www.youtube-nocookie.com']),
  v('linkedin', 'advertising', ['snap.licdn.com', 'px.ads.linkedin.com']),
];
