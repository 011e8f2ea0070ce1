/**
 * A vendor's consent signal: what tamis tells a vendor's own tag about the visitor's choice, as
 * Google Consent Mode does for Google tags. `granted(id)` answers for a vendor id or a purpose id
 * (`api.hasConsent`); `first` is `true` for the default, sent once at start-up before any tag of
 * the vendor can run (it always denies), and `false` for each update after it.
 */
export type VendorSignal = (granted: (vendorOrPurpose: string) => boolean, first: boolean) => void;

/** The globals the vendors' snippets share with their tags. */
export type VendorGlobals = Window & {
  uetq?: unknown[];
  clarity?: ((...args: unknown[]) => void) & { q?: IArguments[] };
  fbq?: ((...args: unknown[]) => void) & { queue?: IArguments[] };
  ttq?: unknown[] & Record<string, unknown>;
};
