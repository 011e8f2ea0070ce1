import type { PurposeChoices, PurposeInfo, TamisApi } from '../../src/types.js';

/** Choices being edited in the dialog, before Save. */
export interface Choices {
  purposes: PurposeChoices;
  vendors: Record<string, boolean>;
}

/**
 * What the dialog shows when it opens: the current decision, or the defaults when there is none
 * (locked purposes on, exempt audience measurement on, the rest off: CNIL 2020-092, consent is
 * never pre-ticked). A vendor follows its purpose unless the visitor chose for it alone.
 */
export function currentChoices(api: TamisApi): Choices {
  const consent = api.getConsent();
  const purposes: PurposeChoices = {};
  const vendors: Record<string, boolean> = {};
  for (const { id, rule, vendors: list } of api.purposes) {
    const on = rule === 'locked' || (consent?.categories[id] ?? rule === 'exempt');
    purposes[id] = on;
    for (const vendor of list) vendors[vendor.id] = rule === 'locked' || (consent?.vendors[vendor.id] ?? on);
  }
  return { purposes, vendors };
}

/** Switching a purpose switches its vendors with it. */
export function setPurpose(choices: Choices, purpose: PurposeInfo, on: boolean): void {
  choices.purposes[purpose.id] = on;
  for (const vendor of purpose.vendors) choices.vendors[vendor.id] = on;
}

/**
 * Switching one vendor: the purpose reads as on when every one of its vendors is on, off when
 * none is; in between the per-vendor choices decide.
 */
export function setVendor(choices: Choices, purpose: PurposeInfo, vendorId: string, on: boolean): void {
  choices.vendors[vendorId] = on;
  const states = purpose.vendors.map((vendor) => choices.vendors[vendor.id]);
  if (states.every(Boolean)) choices.purposes[purpose.id] = true;
  else if (!states.some(Boolean)) choices.purposes[purpose.id] = false;
}
