import type { ResolvedConfig } from './types.js';

/**
 * The site of a host: its registrable domain by a compact rule (the last two labels, or three
 * under a common second level of a country code, `example.co.uk`, `example.com.br`), not the full
 * Public Suffix List, which `<head>` cannot carry. IP addresses and single labels are their own
 * site. Where the rule is wrong for a site (its CDN on another domain, a private suffix),
 * `allowedHosts` says which hosts are its own.
 */
export const siteOf = (host: string): string =>
  /\d$|:/.test(host) ? host : /[^.]+\.(?:(?:co|com|net|org|gov|gouv|edu|ac|or|ne|go)\.[a-z]{2}|[^.]+)$/.exec(host)?.[0] ?? host;

/**
 * Strict mode (`unknownThirdParties`): what the blocker asks, once per host that no vendor claims.
 * A host of the page's own site or under `allowedHosts` is let through unasked; any other is a third
 * party tamis knows nothing about: one console warning names it with the config line that declares
 * it, and with `'block'` its tags are held like an unlisted vendor's.
 * @returns `undefined` for `'allow'` (the blocker then asks nothing)
 */
export function unknownHosts(config: ResolvedConfig): ((host: string) => boolean) | undefined {
  const mode = config.unknownThirdParties;
  return mode == 'allow' ? undefined : (host) => {
    const site = siteOf(host);
    if (site == siteOf(location.hostname) || config.allowedHosts.some((h) => host == h || host.endsWith('.' + h))) return false;
    console.warn(
      `tamis: unknown third party ${host}${mode == 'block' ? ' blocked' : ''}: declare it in config.vendors: ` +
        `{ id: '${site.replace(/\./g, '-')}', name: '${site}', company: '${site}', purpose: 'analytics', policyUrl: '', urls: ['${site}'], cookies: [] }` +
        ` (with its real purpose, company, policy), or in config.allowedHosts: ['${host}']`,
    );
    return mode == 'block';
  };
}
