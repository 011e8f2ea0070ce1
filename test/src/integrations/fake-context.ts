// A stand-in for the runtime, as src/integrations sees it through IntegrationContext: a stored
// decision, decisions made "in this tab", `change` events and `reread()` counted.
import type { IntegrationContext } from '../../../src/integrations/index.js';
import type { ConsentLogContext, DecisionHook } from '../../../src/integrations/consent-log.js';
import type {
  Consent,
  DecisionDetails,
  DecisionMethod,
  PurposeChoices,
  ResolvedConfig,
  TamisApi,
  TamisEventMap,
} from '../../../src/types.js';

type DecisionCallback = DecisionHook;
type ChangeCallback = (detail: TamisEventMap['change']) => void;

export function makeConsent(
  categories: PurposeChoices,
  vendors: Record<string, boolean> = {},
  method: DecisionMethod = 'custom',
): Consent {
  const date = new Date();
  return {
    id: crypto.randomUUID(),
    revision: 1,
    date,
    expires: new Date(date.getTime() + 182 * 864e5),
    categories: { necessary: true, ...categories },
    vendors,
    method,
    gpc: false,
  };
}

export function makeConfig(overrides: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return {
    vendors: [],
    policyUrl: '/privacy',
    revision: 1,
    retentionMonths: 6,
    cookie: { name: 'tamis_consent' },
    unknownThirdParties: 'warn',
    allowedHosts: [],
    language: 'en',
    texts: {},
    reloadOnWithdraw: true,
    respectGPC: true,
    googleConsentMode: false,
    ui: { layout: 'bar', theme: 'auto', preferencesLink: false, continueWithoutAccepting: false },
    ...overrides,
  };
}

export interface FakeRuntime {
  /** As the runtime gives it to the integrations, and the deferred module to the receipts log. */
  context: IntegrationContext & ConsentLogContext;
  /** What `reread()` will read, as another tab would have written it. */
  stored: Consent | null;
  reloads: number;
  /** How many times the integrations asked for the banner. */
  banners: number;
  /** A decision made in this tab: runtime state, decision callbacks, then `change`. */
  decide(consent: Consent, details?: DecisionDetails): void;
  /** `reset()` in this tab: the decision is forgotten. */
  withdraw(): void;
}

export function fakeRuntime(config: ResolvedConfig, initial: Consent | null = null): FakeRuntime {
  let current = initial;
  const decisions = new Set<DecisionCallback>();
  const changes = new Set<ChangeCallback>();
  const emitChange = (previous: Consent | null) => changes.forEach((cb) => cb({ consent: current, previous }));
  const api = {
    version: '0.1.0',
    config,
    purposes: [],
    gpc: false,
    getConsent: () => current,
    showBanner: () => void fake.banners++,
    on: (event: string, cb: ChangeCallback) => {
      if (event != 'change') return () => {};
      changes.add(cb);
      return () => changes.delete(cb);
    },
  } as unknown as TamisApi;
  const fake: FakeRuntime = {
    stored: initial,
    reloads: 0,
    banners: 0,
    context: {
      api,
      config,
      reread() {
        fake.reloads++;
        const previous = current;
        current = fake.stored;
        if (previous !== current) emitChange(previous);
      },
      onDecision(cb) {
        decisions.add(cb);
        return () => decisions.delete(cb);
      },
    },
    decide(consent, details = {}) {
      const previous = current;
      current = fake.stored = consent;
      decisions.forEach((cb) => cb(consent, { ...details, method: details.method ?? consent.method }));
      emitChange(previous);
    },
    withdraw() {
      const previous = current;
      current = fake.stored = null;
      emitChange(previous);
    },
  };
  return fake;
}
