import type { PurposeId, VendorDefinition } from '../types.js';

export interface BlockerOptions {
  /** Catalog + the site's custom vendors, with the site's purpose overrides applied. */
  vendors: VendorDefinition[];
  /** Current consent: may this vendor (or, for markup without data-vendor, this purpose) run? */
  isAllowed(vendorId: string | undefined, purpose: PurposeId): boolean;
  /** Called for each element blocked. */
  onBlocked?(info: { vendor?: VendorDefinition; purpose: PurposeId; element: Element }): void;
}

export interface Blocker {
  /** Runs/loads every blocked element that isAllowed now permits: document order, each once. */
  release(): Promise<void>;
  /** Undoes every patch and disconnects observers (tests). */
  stop(): void;
}

/** Starts blocking. (Implementation in progress by the blocker work; see docs/architecture.md.) */
export function startBlocker(_options: BlockerOptions): Blocker {
  return { release: async () => {}, stop: () => {} };
}
