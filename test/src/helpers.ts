import type { VendorDefinition } from '../../src/types.js';

/** Captures console.error / console.warn calls while `run` executes. */
export function captureConsole<T>(run: () => T): { result: T; errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { result: run(), errors, warnings };
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

/** As `captureConsole`, for a run that returns a promise: captures until it settles. */
export async function captureConsoleAsync<T>(run: () => Promise<T>): Promise<{ result: T; errors: string[]; warnings: string[] }> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    return { result: await run(), errors, warnings };
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

const vendor = (id: string, purpose: VendorDefinition['purpose'], extra: Partial<VendorDefinition> = {}): VendorDefinition => ({
  id,
  name: id.toUpperCase(),
  company: `${id} Inc.`,
  purpose,
  policyUrl: `https://${id}.test/privacy`,
  urls: [`${id}.test`],
  cookies: [{ name: id.replace(/-/g, '_'), lifetime: '1 year', description: 'test' }],
  ...extra,
});

/** A small catalog, independent of the real one so tests say what they rely on. */
export const testCatalog: VendorDefinition[] = [
  vendor('google-analytics', 'analytics'),
  vendor('google-ads', 'advertising'),
  vendor('hotjar', 'analytics'),
  vendor('youtube', 'social'),
  vendor('meta-pixel', 'pixels'),
  vendor('matomo', 'audience'),
  vendor('stripe', 'fraud'),
];
