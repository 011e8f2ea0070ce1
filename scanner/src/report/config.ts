import type { ScanResult } from '../types.js';
import { slug } from '../ocd.js';

/** A custom vendor definition stub, as window.tamisConfig.vendors accepts it (README "Vendor catalog"). */
interface VendorStub {
  id: string;
  name: string;
  company: string;
  purpose: string;
  policyUrl: string;
  urls: string[];
  cookies: Array<{ name: string; lifetime: string; description: string }>;
  description: string;
}

const lifetime = (days: number | null) => (days === null ? 'session' : days >= 1 ? `${Math.round(days)} days` : `${Math.max(1, Math.round(days * 24))} hours`);

/**
 * A starting `window.tamisConfig`: the catalog ids found on the site, a custom vendor stub for each
 * third party tamis cannot name (hosts and cookies seen, purpose to confirm), and
 * `unknownThirdParties: 'block'` so that hosts nobody named stay blocked until consent.
 */
export function draftConfig(result: ScanResult): Record<string, unknown> {
  const cookieLife = (name: string, vendor: string) =>
    lifetime(result.cookies.find((c) => c.name === name && c.vendor === vendor)?.lifetimeDays ?? null);
  const vendors: Array<string | VendorStub> = [];
  for (const v of result.vendors) {
    if (v.source === 'catalog') {
      vendors.push(v.id);
      continue;
    }
    if (v.source === 'custom') {
      // A custom vendor of the page's own config: keep it, with what the scan saw (copy the rest from your config).
      vendors.push({
        id: v.id,
        name: v.name,
        company: 'TO CONFIRM (from your current config)',
        purpose: v.purpose,
        policyUrl: '',
        urls: [...new Set(v.hosts.map((h) => h.replace(/:\d+$/, '')))],
        cookies: v.cookies.map((name) => ({ name, lifetime: cookieLife(name, v.id), description: 'Seen by tamis-scan: describe it' })),
        description: 'TO CONFIRM: a custom vendor of the config the site runs today; keep its definition from there.',
      });
      continue;
    }
    vendors.push({
      id: v.id,
      name: v.name,
      company: `TO CONFIRM (${v.name})`,
      purpose: v.purpose,
      policyUrl: '',
      urls: [],
      cookies: v.cookies.map((name) => ({ name, lifetime: cookieLife(name, v.id), description: 'Seen by tamis-scan (Open Cookie Database): describe it' })),
      description: `TO CONFIRM: purpose "${v.purpose}" comes from the Open Cookie Database; add the hosts of its scripts to urls.`,
    });
  }
  const taken = new Set(vendors.map((v) => (typeof v === 'string' ? v : v.id)));
  for (const u of result.unknown) {
    let id = slug(u.domain);
    while (taken.has(id)) id += '-site';
    taken.add(id);
    vendors.push({
      id,
      name: u.domain,
      company: 'TO CONFIRM',
      purpose: 'analytics',
      policyUrl: '',
      urls: [...new Set(u.hosts.map((h) => h.replace(/:\d+$/, '')))],
      cookies: u.cookies.map((name) => ({ name, lifetime: cookieLife(name, u.domain), description: 'Seen by tamis-scan: describe it' })),
      description: `TO CONFIRM: what ${u.domain} does on the site and its purpose ("analytics" is a guess: necessary, audience, analytics, advertising, social, pixels or fraud).`,
    });
  }
  return { vendors, unknownThirdParties: 'block' };
}
