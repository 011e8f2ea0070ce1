import Cookies from 'js-cookie';

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
 */
export function cookieStorage(secure = location.protocol == 'https:'): ConsentStorage {
  const jar = Cookies.withAttributes({ path: '/', sameSite: 'Lax', secure });
  return {
    get: (name) => jar.get(name),
    set: (name, value, expires, domain) => void jar.set(name, value, { expires, domain }),
    remove: (name, domain) => jar.remove(name, { domain }),
  };
}
