import { expect } from '@open-wc/testing';
import type { PurposeId, VendorDefinition } from '../../src/types.js';
import * as vendors from '../../vendors/index.js';
import { catalog } from '../../vendors/index.js';
import { lifetimeSeconds } from './lifetime.js';
import { matchVendor } from '../../src/blocker/url-matcher.js';
// @ts-expect-error plain ES module fixture without types
import { exampleUrls, exampleName } from '../fixtures/catalog-examples.mjs';

const PURPOSES: PurposeId[] = ['necessary', 'audience', 'analytics', 'advertising', 'social', 'pixels', 'fraud'];
/** The fifteen first vendors and every vendor issue #10 names, with the purpose each must have. */
const REQUIRED: Record<string, PurposeId> = {
  'google-analytics': 'analytics',
  'google-ads': 'advertising',
  'google-tag-manager': 'analytics',
  hubspot: 'analytics',
  linkedin: 'advertising',
  'meta-pixel': 'pixels',
  'x-pixel': 'pixels',
  'tiktok-pixel': 'pixels',
  hotjar: 'analytics',
  'microsoft-clarity': 'analytics',
  youtube: 'social',
  vimeo: 'social',
  matomo: 'audience',
  stripe: 'fraud',
  monetico: 'fraud',
  'microsoft-advertising': 'advertising',
  'pinterest-tag': 'pixels',
  'snap-pixel': 'pixels',
  'reddit-pixel': 'pixels',
  criteo: 'advertising',
  taboola: 'advertising',
  outbrain: 'advertising',
  'amazon-ads': 'advertising',
  quantcast: 'advertising',
  'adobe-analytics': 'analytics',
  'yandex-metrica': 'analytics',
  mixpanel: 'analytics',
  amplitude: 'analytics',
  segment: 'analytics',
  heap: 'analytics',
  fullstory: 'analytics',
  contentsquare: 'analytics',
  mouseflow: 'analytics',
  'ab-tasty': 'analytics',
  kameleoon: 'analytics',
  optimizely: 'analytics',
  vwo: 'analytics',
  intercom: 'social',
  zendesk: 'social',
  crisp: 'social',
  'hubspot-chat': 'social',
  brevo: 'advertising',
  mailchimp: 'advertising',
  klaviyo: 'advertising',
  'salesforce-pardot': 'advertising',
  // Exempt audience measurement only where the vendor can be configured so (docs/vendor-catalog.md).
  plausible: 'audience',
  'piano-analytics': 'audience',
  'google-maps': 'social',
  'instagram-embed': 'social',
  'x-embed': 'social',
  spotify: 'social',
  soundcloud: 'social',
  dailymotion: 'social',
  calendly: 'social',
  typeform: 'social',
  disqus: 'social',
  trustpilot: 'social',
  paypal: 'fraud',
  'google-recaptcha': 'necessary',
  'cloudflare-turnstile': 'necessary',
};

/**
 * Hosts shared by many services of one company, or by everyone (CDNs): a vendor may claim them
 * only with a path (`www.google.com/maps`) or a RegExp, never whole, or it would hold unrelated
 * tags, fonts and libraries. (doubleclick.net and connect.facebook.net serve one company's ads
 * and SDKs only: Google Ads and the Meta Pixel claim them whole, and the more specific patterns of
 * Google Ad Manager and Facebook social plugins take their own URLs.)
 */
const SHARED_HOSTS = [
  'google.com', 'www.google.com', 'googleapis.com', 'gstatic.com', 'www.gstatic.com', 'googletagmanager.com',
  'www.googletagmanager.com', 'googleusercontent.com', 'facebook.com', 'www.facebook.com', 'facebook.net',
  'instagram.com', 'www.instagram.com', 'twitter.com', 'platform.twitter.com', 'x.com',
  'tiktok.com', 'www.tiktok.com', 'bing.com', 'microsoft.com', 'pinterest.com', 'pinimg.com', 's.pinimg.com',
  'yimg.com', 's.yimg.com', 'yahoo.com', 'spotify.com', 'open.spotify.com', 'dailymotion.com', 'www.dailymotion.com',
  'cloudflare.com', 'cdnjs.cloudflare.com', 'amazonaws.com', 'cloudfront.net', 'azureedge.net', 'akamaihd.net',
  'jsdelivr.net', 'cdn.jsdelivr.net', 'unpkg.com', 'fastly.net', 'sc-static.net', 'redditstatic.com', 'reddit.com',
  'snapchat.com', 'adobe.com', 'salesforce.com', 'amazon.com',
];

