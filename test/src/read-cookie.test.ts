import { expect } from '@open-wc/testing';
import { readCookie } from '../../src/read-cookie.js';
import { cookieStorage } from '../../src/cookie-storage.js';

// dist/tamis.js reads the record with readCookie; the deferred module writes it with js-cookie.
describe('readCookie', () => {
  afterEach(() => {
    for (const name of ['tamis_read', 'tamis_read_other']) document.cookie = `${name}=; path=/; max-age=0`;
  });

  it('reads back exactly what js-cookie wrote, escapes included', () => {
    const value = '{"c":{"analytics":true},"note":"a; b, c = d % é ✓"}.1x2y3z';
    cookieStorage(false).set('tamis_read', value, new Date(Date.now() + 60000));
    expect(document.cookie).not.to.contain('"note":"a; b');
    expect(readCookie('tamis_read')).to.equal(value);
  });

  it('matches the whole name, not a prefix', () => {
    document.cookie = 'tamis_read_other=1; path=/';
    expect(readCookie('tamis_read')).to.equal(undefined);
    document.cookie = 'tamis_read=2; path=/';
    expect(readCookie('tamis_read')).to.equal('2');
  });

  it('reads a malformed escape as no value instead of throwing', () => {
    document.cookie = 'tamis_read=%E0%A4%A; path=/';
    expect(readCookie('tamis_read')).to.equal(undefined);
  });
});
