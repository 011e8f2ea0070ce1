import { EXEMPT, type Classifier, type Owner } from './classify.js';
import { loadedBy } from './loaded-by.js';
import type { Finding, RequestRecord, UnknownSummary, Visit } from './types.js';

// A consent record kept longer than 13 months (CNIL, 2020 guidelines §44: "6 months" recommended,
// 13 at most). 13 × 30.44 days, plus a day of rounding.
const MAX_CONSENT_DAYS = 397;

const TAG: Record<string, string> = { Script: '<script>', Document: '<iframe>', Image: '<img>' };
const short = (url: string) => (url.length > 120 ? url.slice(0, 117) + '…' : url);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

type VendorOwner = Extract<Owner, { kind: 'vendor' }>;
const needsConsent = (o: Owner): o is VendorOwner => o.kind === 'vendor' && !EXEMPT.has(o.purpose);

/** A tag of the site's own HTML: the browser fetches it while parsing, before any consent tool runs. */
function isStaticTag(r: RequestRecord, visit: Visit): boolean {
  const origin = (u: string | undefined) => {
    try {
      return new URL(u ?? '').origin;
    } catch {
      return '';
    }
  };
  // An iframe's own document request has the frame's URL as document: the tag's page is the initiator's.
  if (r.initiator.kind !== 'static' || origin(r.initiator.by ?? r.frame) !== origin(visit.finalUrl) || !/^(Script|Document|Image)$/.test(r.type)) return false;
  // Chromium also says "parser" for what a script of the page requested while the page was still
  // parsing (`new Image().src` in a snippet): a tag of the markup has its URL in the HTML.
  return inMarkup(r.url, visit.html[r.initiator.by ?? ''] ?? Object.values(visit.html).join('\n'));
}

/** Whether the HTML holds this URL: absolute, protocol-relative, root-relative, with &amp; or not. */
function inMarkup(url: string, html: string): boolean {
  const u = new URL(url);
  const forms = [url, url.replace(/^https?:/, ''), u.pathname + u.search].flatMap((f) => [f, f.replace(/&/g, '&amp;')]);
  return forms.some((f) => f.length > 1 && html.includes(f));
}

/** The page a request belongs to: the next page opened after Reject has its own URL. */
const pageOf = (r: RequestRecord, visit: Visit) => (r.step === 2 && visit.loaded[2] ? visit.loaded[2] : visit.page);

/** The exact markup that keeps a static tag from being fetched before consent (README "Blocking"). */
export function declarativeMarkup(r: RequestRecord, o: VendorOwner): string {
  const attrs = `data-category="${o.purpose}" data-vendor="${o.id}"`;
  const url = r.url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  if (r.type === 'Document') return `<iframe ${attrs} data-src="${url}"></iframe>`;
  if (r.type === 'Image') return `<img ${attrs} alt="" data-src="${url}">`;
  return `<script type="text/plain" ${attrs} async src="${url}"></script>`;
}

/** How to stop a vendor that ran too early, depending on what the page runs today. */
function gateFix(o: VendorOwner, visit: Visit): string {
  if (o.source === 'open-cookie-database' || o.source === 'custom')
    return visit.tamis
      ? `Declare ${o.name} as a custom vendor (tamis.config.json has a stub) so that tamis blocks it until consent.`
      : `Install tamis and add the custom vendor stub for ${o.name} from tamis.config.json to window.tamisConfig.vendors.`;
  if (!visit.tamis)
    return `Block it until consent: install tamis (README "Install") with "${o.id}" in window.tamisConfig.vendors (tamis.config.json lists it), or gate its tag in the consent tool the site runs.`;
  if (!visit.tamis.vendors.some((v) => v.id === o.id)) return `List "${o.id}" in window.tamisConfig.vendors, and load its tags after tamis.js.`;
  return `Its tag escaped tamis: load it after tamis.js, or write it in declarative form (type="text/plain" data-category="${o.purpose}" data-vendor="${o.id}").`;
}

