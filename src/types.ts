/**
 * Public types of the tamis runtime. Everything a site owner or a front-end developer writes
 * against is declared here, the configuration's types in src/config-types.ts (exported from here
 * too); `vendors/` and `components/` import these types, never the reverse, but for one type-only
 * import: `CatalogVendorId`, derived from the catalog's list of vendors.
 */
import type { CatalogVendorId } from '../vendors/index.js';
import type { ResolvedConfig } from './config-types.js';

/**
 * Purposes a cookie or tracker can serve, as French privacy policies sort them.
 * These ids are public API: they appear in config, in the consent record and in `data-category`.
 */
export type PurposeId =
  | 'necessary'
  | 'audience'
  | 'analytics'
  | 'advertising'
  | 'social'
  | 'pixels'
  | 'fraud';

/** A purpose the visitor can switch (everything but `necessary` and `fraud`). */
export type ToggleablePurposeId = Exclude<PurposeId, 'necessary' | 'fraud'>;

/** How a purpose behaves before and after a decision. */
export type PurposeRule =
  /** Always on, cannot be switched off (strictly necessary, payment-fraud prevention). */
  | 'locked'
  /** On without consent, the visitor can object (CNIL-exempt audience measurement). */
  | 'exempt'
  /** Off until the visitor opts in. */
  | 'opt-in';

/** One cookie a vendor writes, as listed in a privacy policy. */
export interface CookieDefinition {
  /** Exact cookie name, or a RegExp for families such as `_ga_<container>`. */
  name: string | RegExp;
  /** Human-readable lifetime in English, e.g. `"2 years"`, `"30 minutes"`, `"session"`. */
  lifetime: string;
  /** What the cookie is for, in English. */
  description: string;
  /** `true` when the cookie is set on the vendor's own domain (third-party): tamis cannot delete it. */
  thirdParty?: boolean;
}

/**
 * A vendor id: any string. Written `Lowercase<string> | (string & {})` rather than `string` so that
 * `{ id: 'hotjar', … } satisfies VendorDefinition` keeps the literal `'hotjar'` (TypeScript keeps a
 * literal whose contextual type includes a string-mapping type): the catalog's ids then form
 * {@link CatalogVendorId} by themselves, while any string is still accepted.
 */
export type VendorId = Lowercase<string> | (string & {});

/*
 * CatalogVendorId: the id of a vendor of the catalog (`'google-analytics'`, `'hotjar'`…), derived
 * in `vendors/index.ts`: a vendor file added there joins the union. Config fields take
 * `CatalogVendorId | (string & {})`: editors suggest the catalog's ids, custom ids still type-check.
 */
export type { CatalogVendorId } from '../vendors/index.js';

/**
 * A vendor: who is behind a tracker, what it is for, how to recognise its tags and what it leaves.
 * Catalog definitions live in `vendors/`, one file each.
 */
export interface VendorDefinition {
  /** Stable id, kebab-case, e.g. `google-analytics`. Used in `data-vendor` and the consent record. */
  id: VendorId;
  /** Product name shown to visitors, e.g. `Google Analytics`. */
  name: string;
  /** Legal entity, e.g. `Google Ireland Limited`. */
  company: string;
  /**
   * Country of `company`, ISO 3166-1 alpha-2 (`IE`, `FR`, `US`): where the data goes, which a
   * privacy policy has to say for transfers outside the EU. Every catalog vendor has one.
   */
  country?: string;
  /** The purpose this vendor serves on the site (a site can override it). */
  purpose: PurposeId;
  /** The vendor's privacy policy. */
  policyUrl: string;
  /**
   * URLs of this vendor's scripts, iframes and pixels. A string matches a host and its subdomains
   * (`"hotjar.com"`) or a host followed by a path prefix (`"www.facebook.com/tr"`); a RegExp is
   * tested against `host + pathname + search` with no scheme, e.g.
   * `/^www\.googletagmanager\.com\/gtag\/js\?(?:.*&)?id=G-/`.
   */
  urls: Array<string | RegExp>;
  /** Cookies the vendor writes, first- and third-party. */
  cookies: CookieDefinition[];
  /** localStorage / sessionStorage keys the vendor writes (exact names or RegExp). */
  storage?: Array<string | RegExp>;
  /** Short English description of what the vendor does on the site. */
  description?: string;
  /**
   * Where the facts above were checked: the vendor's documentation pages (https URLs), most
   * specific first. Every catalog vendor has one; it never reaches the page.
   */
  source?: string[];
}

/** A site's override of a catalog vendor: same vendor, another purpose. */
export interface VendorOverride {
  id: CatalogVendorId | (string & {});
  purpose?: PurposeId;
}

/** Choices per purpose, as stored and as reported by `getConsent()`. */
export type PurposeChoices = Partial<Record<PurposeId, boolean>>;

/** How a decision was made; recorded in receipts. */
export type DecisionMethod = 'accept-all' | 'reject-all' | 'custom' | 'gpc';

/** What the UI tells the runtime about a decision, for the proof-of-consent receipt. */
export interface DecisionDetails {
  /** Overrides the method the runtime would infer (e.g. `custom`). */
  method?: DecisionMethod;
  /** SHA-256 (hex) of the texts the visitor was shown. */
  textsHash?: string;
  /**
   * The texts the visitor was shown, as the JSON text whose SHA-256 is `textsHash`. Not part of the
   * receipt: kept in the outbox until the endpoint asks for them once (`textsUrl` in its answer).
   */
  texts?: string;
}