/** URLs no catalog vendor may claim: first-party files, libraries on public CDNs, other services. */
const UNCLAIMED = [
  'https://shop.example.fr/assets/app.js',
  'https://www.google.com/search?q=tamis',
  'https://www.google.com/',
  'https://fonts.googleapis.com/css2?family=Inter',
  'https://ajax.googleapis.com/ajax/libs/jquery/3.7.1/jquery.min.js',
  'https://www.gstatic.com/images/branding/googlelogo.png',
  'https://cdn.jsdelivr.net/npm/lit@3/index.js',
  'https://unpkg.com/htmx.org@2',
  'https://cdnjs.cloudflare.com/ajax/libs/lodash.js/4.17.21/lodash.min.js',
  'https://www.facebook.com/tamis.page',
  'https://www.instagram.com/tamis/',
  'https://www.tiktok.com/@tamis',
  'https://x.com/tamis',
  'https://s.pinimg.com/images/favicon.png',
  'https://open.spotify.com/artist/0TnOYISbd1XYRBk9myaseg',
  'https://www.microsoft.com/en-us/',
  'https://www.bing.com/search?q=tamis',
  'https://s.yimg.com/rz/p/yahoo_frontpage_en-US.png',
];

/**
 * The longest lifetime each vendor documents for each cookie, keyed by vendor then by the cookie
 * name as the catalog writes it (RegExps by their source). Sources: GA4 "Cookie usage", Google
 * Ads/Consent Mode docs, HubSpot KB "Cookies set by HubSpot", LinkedIn Cookie Table, Meta pixel
 * cookie docs, X cookie notice, TikTok cookie policy, Hotjar "Cookies set by Hotjar", Microsoft
 * Clarity cookie docs, Google's YouTube cookie list, Vimeo cookie policy, Matomo FAQ "cookies",
 * Stripe cookie policy (as summarised in shared/reference/vendor-facts.md). X documents no
 * lifetime for _twclid: its longest ad cookie lifetime stands in. The other vendors' lifetimes are
 * checked against their own files' `source` when written; here they must parse and be positive.
 */
const DOCUMENTED: Record<string, Record<string, string>> = {
  'google-analytics': { _ga: '2 years', '^_ga_': '2 years', '^_g(?:id$|at)': '24 hours' },
  'google-ads': {
    _gcl_au: '90 days',
    '^_gcl_(?:aw|dc|gs|gb)$': '90 days',
    '^_gac_': '90 days',
    IDE: '13 months',
  },
  'google-tag-manager': {},
  hubspot: { __hstc: '6 months', hubspotutk: '6 months', __hssc: '30 minutes', __hssrc: 'session' },
  'hubspot-chat': { messagesUtk: '6 months' },
  linkedin: {
    li_fat_id: '30 days',
    li_giant: '7 days',
    ln_or: '1 day',
    bcookie: '1 year',
    UserMatchHistory: '30 days',
  },
  'meta-pixel': { _fbp: '90 days', _fbc: '90 days', fr: '90 days' },
  'x-pixel': { _twclid: '2 years', personalization_id: '2 years' },
  'tiktok-pixel': { _ttp: '13 months', _tt_enable_cookie: '13 months', '^ttcsid': '13 months', ttwid: '1 year' },
  hotjar: { '^_hjSessionUser_': '365 days', '^_hjSession_': '30 minutes', '^_hj(?!Session(?:User)?_)': '365 days' },
  'microsoft-clarity': { _clck: '1 year', _clsk: '1 day', CLID: '1 year', MUID: '1 year' },
  youtube: { YSC: 'session', VISITOR_INFO1_LIVE: '180 days' },
  vimeo: { vuid: '2 years' },
  matomo: { '^_pk_id\\.': '13 months', '^_pk_ses\\.': '30 minutes', '^_pk_ref\\.': '6 months' },
  stripe: { __stripe_mid: '1 year', __stripe_sid: '30 minutes' },
  monetico: {},
};

const key = (name: string | RegExp) => (name instanceof RegExp ? name.source : name);