/** Findings of one visit (one page in one phase). */
export function findingsOfVisit(visit: Visit, _all: Visit[], classifier: Classifier): Finding[] {
  const out: Finding[] = [];
  const list = classifier.vendorsFor(visit.tamis);
  const page = visit.page;
  const tracked = new Map<string, { owner: VendorOwner; page: string; requests: RequestRecord[] }>();

  for (const r of visit.requests) {
    const owner = classifier.request(r.url, list);
    if (!needsConsent(owner)) continue;
    const inPhase = visit.phase === 'before' || (visit.phase === 'reject' && visit.consent.clicked && r.afterClick);
    if (!inPhase) continue;
    if (isStaticTag(r, visit)) {
      out.push({
        rule: 'static-tag-needs-markup',
        severity: 'warn',
        page: pageOf(r, visit),
        vendor: owner.id,
        detail: `The HTML has a ${TAG[r.type] ?? r.type} tag of ${owner.name} (${owner.purpose}); the browser fetched ${short(r.url)} while parsing, before any consent${visit.phase === 'reject' ? ' (again after Reject)' : ''}: the visitor's IP address and the page URL reached ${new URL(r.url).host}.`,
        fix: declarativeMarkup(r, owner),
      });
      // An image tag IS the tracking hit; a script or frame document fetched this way is not run by tamis.
      if (r.type !== 'Image') continue;
    }
    const k = `${owner.id}\u0000${pageOf(r, visit)}`;
    const t = tracked.get(k) ?? { owner, page: pageOf(r, visit), requests: [] };
    t.requests.push(r);
    tracked.set(k, t);
  }
  for (const { owner, page, requests } of tracked.values()) {
    const first = requests[0];
    const by = [...new Set(requests.map((r) => loadedBy(r, visit.finalUrl)))].slice(0, 3).join(', ');
    if (visit.phase === 'before') {
      out.push({
        rule: 'tracker-before-consent',
        severity: 'error',
        page,
        vendor: owner.id,
        detail: `${owner.name} (${owner.purpose}) made ${plural(requests.length, 'request')} before any choice, e.g. ${short(first.url)} (loaded by ${by}).`,
        fix: gateFix(owner, visit),
      });
    } else {
      out.push({
        rule: 'tracker-after-reject',
        severity: 'error',
        page,
        vendor: owner.id,
        detail: `${owner.name} (${owner.purpose}) made ${plural(requests.length, 'request')} after the visitor clicked Reject (${visit.consent.name}${page !== visit.page ? `, on the next page opened` : ''}), e.g. ${short(first.url)} (loaded by ${by}).`,
        fix: gateFix(owner, visit),
      });
    }
  }

  const early = new Map<string, { owner: VendorOwner | Extract<Owner, { kind: 'unknown' }>; names: string[] }>();
  for (const c of visit.cookies) {
    if (classifier.isConsentCookie(c.name, visit.tamis)) {
      if (visit.phase !== 'before' && c.afterClick && (c.lifetimeDays ?? 0) > MAX_CONSENT_DAYS)
        out.push({
          rule: 'consent-cookie-too-long',
          severity: 'error',
          page,
          domain: c.domain.replace(/^\./, ''),
          detail: `The consent record ${c.name} (${c.domain}) written after ${visit.phase === 'accept' ? 'Accept' : 'Reject'} lasts ${Math.round(c.lifetimeDays!)} days, over 13 months${c.lifetimeDays! > 399 ? ' (Chromium caps cookies at 400 days: the site may ask for more)' : ''}.`,
          fix: visit.tamis ? 'Set retentionMonths to 13 or less (6 is what the CNIL recommends).' : 'Keep the consent record 13 months at most (CNIL guidelines, 2020); tamis keeps it 6 months by default.',
        });
      continue;
    }
    const owner = classifier.cookie(c.name, c.domain, list);
    const life = c.lifetimeDays === null ? 'session' : `${Math.round(c.lifetimeDays)} days`;
    if (visit.phase === 'before') {
      if (needsConsent(owner) || owner.kind === 'unknown') {
        const k = owner.kind === 'vendor' ? owner.id : owner.domain;
        const g = early.get(k) ?? { owner, names: [] };
        g.names.push(`${c.name} (${c.thirdParty ? 'third' : 'first'} party, ${life})`);
        early.set(k, g);
      }
    } else if (visit.phase === 'reject' && visit.consent.clicked && c.afterClick && needsConsent(owner)) {
      out.push({
        rule: 'tracker-after-reject',
        severity: 'error',
        page,
        vendor: owner.id,
        detail: `Cookie ${c.name} of ${owner.name} (${owner.purpose}, ${life}) was written after the visitor clicked Reject (${visit.consent.name}).`,
        fix: gateFix(owner, visit),
      });
    }
  }

  for (const { owner, names } of early.values()) {
    const named = names.join(', ');
    out.push(
      owner.kind === 'vendor'
        ? {
            rule: 'cookie-before-consent',
            severity: 'error',
            page,
            vendor: owner.id,
            detail: `${owner.name} (${owner.purpose}) wrote ${names.length === 1 ? 'cookie' : 'cookies'} ${named} before any choice.`,
            fix: gateFix(owner, visit),
          }
        : {
            rule: 'cookie-before-consent',
            severity: 'warn',
            page,
            domain: owner.domain,
            detail: `${owner.domain}, which tamis cannot name, wrote third-party ${names.length === 1 ? 'cookie' : 'cookies'} ${named} before any choice.`,
            fix: `Find out what ${owner.domain} does; if it needs consent, add its vendor stub from tamis.config.json.`,
          },
    );
  }

  if (visit.phase === 'reject' && visit.consent.rejectOnFirstLayer === false) {
    out.push({
      rule: 'no-reject-on-first-layer',
      severity: 'error',
      page,
      domain: new URL(visit.finalUrl).hostname,
      detail: `The banner${visit.consent.name === 'none' ? '' : ` (${visit.consent.name})`} offers no visible Reject button next to Accept: refusing takes more steps than accepting.`,
      fix: 'Offer "Reject all" on the first layer, as visible as "Accept all" (CNIL recommendation of 2020, §2); the tamis banner always does.',
    });
  }

  if (visit.tamis) {
    const declared = new Set(visit.tamis.vendors.map((v) => v.id));
    const seen = new Set<string>();
    for (const r of visit.requests) {
      if (r.step === 2) continue; // the next page runs its own config
      const o = classifier.request(r.url, list);
      if (o.kind === 'vendor' && o.source === 'catalog' && !declared.has(o.id) && !seen.has(o.id)) {
        seen.add(o.id);
        out.push({
          rule: 'undeclared-vendor',
          severity: 'warn',
          page,
          vendor: o.id,
          detail: `${o.name} loads on this page (${visit.phase}) but the page's tamis config does not list it: visitors cannot consent to it, and the banner and cookie table do not name it.`,
          fix: `Add "${o.id}" to window.tamisConfig.vendors.`,
        });
      }
    }
  }
  return out;
}

