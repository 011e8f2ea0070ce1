import { expect } from '@open-wc/testing';
import type { PurposeId, VendorDefinition } from '../../src/types.js';
import * as vendors from '../../vendors/index.js';
import { catalog } from '../../vendors/index.js';
import { lifetimeSeconds } from './lifetime.js';

const PURPOSES: PurposeId[] = ['necessary', 'audience', 'analytics', 'advertising', 'social', 'pixels', 'fraud'];
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
};

/**
 * The longest lifetime each vendor documents for each cookie, keyed by vendor then by the cookie
 * name as the catalog writes it (RegExps by their source). Sources: GA4 "Cookie usage", Google
 * Ads/Consent Mode docs, HubSpot KB "Cookies set by HubSpot", LinkedIn Cookie Table, Meta pixel
 * cookie docs, X cookie notice, TikTok cookie policy, Hotjar "Cookies set by Hotjar", Microsoft
 * Clarity cookie docs, Google's YouTube cookie list, Vimeo cookie policy, Matomo FAQ "cookies",
 * Stripe cookie policy (as summarised in shared/reference/vendor-facts.md). X documents no
 * lifetime for _twclid: its longest ad cookie lifetime stands in.
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
  hubspot: { __hstc: '6 months', hubspotutk: '6 months', __hssc: '30 minutes', __hssrc: 'session', messagesUtk: '6 months' },
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
  it('holds every vendor the issue requires, with its default purpose', () => {
    const purposes = Object.fromEntries(catalog.map((v) => [v.id, v.purpose]));
    expect(purposes).to.deep.equal(REQUIRED);
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
      it('has a name, a company, a known purpose, an https policy URL and a short description', () => {
        expect(vendor.name).to.be.a('string').with.length.greaterThan(0);
        expect(vendor.company).to.be.a('string').with.length.greaterThan(0);
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
          }
        }
      });

      it('lists cookies with a short description and a lifetime no longer than the vendor documents', () => {
        const documented = DOCUMENTED[vendor.id];
        expect(vendor.cookies.map((c) => key(c.name))).to.have.members(Object.keys(documented));
        for (const cookie of vendor.cookies) {
          const name = key(cookie.name);
          if (cookie.name instanceof RegExp) expect(name, 'cookie RegExps are anchored').to.match(/^\^/);
          expect(cookie.description, name).to.have.length.within(1, 60);
          const seconds = lifetimeSeconds(cookie.lifetime);
          const max = lifetimeSeconds(documented[name]);
          if (max === 0) expect(seconds, `${name} is a session cookie`).to.equal(0);
          else expect(seconds, `${name}: ${cookie.lifetime} vs ${documented[name]}`).to.be.within(1, max);
        }
      });

      it('lists storage keys as names or anchored RegExps', () => {
        for (const entry of vendor.storage ?? []) {
          if (entry instanceof RegExp) expect(entry.source).to.match(/^\^/);
          else expect(entry).to.match(/^\S+$/);
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
