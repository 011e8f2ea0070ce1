import { expect } from '@open-wc/testing';
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
