/**
 * The scanner's data model. A scan records events once (requests, cookies, storage keys, per page and
 * phase); `scan.json` and every report are views of them (see schema/tamis-scan.v1.schema.json).
 */
import type { PurposeId } from '../../src/types.js';

/** The three visits of each page: no interaction, after Reject, after Accept. */
export type Phase = 'before' | 'reject' | 'accept';
export const PHASES: readonly Phase[] = ['before', 'reject', 'accept'];

export type Severity = 'error' | 'warn' | 'info';

/** Who fetched a URL: a tag in the HTML (the preload scanner fetches it before any script runs), a script, or neither. */
export interface Initiator {
  kind: 'static' | 'script' | 'other';
  /** For `script`: the URL of the script that inserted or sent it (the page URL for an inline script); for `static`: the document whose HTML holds the tag. */
  by?: string;
}

export interface RequestRecord {
  url: string;
  /** Chromium's resource type: Script, Image, Document, Ping, Fetch, XHR… */
  type: string;
  initiator: Initiator;
  /** Origin of the frame that made it. */
  frame: string;
  /** Made after the consent click of this phase (always false in `before`). */
  afterClick: boolean;
  /** 0: the page itself, 1: its reload, 2: the next page opened after Reject. */
  step: 0 | 1 | 2;
}

export interface CookieRecord {
  name: string;
  domain: string;
  path: string;
  thirdParty: boolean;
  /** Days until expiry, one decimal; `null` for a session cookie. */
  lifetimeDays: number | null;
  /** `header` when a Set-Cookie response header wrote it, else `script`. */
  source: 'header' | 'script';
  /** Written or changed after the consent click of this phase. */
  afterClick: boolean;
}

export interface StorageRecord {
  area: 'localStorage' | 'sessionStorage';
  origin: string;
  key: string;
  afterClick: boolean;
}

/** Which consent tool answered the clicks, and how. */
export interface ConsentTool {
  /** `tamis`, an autoconsent rule name (`cookieconsent3`), `selectors`, or `none`. */
  name: string;
  via: 'tamis' | 'autoconsent' | 'selectors' | 'none';
  /** Whether the click of this phase happened. */
  clicked: boolean;
  /** A visible reject control on the first layer (null when no banner was seen). */
  rejectOnFirstLayer: boolean | null;
}

/** The tamis config the page runs, as the runtime resolved it. */
export interface PageTamis {
  version: string;
  vendors: Array<{ id: string; purpose: PurposeId; urls: Array<string | { source: string; flags: string }> }>;
  cookieName: string;
  retentionMonths: number;
}

/** One visit: a page URL in one phase. */
export interface Visit {
  page: string;
  phase: Phase;
  /** The URL after redirects. */
  finalUrl: string;
  /** URLs loaded in this visit, in order (reject: the page, its reload, one more page). */
  loaded: string[];
  requests: RequestRecord[];
  cookies: CookieRecord[];
  storage: StorageRecord[];
  consent: ConsentTool;
  tamis: PageTamis | null;
  /** The HTML of each document loaded (by URL), to tell a tag of the markup from one a script wrote. Not written out. */
  html: Record<string, string>;
  /** JPEG of the banner (base64), taken before the click of the reject phase. */
  screenshot?: string;
  /** Why the visit failed, in one line. */
  error?: string;
  durationMs: number;
}

export interface PhaseCounts {
  requests: number;
  cookies: number;
}

export interface VendorSummary {
  id: string;
  name: string;
  purpose: PurposeId;
  /** `catalog` (tamis's own), `custom` (the page's tamis config) or `open-cookie-database`. */
  source: 'catalog' | 'custom' | 'open-cookie-database';
  before: PhaseCounts;
  reject: PhaseCounts;
  accept: PhaseCounts;
  hosts: string[];
  cookies: string[];
  storage: string[];
  /** Pages it was seen on. */
  pages: string[];
  /** "loaded by" chains: static tag, or the script URL that inserted it. */
  loadedBy: string[];
}

export interface UnknownSummary {
  domain: string;
  before: PhaseCounts;
  reject: PhaseCounts;
  accept: PhaseCounts;
  hosts: string[];
  cookies: string[];
  storage: string[];
  pages: string[];
  loadedBy: string[];
}

export type RuleId =
  | 'tracker-before-consent'
  | 'cookie-before-consent'
  | 'tracker-after-reject'
  | 'undeclared-vendor'
  | 'static-tag-needs-markup'
  | 'unknown-third-party'
  | 'consent-cookie-too-long'
  | 'no-reject-on-first-layer';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  page: string;
  vendor?: string;
  domain?: string;
  detail: string;
  fix: string;
}

export interface PageSummary {
  url: string;
  template: string;
  finalUrl: string;
  consent: string;
  phases: Record<Phase, { requests: number; cookies: number; storage: number; clicked: boolean; error?: string }>;
  screenshot?: string;
}

/** The whole result: what scan.json holds. */
export interface ScanResult {
  $schema: string;
  schemaVersion: 1;
  tool: { name: 'tamis-scan'; version: string; browser: string };
  url: string;
  startedAt: string;
  durationMs: number;
  consentTool: string;
  pages: PageSummary[];
  vendors: VendorSummary[];
  unknown: UnknownSummary[];
  cookies: Array<{ name: string; domain: string; thirdParty: boolean; lifetimeDays: number | null; setBy: 'header' | 'script'; vendor: string | null; phases: Phase[] }>;
  storage: Array<{ area: string; origin: string; key: string; vendor: string | null; phases: Phase[] }>;
  findings: Finding[];
  /** Pages the crawl found but did not scan (beyond --max-pages or the same template). */
  skipped: Array<{ url: string; reason: string }>;
}
