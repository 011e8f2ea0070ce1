/**
 * The configuration's public types: what a site writes (`TamisConfig`, from `window.tamisConfig` or
 * `tamis.init(config)`) and what the runtime works with once defaults are applied and the config is
 * checked (`ResolvedConfig`). Re-exported by src/types.ts, the module to import them from.
 */
import type { CatalogVendorId, VendorDefinition, VendorOverride } from './types.js';

/** Layout of the first-layer banner. */
export type BannerLayout = 'bar' | 'box' | 'center';

/** Options for what the visitor sees. */
export interface UiOptions {
  /** @default 'bar' */
  layout?: BannerLayout;
  /** `auto` follows `prefers-color-scheme`. @default 'auto' */
  theme?: 'auto' | 'light' | 'dark';
  /**
   * Show a floating button that reopens the preferences on every page. It needs the UI bundle on
   * every page; a footer link with `data-tamis-open` costs nothing. @default false
   */
  preferencesLink?: boolean | 'left' | 'right';
  /** Offer "Continue without accepting" (records a refusal). @default false */
  continueWithoutAccepting?: boolean;
  /**
   * URL of `tamis-ui.js`. Defaults to the folder `tamis.js` was loaded from.
   */
  url?: string;
  /**
   * How to load the UI when it is needed (npm users: `() => import('tamis/components')`).
   * Takes precedence over `url`.
   */
  load?: () => Promise<unknown>;
}

/** Google Consent Mode v2 settings. */
export interface GoogleConsentModeOptions {
  /** `basic` keeps Google tags blocked until consent (safe default in France). @default 'basic' */
  mode?: 'basic' | 'advanced';
  /** ISO 3166-2 region codes the defaults apply to. */
  region?: string[];
  /** @default 500 */
  waitForUpdate?: number;
  adsDataRedaction?: boolean;
  urlPassthrough?: boolean;
}

/** Where proof-of-consent receipts are sent. */
export interface ConsentLogOptions {
  endpoint: string;
  headers?: Record<string, string>;
}

/** Overridable texts; keys are documented in README ("Languages"). */
export type Texts = Record<string, string>;

/** Configuration, from `window.tamisConfig` or `tamis.init(config)`. */
export interface TamisConfig {
  /** Vendors on the site: catalog ids, overrides of catalog vendors, or full custom definitions. */
  vendors?: Array<CatalogVendorId | (string & {}) | VendorOverride | VendorDefinition>;
  /** The site's privacy policy, linked from the banner. */
  policyUrl?: string;
  /** Bump when the policy changes: records for another revision count as no consent. @default 1 */
  revision?: number | string;
  /** How long a decision is kept, in months, 1 to 13 (CNIL). @default 6 */
  retentionMonths?: number;
  /** The consent cookie. @default { name: 'tamis_consent' } */
  cookie?: { name?: string; domain?: string };
  /**
   * Language of the banner and dialog, as a tag (`fr`, `pt-BR`: regional tags use their base
   * language). When tamis has no texts for it, or it is not set: `<html lang>`, then the browser's
   * languages, then English. A language tamis lacks can be added through `texts`.
   */
  language?: string;
  /** Text overrides, by language: `{ fr: { bannerTitle: '…' } }`, or flat for every language. */
  texts?: Record<string, Texts> | Texts;
  /** Reload the page after a withdrawal, since running code cannot be unloaded. @default true */
  reloadOnWithdraw?: boolean;
  /** Honour `navigator.globalPrivacyControl`. @default true */
  respectGPC?: boolean;
  /** Google Consent Mode v2; `true` for the defaults. On by default when a Google vendor is listed. */
  googleConsentMode?: boolean | GoogleConsentModeOptions;
  /** Send a receipt of every decision. */
  consentLog?: ConsentLogOptions;
  /** What the visitor sees. */
  ui?: UiOptions;
  /**
   * Strict mode: what to do with a script, iframe or image from a third party that is neither a
   * catalog vendor nor one of `vendors` (a host outside the page's own site and `allowedHosts`).
   * `'warn'`: one console warning per host, naming it and the config line that declares it.
   * `'block'`: its tags are held like an unlisted vendor's (before any request for tags that scripts
   * insert) and reported by the `blocked` event (`vendor: ''`, no purpose); they run once the site
   * declares the vendor in `vendors` and the visitor consents. `'allow'`: nothing is said or held.
   * The config `tamis-scan` writes sets `'block'`.
   * @default 'warn'
   */
  unknownThirdParties?: 'allow' | 'warn' | 'block';
  /**
   * Hosts that are the site's own or that track no one (its CDN, its image service, a font host):
   * never warned about nor held by strict mode. A host covers its subdomains (`'cdn.example'`
   * covers `img.cdn.example`). The page's own site (registrable domain) is always allowed.
   * @default []
   */
  allowedHosts?: string[];
}

/** Configuration after defaults and validation. */
export interface ResolvedConfig {
  vendors: VendorDefinition[];
  policyUrl: string;
  revision: number | string;
  retentionMonths: number;
  cookie: { name: string; domain?: string };
  language: string;
  texts: Record<string, Texts>;
  reloadOnWithdraw: boolean;
  respectGPC: boolean;
  googleConsentMode: false | Required<Pick<GoogleConsentModeOptions, 'mode' | 'waitForUpdate'>> & GoogleConsentModeOptions;
  consentLog?: ConsentLogOptions;
  ui: Required<Pick<UiOptions, 'layout' | 'theme' | 'preferencesLink' | 'continueWithoutAccepting'>> & UiOptions;
  unknownThirdParties: 'allow' | 'warn' | 'block';
  allowedHosts: string[];
}
