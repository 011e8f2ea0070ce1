import { expect } from '@open-wc/testing';
import { matchVendor } from '../../../src/blocker/url-matcher.js';
import { vendors } from './test-vendors.js';

const id = (url: string) => matchVendor(url, vendors, 'https://shop.example/page')?.id;

describe('matchVendor', () => {
  it('matches a host pattern on the host and its subdomains', () => {
    expect(id('https://static.hotjar.com/c/hotjar-1.js?sv=6')).to.equal('hotjar');
    expect(id('https://hotjar.com/')).to.equal('hotjar');
    expect(id('https://script.hotjar.com/modules.js')).to.equal('hotjar');
  });

  it('does not match hosts that merely end with the same letters', () => {
    expect(id('https://nothotjar.com/x.js')).to.equal(undefined);
    expect(id('https://hotjar.com.evil.example/x.js')).to.equal(undefined);
  });

  it('matches a host + path prefix pattern only under that path', () => {
    expect(id('https://www.facebook.com/tr?id=1&ev=PageView')).to.equal('meta-pixel');
    expect(id('https://www.facebook.com/groups/x')).to.equal(undefined);
    expect(id('https://www.youtube.com/embed/abc?si=1')).to.equal('youtube');
    expect(id('https://www.youtube.com/watch?v=abc')).to.equal(undefined);
  });

  it('tells GA4 and Google Ads apart on the shared gtag/js URL by the id parameter', () => {
    expect(id('https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX')).to.equal('google-analytics');
    expect(id('https://www.googletagmanager.com/gtag/js?id=AW-123456789')).to.equal('google-ads');
    expect(id('https://www.googletagmanager.com/gtag/js?l=dl&id=AW-1')).to.equal('google-ads');
  });

  it('gives the rest of the Tag Manager host to Google Tag Manager', () => {
    expect(id('https://www.googletagmanager.com/gtm.js?id=GTM-XXXX')).to.equal('google-tag-manager');
    expect(id('https://www.googletagmanager.com/ns.html?id=GTM-XXXX')).to.equal('google-tag-manager');
  });

  it('resolves protocol-relative and relative URLs against the base', () => {
    expect(id('//connect.facebook.net/en_US/fbevents.js')).to.equal('meta-pixel');
    expect(matchVendor('/tr?id=1', vendors, 'https://www.facebook.com/')?.id).to.equal('meta-pixel');
    expect(id('/js/app.js')).to.equal(undefined);
  });

  it('ignores empty, non-http(s) and unparsable URLs', () => {
    expect(id('')).to.equal(undefined);
    expect(matchVendor(null, vendors)).to.equal(undefined);
    expect(id('data:text/javascript,alert(1)')).to.equal(undefined);
    expect(id('javascript:void(0)')).to.equal(undefined);
    expect(matchVendor('http://[bad', vendors, 'about:blank')).to.equal(undefined);
  });

  it('is case-insensitive on the host', () => {
    expect(id('https://Connect.Facebook.NET/en_US/fbevents.js')).to.equal('meta-pixel');
  });
});
