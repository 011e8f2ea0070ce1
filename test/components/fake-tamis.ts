// A stand-in for the runtime's `window.tamis`, implementing the public TamisApi contract
// (src/types.ts), so the components can be tested on their own.
import type {
  Consent,
  DecisionDetails,
  DecisionMethod,
  PurposeChoices,
  PurposeInfo,
  ResolvedConfig,
  TamisApi,
  TamisEventMap,
  VendorDefinition,
} from '../../src/types.js';

export const vendors = {
  googleAnalytics: {
    id: 'google-analytics',
    name: 'Google Analytics',
    company: 'Google Ireland Limited',
    purpose: 'analytics',
    policyUrl: 'https://policies.google.com/privacy',
    urls: ['www.googletagmanager.com'],
    cookies: [
      { name: '_ga', lifetime: '2 years', description: 'Distinguishes visitors.' },
      { name: /^_ga_[A-Z0-9]+$/, lifetime: '2 years', description: 'Keeps the session state.' },
    ],
  },
  hotjar: {
    id: 'hotjar',
    name: 'Hotjar',
    company: 'Hotjar Ltd',
    purpose: 'analytics',
    policyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
    urls: ['hotjar.com'],
    cookies: [{ name: /^_hjSession_\d+$/, lifetime: '30 minutes', description: 'Holds the current session.' }],
  },
  matomo: {
    id: 'matomo',
    name: 'Matomo',
    company: 'This site (self-hosted)',
    purpose: 'audience',
    policyUrl: 'https://matomo.org/privacy-policy/',
    urls: ['stats.example.com'],
    cookies: [{ name: /^_pk_id\.\d+\.[0-9a-f]+$/, lifetime: '13 months', description: 'Counts returning visitors.' }],
  },
  metaPixel: {
    id: 'meta-pixel',
    name: 'Meta Pixel',
    company: 'Meta Platforms Ireland Limited',
    purpose: 'advertising',
    policyUrl: 'https://www.facebook.com/privacy/policy/',
    urls: ['connect.facebook.net'],
    cookies: [{ name: '_fbp', lifetime: '90 days', description: 'Identifies browsers for ads.' }],
  },
  youtube: {
    id: 'youtube',
    name: 'YouTube',
    company: 'Google Ireland Limited',
    purpose: 'social',
    policyUrl: 'https://policies.google.com/privacy',
    urls: ['www.youtube.com'],
    cookies: [{ name: 'YSC', lifetime: 'session', description: 'Counts video views.', thirdParty: true }],
  },
} satisfies Record<string, VendorDefinition>;

export const defaultPurposes: PurposeInfo[] = [
  { id: 'necessary', rule: 'locked', vendors: [] },
  { id: 'audience', rule: 'exempt', vendors: [vendors.matomo] },
  { id: 'analytics', rule: 'opt-in', vendors: [vendors.googleAnalytics, vendors.hotjar] },
  { id: 'advertising', rule: 'opt-in', vendors: [vendors.metaPixel] },
  { id: 'social', rule: 'opt-in', vendors: [vendors.youtube] },
];

export interface FakeOptions {
  purposes?: PurposeInfo[];
  language?: string;
  texts?: ResolvedConfig['texts'];
  ui?: Partial<ResolvedConfig['ui']>;
  gpc?: boolean;
  policyUrl?: string;
}

type Listener = (detail: never) => void;

/** A fake runtime that records the calls the UI makes and emits `change` like the real one. */
export class FakeTamis implements TamisApi {
  readonly version = '0.0.0-test';
  readonly purposes: PurposeInfo[];
  readonly config: ResolvedConfig;
  readonly gpc: boolean;
  /** Every decision the UI asked for, in order. */
  readonly calls: Array<{ method: string; args: unknown[] }> = [];
  private consent: Consent | null = null;
  private listeners = new Map<string, Set<Listener>>();

