import type { PurposeId, PurposeRule } from './types.js';

/**
 * Every purpose with its rule, in display order. `audience` is on without consent because CNIL
 * exempts strictly audience-measurement trackers (délibération 2020-091, art. 5; "cookies de mesure
 * d'audience exemptés"), provided the visitor can object; `fraud` is needed to pay and, like
 * `necessary`, is shown for transparency only.
 */
export const PURPOSE_RULES: Readonly<Record<PurposeId, PurposeRule>> = {
  necessary: 'locked',
  audience: 'exempt',
  analytics: 'opt-in',
  advertising: 'opt-in',
  social: 'opt-in',
  pixels: 'opt-in',
  fraud: 'locked',
};

/** Purpose ids in display order. */
export const PURPOSE_IDS = Object.keys(PURPOSE_RULES) as PurposeId[];

/** Whether a value is one of the purpose ids. */
export const isPurpose = (value: unknown): value is PurposeId =>
  typeof value == 'string' && Object.hasOwn(PURPOSE_RULES, value);

/** Purposes Global Privacy Control refuses: sale and sharing of data (W3C GPC, 11 CCR §7025). */
export const GPC_PURPOSES: readonly PurposeId[] = ['advertising', 'social', 'pixels'];
