import { readCookie } from './read-cookie.js';

/**
 * Where the consent record is kept. The store only sees this interface, so it runs the same with
 * a cookie (browser) or memory (tests), as floating-ui's core takes a `platform`.
 */
export interface ConsentStorage {
  get(name: string): string | undefined;
  set(name: string, value: string, expires: Date, domain?: string): void;
  remove(name: string, domain?: string): void;
}

/**
 * The browser storage: a first-party cookie on `path=/` with `SameSite=Lax` (sent on top-level
 * navigations, so the server can read the decision too) and `Secure` on https (RFC 6265bis §4.1.2.5).
 * Written as js-cookie writes it (percent-encoding, except the characters RFC 6265 §4.1.1 allows in
 * a cookie-octet), without js-cookie: it stays out of a first visit's tamis-deferred.js (issue 13;
 * the withdrawal clearing, a chunk of its own, still uses it). The name is a token (config.ts).
 */
export function cookieStorage(secure = location.protocol == 'https:'): ConsentStorage {
  const write = (name: string, value: string, expires: Date, domain?: string) =>
    void (document.cookie =
      `${name}=${encodeURIComponent(value).replace(/%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g, decodeURIComponent)}` +
      `; path=/; expires=${expires.toUTCString()}${domain ? '; domain=' + domain : ''}; SameSite=Lax${secure ? '; Secure' : ''}`);
  return {
    get: readCookie,
    set: write,
    remove: (name, domain) => write(name, '', new Date(0), domain),
  };
}