/** The visitor's decision, as `getConsent()` returns it. */
export interface Consent {
  /** Random id of this decision (a UUID). */
  id: string;
  /** Policy revision the decision was made for. */
  revision: number | string;
  /** When the decision was made. */
  date: Date;
  /** When the decision expires: `date` plus `retentionMonths`. */
  expires: Date;
  /** Choice per purpose in use (locked purposes are `true`). */
  categories: PurposeChoices;
  /** Choice per vendor in use. */
  vendors: Record<string, boolean>;
  /** How the decision was made. */
  method: DecisionMethod;
  /** `true` when the browser sent Global Privacy Control at decision time and tamis honoured it. */
  gpc: boolean;
}

/** Runtime events, for `tamis.on(event, callback)`. */
export interface TamisEventMap {
  /** A decision was made or withdrawn (also dispatched on `document` as `tamis:change`). */
  change: { consent: Consent | null; previous: Consent | null };
  /** The runtime has read the record and started blocking. */
  ready: { consent: Consent | null };
  /** The runtime wants the banner shown (no valid record, or `showBanner()`). */
  'show-banner': Record<string, never>;
  /** The runtime wants the preferences shown. */
  'show-preferences': Record<string, never>;
  /**
   * A vendor tag was blocked (`element`: a script, iframe, image, link hint, or an element whose
   * inline style waits), or a request made by page code was refused (`url`, and no `element`:
   * `fetch`, `XMLHttpRequest`, `sendBeacon`, `WebSocket`, `EventSource`). For an unknown third
   * party held by strict mode (`unknownThirdParties: 'block'`), `vendor` is `''` and `purpose` is
   * `null`: its URL is in the element's `data-src` (`src` for a script), or in `url`.
   */
  blocked: { vendor: string; purpose: PurposeId | null; element?: Element; url?: string };
  /**
   * A decision (or another tab's) has been applied and every tag it allowed is back: scripts
   * loaded, failed or timed out, frames, images, link hints and inline styles restored. Also
   * dispatched on `document` as `tamis:released`. Fires after every applied decision, with
   * `restored: []` when it allowed nothing new; `acceptAll()`, `rejectAll()` and `setConsent()`
   * resolve after it. Glue code waits on it (Partytown's `ptupdate`, a GTM push: see README).
   */
  released: { consent: Consent | null; restored: ReleasedTag[] };
}

/** One tag brought back by a decision (see the `released` event). */
export interface ReleasedTag {
  /** Its vendor id (`data-vendor`), `''` for declarative tags that name only a purpose. */
  vendor: string;
  /** Its purpose (`data-category`). */
  purpose: PurposeId;
  /** The element now in the page (a restored script is a new `<script>`). */
  element: Element;
}

/** What a resolved purpose looks like to the UI. */
export interface PurposeInfo {
  id: PurposeId;
  rule: PurposeRule;
  /** Vendors of the site that serve this purpose. */
  vendors: VendorDefinition[];
}

/**
 * The runtime instance exposed as `window.tamis` and through the ESM exports.
 * Components talk to the runtime only through this interface.
 */
export interface TamisApi {
  /** tamis version. */
  readonly version: string;
  /** The current decision, or `null` when none is valid (none, expired, other revision, tampered). */
  getConsent(): Consent | null;
  /** Whether a purpose (`'analytics'`) or a vendor id (`'hotjar'`) may run now. */
  hasConsent(purposeOrVendor: string): boolean;
  /**
   * Consent to every purpose and vendor in use (GPC may hold back some, see README).
   * @returns a promise that resolves once the decision is stored and applied (`getConsent()`
   *   reflects it, newly allowed tags are back: after the `released` event); the code that does it
   *   loads on demand.
   */
  acceptAll(details?: DecisionDetails): Promise<void>;
  /**
   * Refuse every purpose that needs consent.
   * @returns a promise that resolves once the decision is stored and applied.
   */
  rejectAll(details?: DecisionDetails): Promise<void>;
  /**
   * Record a custom decision. Purposes and vendors not named keep their current choice, or their
   * default when there is no decision yet (off; exempt audience measurement on). A vendor choice
   * overrides its purpose's: `setConsent({}, { youtube: true })` allows YouTube alone.
   * @returns a promise that resolves once the decision is stored and applied.
   */
  setConsent(purposes: PurposeChoices, vendors?: Record<string, boolean>, details?: DecisionDetails): Promise<void>;
  /** Show the first-layer banner. */
  showBanner(): void;
  /** Open the preferences dialog. */
  showPreferences(): void;
  /**
   * Forget the decision (deletes the record and vendor cookies) and ask again.
   * @returns a promise that resolves once the decision is forgotten and applied (reload or banner).
   */
  reset(): Promise<void>;
  /** Subscribe to a runtime event; returns the unsubscribe function. */
  on<K extends keyof TamisEventMap>(event: K, callback: (detail: TamisEventMap[K]) => void): () => void;
  /** The resolved configuration. */
  readonly config: Readonly<ResolvedConfig>;
  /** Purposes in use on this site, in display order, with their vendors. */
  readonly purposes: readonly PurposeInfo[];
  /** `true` when the browser sends Global Privacy Control and `respectGPC` is on. */
  readonly gpc: boolean;
}

export type { BannerLayout, ConsentLogOptions, GoogleConsentModeOptions, ResolvedConfig, TamisConfig, Texts, UiOptions } from './config-types.js';
