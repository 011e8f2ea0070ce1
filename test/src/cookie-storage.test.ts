import { expect } from '@open-wc/testing';
import Cookies from 'js-cookie';
import { cookieStorage } from '../../src/cookie-storage.js';

// The Cookie Store API reports the attributes document.cookie hides (Chromium, secure contexts:
// the test page is on localhost).
interface StoredCookie { name: string; value: string; path: string; secure: boolean; sameSite: string; expires: number | null; domain: string | null }
const cookieStore = (window as unknown as { cookieStore: { get(name: string): Promise<StoredCookie | null> } }).cookieStore;

describe('cookie storage', () => {
  afterEach(() => {
    document.cookie = 'tamis_test=; path=/; max-age=0';
  });

  it('writes a first-party cookie on path / with SameSite=Lax and the given expiry', async () => {
    const expires = new Date(Date.now() + 30 * 86400000);
    cookieStorage(false).set('tamis_test', '{"v":1}.abc', expires);
    const cookie = (await cookieStore.get('tamis_test'))!;
    expect(cookie).to.include({ path: '/', sameSite: 'lax', secure: false, domain: null });
    expect(Math.abs(cookie.expires! - expires.getTime())).to.be.below(1000);
    expect(cookieStorage(false).get('tamis_test')).to.equal('{"v":1}.abc');
  });

  it('writes the value as js-cookie does, so that records written before read the same', () => {
    const value = '{"v":1,"c":{"analytics":true},"note":"a; b, c = d % é ✓ #$&+/:<=>?@[]^`{|}"}.1x2y3z';
    const expires = new Date(Date.now() + 86400000);
    Cookies.set('tamis_test', value, { path: '/', expires });
    const written = document.cookie;
    cookieStorage(false).set('tamis_test', 'other', expires);
    expect(document.cookie).to.not.equal(written);
    cookieStorage(false).set('tamis_test', value, expires);
    expect(document.cookie).to.equal(written);
    expect(cookieStorage(false).get('tamis_test')).to.equal(value);
  });

  it('adds Secure when asked (tamis asks on https)', async () => {
    cookieStorage(true).set('tamis_test', 'x', new Date(Date.now() + 86400000));
    expect((await cookieStore.get('tamis_test'))!.secure).to.equal(true);
  });

  it('removes the cookie', async () => {
    const storage = cookieStorage(false);
    storage.set('tamis_test', 'x', new Date(Date.now() + 86400000));
    storage.remove('tamis_test');
    expect(await cookieStore.get('tamis_test')).to.equal(null);
    expect(storage.get('tamis_test')).to.equal(undefined);
  });
});