  constructor(options: FakeOptions = {}) {
    this.purposes = options.purposes ?? defaultPurposes;
    this.gpc = options.gpc ?? false;
    this.config = {
      vendors: this.purposes.flatMap((p) => p.vendors),
      policyUrl: options.policyUrl ?? '/privacy',
      revision: 1,
      retentionMonths: 6,
      cookie: { name: 'tamis_consent' },
      unknownThirdParties: 'warn',
      allowedHosts: [],
      language: options.language ?? 'en',
      texts: options.texts ?? {},
      reloadOnWithdraw: false,
      respectGPC: true,
      googleConsentMode: false,
      ui: { layout: 'bar', theme: 'auto', preferencesLink: false, continueWithoutAccepting: false, ...options.ui },
    };
  }

  getConsent(): Consent | null {
    return this.consent;
  }
  hasConsent(id: string): boolean {
    const purpose = this.purposes.find((p) => p.id === id || p.vendors.some((v) => v.id === id));
    if (!purpose) return false;
    if (purpose.rule === 'locked') return true;
    return this.consent?.vendors[id] ?? this.consent?.categories[purpose.id] ?? purpose.rule === 'exempt';
  }
  async acceptAll(details?: DecisionDetails): Promise<void> {
    this.calls.push({ method: 'acceptAll', args: [details] });
    this.record(Object.fromEntries(this.purposes.map((p) => [p.id, true])), {}, 'accept-all');
  }
  async rejectAll(details?: DecisionDetails): Promise<void> {
    this.calls.push({ method: 'rejectAll', args: [details] });
    this.record(Object.fromEntries(this.purposes.map((p) => [p.id, p.rule === 'locked'])), {}, 'reject-all');
  }
  async setConsent(purposes: PurposeChoices, vendors: Record<string, boolean> = {}, details?: DecisionDetails): Promise<void> {
    this.calls.push({ method: 'setConsent', args: [purposes, vendors, details] });
    const current = this.consent;
    const categories = Object.fromEntries(
      this.purposes.map((p) => [p.id, p.rule === 'locked' || (purposes[p.id] ?? current?.categories[p.id] ?? p.rule === 'exempt')]),
    );
    this.record(categories, { ...current?.vendors, ...vendors }, details?.method ?? 'custom');
  }
  showBanner(): void {
    if (!document.querySelector('tamis-banner')) document.body.append(document.createElement('tamis-banner'));
  }
  showPreferences(): void {
    const element = document.querySelector('tamis-preferences') ?? document.body.appendChild(document.createElement('tamis-preferences'));
    void element.show();
  }
  async reset(): Promise<void> {
    this.consent = null;
  }
  on<K extends keyof TamisEventMap>(event: K, callback: (detail: TamisEventMap[K]) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    set.add(callback as Listener);
    return () => set.delete(callback as Listener);
  }
  /** How many listeners are subscribed to an event (to check that elements unsubscribe). */
  listenerCount(event: keyof TamisEventMap): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  private record(categories: PurposeChoices, vendors: Record<string, boolean>, method: DecisionMethod): void {
    const previous = this.consent;
    const date = new Date();
    this.consent = {
      id: crypto.randomUUID(),
      revision: 1,
      date,
      expires: new Date(date.getTime() + 180 * 864e5),
      categories,
      vendors,
      method,
      gpc: this.gpc,
    };
    for (const listener of this.listeners.get('change') ?? []) listener({ consent: this.consent, previous } as never);
  }
}

/** Installs a fake runtime as `window.tamis`; remove every tamis element and call `uninstall` after each test. */
export function installFakeTamis(options?: FakeOptions): FakeTamis {
  const fake = new FakeTamis(options);
  (window as { tamis?: TamisApi }).tamis = fake;
  return fake;
}

export function uninstall(): void {
  for (const element of document.querySelectorAll('tamis-banner, tamis-preferences, tamis-placeholder, tamis-cookie-table, tamis-preferences-link'))
    element.remove();
  delete (window as { tamis?: TamisApi }).tamis;
}
