import { expect } from '@open-wc/testing';
import { clearVendorData, cookieDomains } from '../../src/clear-vendor-data.js';
import type { VendorDefinition } from '../../src/types.js';

const vendor: VendorDefinition = {
  id: 'acme',
  name: 'Acme',
  company: 'Acme SA',
  purpose: 'analytics',
  policyUrl: 'https://acme.test',
  urls: ['acme.test'],
  cookies: [
    { name: '_acme', lifetime: '1 year', description: 'id' },
    { name: /^_acme_s\./, lifetime: 'session', description: 'session' },
    { name: 'acme_remote', lifetime: '1 year', description: 'on acme.test', thirdParty: true },
  ],
  storage: ['acme_queue', /^acme:/],
};

const cookieNames = () => document.cookie.split('; ').filter(Boolean).map((c) => c.split('=')[0]).sort();

describe('clearing a vendor', () => {
  afterEach(() => {
    for (const name of cookieNames()) document.cookie = `${name}=; path=/; max-age=0`;
    localStorage.clear();
    sessionStorage.clear();
  });

  it('lists the host and each parent domain but the top-level one', () => {
    expect(cookieDomains('shop.example.fr')).to.deep.equal([undefined, 'shop.example.fr', 'example.fr']);
    expect(cookieDomains('a.b.example.co')).to.deep.equal([undefined, 'a.b.example.co', 'b.example.co', 'example.co']);
    expect(cookieDomains('localhost')).to.deep.equal([undefined]);
  });

  it('deletes the cookies and storage keys of the vendor, by name and pattern, and nothing else', () => {
    document.cookie = '_acme=1; path=/';
    document.cookie = '_acme_s.1=1; path=/';
    document.cookie = 'acme_remote=1; path=/';
    document.cookie = 'cart=3; path=/';
    localStorage.setItem('acme_queue', '[]');
    localStorage.setItem('acme:last', '1');
    sessionStorage.setItem('acme:tab', '1');
    localStorage.setItem('cart', '3');
    clearVendorData([vendor]);
    // A third-party cookie lives on the vendor's host: a same-named first-party one is not its.
    expect(cookieNames()).to.deep.equal(['acme_remote', 'cart']);
    expect(Object.keys(localStorage)).to.deep.equal(['cart']);
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
  });

  it('tolerates holes in a cookie list', () => {
    document.cookie = '_acme=1; path=/';
    // eslint-disable-next-line no-sparse-arrays
    clearVendorData([{ ...vendor, cookies: [, vendor.cookies[0]] as VendorDefinition['cookies'] }]);
    expect(cookieNames()).to.deep.equal([]);
  });
});
