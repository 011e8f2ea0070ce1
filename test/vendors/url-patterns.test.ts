import { expect } from '@open-wc/testing';
import { catalog } from '../../vendors/index.js';
import { matchVendor } from '../../src/blocker/url-matcher.js';
import { vendorsMatching } from './match-url.js';
// @ts-expect-error plain ES module fixture without types
import { snippets, snippetUrls, variantUrls, unrelatedUrls, ids } from '../fixtures/snippets.mjs';

/** Ids of every vendor whose patterns match `url`; the blocker's pick must agree when there is one. */
function claimedBy(url: string): string[] {
  const ids = vendorsMatching(catalog, url).map((v) => v.id);
  expect(matchVendor(url, catalog)?.id, url).to.equal(ids[0]);
  return ids;
}

/** Every absolute or protocol-relative URL written in an HTML string (src attributes and JS strings). */
function urlsWritten(html: string): string[] {
  const found = html.match(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}\/[^\s"'<>)]*/gi) ?? [];
  return found.map((u) => (u.startsWith('//') ? 'https:' + u : u));
}

describe('vendor URL patterns', () => {
  for (const [id, urls] of Object.entries(snippetUrls as Record<string, string[]>)) {
    it(`claim every URL the ${id} snippet loads for ${id} alone`, () => {
      for (const url of urls) expect(claimedBy(url), url).to.deep.equal([id]);
    });
  }

  for (const [id, urls] of Object.entries(variantUrls as Record<string, string[]>)) {
    it(`claim the documented variants and follow-up requests of ${id} for ${id} alone`, () => {
      for (const url of urls) expect(claimedBy(url), url).to.deep.equal([id]);
    });
  }

  it('claim every URL literally written in the verbatim snippets for the snippet vendor alone', () => {
    for (const [key, html] of Object.entries(snippets as Record<string, string>)) {
      const id = key.replace(/-noscript$/, '');
      // GTM, Hotjar and TikTok build their URLs by concatenation: the literal prefix must be
      // claimed too. Matomo's base URL is the site's own server: only its script paths are Matomo.
      for (const url of urlsWritten(html)) {
        if (id === 'matomo' && url.endsWith('/')) continue;
        const full = url.endsWith('gtm.js?id=') ? url + ids.gtm : url;
        expect(claimedBy(full), `${key}: ${full}`).to.deep.equal([id]);
      }
    }
  });

  it('keep GA4 (G-) and Google Ads (AW-) apart on the shared gtag.js URL, whatever the parameter order', () => {
    const base = 'https://www.googletagmanager.com/gtag/js';
    expect(claimedBy(`${base}?id=G-ABC123`)).to.deep.equal(['google-analytics']);
    expect(claimedBy(`${base}?l=dataLayer&id=G-ABC123`)).to.deep.equal(['google-analytics']);
    expect(claimedBy(`${base}?id=AW-123`)).to.deep.equal(['google-ads']);
    expect(claimedBy(`${base}?l=dataLayer&id=AW-123`)).to.deep.equal(['google-ads']);
    expect(claimedBy(`${base}?id=AW-123&cx=c&xid=G-1`)).to.deep.equal(['google-ads']);
    expect(claimedBy(`${base}?id=G-1&xid=AW-1`)).to.deep.equal(['google-analytics']);
    expect(claimedBy(`${base}?id=DC-123`)).to.deep.equal(['google-ads']);
    expect(claimedBy(`${base}?id=GT-ABC`)).to.deep.equal(['google-tag-manager']);
    expect(claimedBy('https://www.googletagmanager.com/gtag/destination?id=AW-1&l=dataLayer&cx=c')).to.deep.equal(['google-ads']);
    expect(claimedBy('https://www.googletagmanager.com/gtag/destination?id=G-1&l=dataLayer&cx=c')).to.deep.equal(['google-analytics']);
  });

  it('claim a self-hosted Matomo on any host by its script and tracker paths only', () => {
    expect(claimedBy('https://example.com/matomo.js')).to.deep.equal(['matomo']);
    expect(claimedBy('http://127.0.0.1:8080/stats/piwik.php?idsite=1&rec=1')).to.deep.equal(['matomo']);
    expect(claimedBy('https://example.com/js/matomo.json')).to.deep.equal([]);
  });

  it('leave unrelated URLs, other Google services and look-alike hosts unclaimed', () => {
    for (const url of unrelatedUrls as string[]) expect(claimedBy(url), url).to.deep.equal([]);
  });

  it('claim no two vendors for any URL of any snippet or variant', () => {
    const all = [...Object.values(snippetUrls), ...Object.values(variantUrls)].flat() as string[];
    for (const url of all) expect(claimedBy(url), url).to.have.length(1);
  });
});