/** One finding per unknown third-party domain: a warning when it loads before consent or after Reject. */
export function unknownFindings(unknown: UnknownSummary[]): Finding[] {
  return unknown.map((u) => {
    const early = u.before.requests + u.before.cookies + u.reject.requests + u.reject.cookies > 0;
    const phases = (['before', 'reject', 'accept'] as const).filter((p) => u[p].requests + u[p].cookies > 0);
    return {
      rule: 'unknown-third-party',
      severity: early ? 'warn' : 'info',
      page: u.pages[0],
      domain: u.domain,
      detail: `${u.domain} (${u.hosts.slice(0, 3).join(', ')}) is not in tamis's catalog; seen ${phases.length ? phases.map((p) => (p === 'before' ? 'before consent' : p === 'reject' ? 'after Reject' : 'after Accept')).join(', ') : 'on the pages'}${u.cookies.length ? `, cookies ${u.cookies.slice(0, 5).join(', ')}` : ''}, on ${plural(u.pages.length, 'page')}.`,
      fix: `If ${u.domain} is a vendor that needs consent, add its custom vendor stub from tamis.config.json (confirm the purpose); with unknownThirdParties: 'block', tamis holds back every host it cannot name.`,
    };
  });
}

/** One finding per rule, page, vendor or domain, and fix (identical static tags on reloads count once). */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) {
    const k = [f.rule, f.page, f.vendor ?? '', f.domain ?? '', f.rule === 'static-tag-needs-markup' ? f.fix : ''].join('\u0000');
    if (!seen.has(k)) seen.set(k, f);
  }
  const rank = { error: 0, warn: 1, info: 2 };
  return [...seen.values()].sort((a, b) => rank[a.severity] - rank[b.severity] || a.rule.localeCompare(b.rule) || a.page.localeCompare(b.page));
}
