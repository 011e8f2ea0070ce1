import type { ConsentStorage } from './cookie-storage.js';

/** A memory storage with a log of writes, for tests and server-side rendering. */
export interface MemoryStorage extends ConsentStorage {
  /** Every `set` call, oldest first. */
  readonly writes: Array<{ name: string; value: string; expires: Date; domain?: string }>;
  /** The stored values by name. */
  readonly values: Map<string, string>;
}

/** Creates a storage adapter that keeps the consent record in memory. */
export function memoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const values = new Map(Object.entries(initial));
  const writes: MemoryStorage['writes'] = [];
  return {
    values,
    writes,
    get: (name) => values.get(name),
    set(name, value, expires, domain) {
      writes.push({ name, value, expires, domain });
      values.set(name, value);
    },
    remove: (name) => void values.delete(name),
  };
}
