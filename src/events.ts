import type { Consent, TamisEventMap } from './types.js';

declare global {
  interface DocumentEventMap {
    /** A decision was made or withdrawn; `detail` as the runtime's `change` event. */
    'tamis:change': CustomEvent<{ consent: Consent | null; previous: Consent | null }>;
    /** A decision's tags are all back; `detail` as the runtime's `released` event. */
    'tamis:released': CustomEvent<TamisEventMap['released']>;
  }
}

/** A minimal typed event emitter; `on` returns its own unsubscribe (setup returns cleanup). */
export function createEmitter<M>() {
  // One set for every event: a page has a handful of listeners, and this is the smallest code.
  const listeners = new Set<[keyof M, (detail: never) => void]>();
  return {
    on<K extends keyof M>(event: K, callback: (detail: M[K]) => void): () => void {
      const listener: [keyof M, (detail: never) => void] = [event, callback];
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit<K extends keyof M>(event: K, detail: M[K]): void {
      // A failing listener must not stop the others nor the decision that triggered it.
      for (const [name, callback] of [...listeners]) {
        if (name == event) {
          try {
            (callback as (detail: M[K]) => void)(detail);
          } catch (error) {
            console.error(error);
          }
        }
      }
    },
  };
}