describe('vendor catalog', () => {
  it('holds at least 100 vendors, among them every vendor the issues require, with its default purpose', () => {
    expect(catalog.length).to.be.at.least(100);
    const purposes = Object.fromEntries(catalog.map((v) => [v.id, v.purpose]));
    for (const [id, purpose] of Object.entries(REQUIRED)) expect(purposes[id], id).to.equal(purpose);
  });

  it('claims each example URL for its own vendor, whatever the catalog order (no ambiguous pattern)', () => {
    const reversed = [...catalog].reverse();
    for (const vendor of catalog) {
      for (const url of exampleUrls(vendor) as string[]) {
        expect(matchVendor(url, catalog)?.id, url).to.equal(vendor.id);
        expect(matchVendor(url, reversed)?.id, `${url} (reversed catalog)`).to.equal(vendor.id);
      }
    }
  });

  it('claims no first-party file, public CDN library or unrelated page of a shared host', () => {
    for (const url of UNCLAIMED) expect(matchVendor(url, catalog)?.id, url).to.equal(undefined);
  });

  it('exports each vendor by name, the same object the catalog holds', () => {
    const named = Object.values(vendors).filter((x) => !Array.isArray(x)) as VendorDefinition[];
    expect(named).to.have.members(catalog);
    expect(named).to.have.length(catalog.length);
  });

  it('gives ids that are unique and kebab-case', () => {
    const ids = catalog.map((v) => v.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  for (const vendor of catalog) {
    describe(vendor.id, () => {
      it('has every field: name, company, country, known purpose, https policy URL, description, source', () => {
        const keys = ['id', 'name', 'company', 'country', 'purpose', 'policyUrl', 'urls', 'cookies', 'description', 'source'];
        for (const key of keys) expect(vendor, key).to.have.property(key);
        expect(vendor.name).to.be.a('string').with.length.greaterThan(0);
        expect(vendor.company).to.be.a('string').with.length.greaterThan(0);
        expect(vendor.country, 'ISO 3166-1 alpha-2').to.match(/^[A-Z]{2}$/);
        expect(vendor.source).to.be.an('array').with.length.greaterThan(0);
        for (const url of vendor.source!) expect(new URL(url).protocol, url).to.equal('https:');
        expect(PURPOSES).to.include(vendor.purpose);
        expect(new URL(vendor.policyUrl).protocol).to.equal('https:');
        expect(vendor.description ?? '').to.have.length.within(1, 80);
      });

      it('has URL patterns that are bare hosts or host/path, or stateless RegExps', () => {
        expect(vendor.urls).to.have.length.greaterThan(0);
        for (const pattern of vendor.urls) {
          if (pattern instanceof RegExp) {
            expect(pattern.flags, pattern.source).to.not.match(/[gy]/);
          } else {
            expect(pattern, pattern).to.match(/^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?$/);
            expect(SHARED_HOSTS, `${pattern} claims a shared host whole: add a path or use a RegExp`).to.not.include(pattern);
          }
        }
      });

      it('lists cookies with a short description and a lifetime no longer than the vendor documents', () => {
        const documented = DOCUMENTED[vendor.id];
        if (documented) expect(vendor.cookies.map((c) => key(c.name))).to.have.members(Object.keys(documented));
        for (const cookie of vendor.cookies) {
          const name = key(cookie.name);
          if (cookie.name instanceof RegExp) expect(name, 'cookie RegExps are anchored').to.match(/^\^/);
          expect(cookie.description, name).to.have.length.within(1, 60);
          expect(exampleName(cookie.name), `example of ${name}`).to.be.a('string');
          const seconds = lifetimeSeconds(cookie.lifetime);
          if (!documented) {
            expect(seconds, name).to.be.at.least(0);
            continue;
          }
          const max = lifetimeSeconds(documented[name]);
          if (max === 0) expect(seconds, `${name} is a session cookie`).to.equal(0);
          else expect(seconds, `${name}: ${cookie.lifetime} vs ${documented[name]}`).to.be.within(1, max);
        }
      });

      it('lists storage keys as names or anchored RegExps', () => {
        for (const entry of vendor.storage ?? []) {
          if (entry instanceof RegExp) expect(entry.source).to.match(/^\^/);
          else expect(entry).to.match(/^\S+$/);
          expect(exampleName(entry)).to.be.a('string');
        }
      });
    });
  }

  it('keeps Matomo as exempt audience measurement and payment vendors as fraud prevention', () => {
    expect(vendors.matomo.purpose).to.equal('audience');
    expect(vendors.stripe.purpose).to.equal('fraud');
    expect(vendors.monetico.purpose).to.equal('fraud');
  });
});
