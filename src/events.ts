import type { Consent } from './types.js';

declare global {
  interface DocumentEventMap {
    /** A decision was made or withdrawn; `detail` as the runtime's `change` event. */
    'tamis:change': CustomEvent<{ consent: Consent | null; previous: Consent | null }>;
  }
}

/** A minimal typed event emitter; `on` returns its own unsubscribe (setup returns cleanup). */
export function createEmitter<M>() {
  const listeners = new Map<keyof M, Set<(detail: never) => void>>();
  return {
    on<K extends keyof M>(event: K, callback: (detail: M[K]) => void): () => void {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(callback);
      return () => void set.delete(callback);
    },
    emit<K extends keyof M>(event: K, detail: M[K]): void {
      // A failing listener must not stop the others nor the decision that triggered it.
      for (const callback of [...(listeners.get(event) ?? [])]) {
        try {
          (callback as (detail: M[K]) => void)(detail);
        } catch (error) {
          console.error(error);
        }
      }
    },
  };
}
