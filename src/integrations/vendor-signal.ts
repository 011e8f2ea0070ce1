/**
 * A vendor's consent signal: what tamis tells a vendor's own tag about the visitor's choice, as
 * Google Consent Mode does for Google tags. `allowed`: whether the visitor consents to this vendor
 * (`false` for the default); `first` is `true` for the default, sent once at start-up before any
 * tag of the vendor can run (it always denies), and `false` for each update after it; `granted(id)`
 * answers for another vendor id or a purpose id (`api.hasConsent`; always `false` for the default).
 * (The vendor's own answer is passed in rather than asked for by id: each signal would otherwise
 * carry its id a second time in dist/tamis.js.)
 */
export type VendorSignal = (allowed: boolean, first: boolean, granted: (vendorOrPurpose: string) => boolean) => void;

/** The globals the vendors' snippets share with their tags. */
export type VendorGlobals = Window & {
  uetq?: unknown[];
  clarity?: ((...args: unknown[]) => void) & { q?: IArguments[] };
  fbq?: ((...args: unknown[]) => void) & { queue?: IArguments[] };
  ttq?: unknown[] & Record<string, unknown>;
};
