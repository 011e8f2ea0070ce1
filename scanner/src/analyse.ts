import type { VendorDefinition } from '../../src/types.js';
import { EXEMPT, type Classifier, type Owner } from './classify.js';
import { findingsOfVisit, unknownFindings, dedupe } from './findings.js';
import { loadedBy } from './loaded-by.js';
import type { Phase, PhaseCounts, ScanResult, UnknownSummary, VendorSummary, Visit } from './types.js';

const zero = (): PhaseCounts => ({ requests: 0, cookies: 0 });

/**
 * Does an event of this visit count for its phase? `before` and `accept`: everything the visit saw
 * (accept = the site with consent given, exempt vendors included); `reject`: what followed the click.
 */
export function counts(visit: Visit, afterClick: boolean): boolean {
  return visit.phase !== 'reject' || afterClick;
}

type Summary = VendorSummary | UnknownSummary;
const add = <T>(list: T[], item: T) => {
  if (!list.includes(item)) list.push(item);
};

/** Turns the recorded visits into vendors, unknown third parties, cookies, storage keys and findings. */
export function analyse(visits: Visit[], classifier: Classifier): Pick<ScanResult, 'vendors' | 'unknown' | 'cookies' | 'storage' | 'findings'> {
  const vendors = new Map<string, VendorSummary>();
  const unknown = new Map<string, UnknownSummary>();
  const cookies = new Map<string, ScanResult['cookies'][number]>();
  const storage = new Map<string, ScanResult['storage'][number]>();

  const summaryOf = (owner: Owner, page: string): Summary | undefined => {
    if (owner.kind === 'first-party') return undefined;
    let s: Summary | undefined;
    if (owner.kind === 'vendor') {
      s = vendors.get(owner.id);
      if (!s) {
        s = { id: owner.id, name: owner.name, purpose: owner.purpose, source: owner.source, before: zero(), reject: zero(), accept: zero(), hosts: [], cookies: [], storage: [], pages: [], loadedBy: [] };
        vendors.set(owner.id, s);
      }
    } else {
      s = unknown.get(owner.domain);
      if (!s) {
        s = { domain: owner.domain, before: zero(), reject: zero(), accept: zero(), hosts: [], cookies: [], storage: [], pages: [], loadedBy: [] };
        unknown.set(owner.domain, s);
      }
    }
    add(s.pages, page);
    return s;
  };

  for (const visit of visits) {
    const list: VendorDefinition[] = classifier.vendorsFor(visit.tamis);
    for (const r of visit.requests) {
      const owner = classifier.request(r.url, list);
      const s = summaryOf(owner, visit.page);
      if (!s) continue;
      add(s.hosts, new URL(r.url).host);
      add(s.loadedBy, loadedBy(r, visit.finalUrl));
      if (counts(visit, r.afterClick)) s[visit.phase].requests++;
    }
    for (const c of visit.cookies) {
      const owner = classifier.cookie(c.name, c.domain, list);
      const id = owner.kind === 'vendor' ? owner.id : owner.kind === 'unknown' ? owner.domain : null;
      const k = `${c.name}\u0000${c.domain}`;
      const entry = cookies.get(k) ?? { name: c.name, domain: c.domain, thirdParty: c.thirdParty, lifetimeDays: c.lifetimeDays, setBy: c.source, vendor: id, phases: [] as Phase[] };
      if (c.source === 'header') entry.setBy = 'header';
      if (counts(visit, c.afterClick)) add(entry.phases, visit.phase);
      if ((c.lifetimeDays ?? 0) > (entry.lifetimeDays ?? 0)) entry.lifetimeDays = c.lifetimeDays;
      cookies.set(k, entry);
      const s = summaryOf(owner, visit.page);
      if (!s) continue;
      add(s.cookies, c.name);
      if (counts(visit, c.afterClick)) s[visit.phase].cookies++;
    }
    for (const st of visit.storage) {
      const owner = classifier.storage(st.key, st.origin, list);
      const id = owner.kind === 'vendor' ? owner.id : owner.kind === 'unknown' ? owner.domain : null;
      const k = `${st.area}\u0000${st.origin}\u0000${st.key}`;
      const entry = storage.get(k) ?? { area: st.area, origin: st.origin, key: st.key, vendor: id, phases: [] as Phase[] };
      if (counts(visit, st.afterClick)) add(entry.phases, visit.phase);
      storage.set(k, entry);
      const s = summaryOf(owner, visit.page);
      if (s) add(s.storage, `${st.area}:${st.key}`);
    }
  }

  const findings = dedupe([
    ...visits.flatMap((v) => findingsOfVisit(v, visits, classifier)),
    ...unknownFindings([...unknown.values()]),
  ]);
  const order = (a: { before: PhaseCounts; reject: PhaseCounts; accept: PhaseCounts }) =>
    -(a.before.requests + a.before.cookies) * 1e6 - (a.reject.requests + a.reject.cookies) * 1e3 - (a.accept.requests + a.accept.cookies);
  return {
    vendors: [...vendors.values()].sort((a, b) => Number(EXEMPT.has(a.purpose)) - Number(EXEMPT.has(b.purpose)) || order(a) - order(b) || a.id.localeCompare(b.id)),
    unknown: [...unknown.values()].sort((a, b) => order(a) - order(b) || a.domain.localeCompare(b.domain)),
    cookies: [...cookies.values()].sort((a, b) => a.domain.localeCompare(b.domain) || a.name.localeCompare(b.name)),
    storage: [...storage.values()].sort((a, b) => a.origin.localeCompare(b.origin) || a.key.localeCompare(b.key)),
    findings,
  };
}
