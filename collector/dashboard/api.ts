/** The admin API as the dashboard reads it, with the token kept for this tab only. */
export interface DayStats {
  day: string;
  total: number;
  methods: Record<string, number>;
  purposes: Record<string, { granted: number; refused: number }>;
  revisions: Record<string, number>;
}
export interface Stats {
  days: DayStats[];
  versions: { revision: string; textsHash: string | null; total: number; methods: Record<string, number> }[];
}
export interface Lookup {
  id: string;
  receipts: { receipt: Record<string, unknown> & { method: string; date: string; categories: Record<string, boolean> }; receivedAt: string; textsStatus: string; texts: Record<string, string> | null }[];
}

const KEY = 'tamis-collector-token';

/** The admin token: from the URL fragment the collector printed (then removed from the address bar), else this tab's storage. */
export function initialToken(): string {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(KEY, fromHash);
    history.replaceState(null, '', location.pathname);
  }
  return sessionStorage.getItem(KEY) ?? '';
}

export const saveToken = (token: string) => (token ? sessionStorage.setItem(KEY, token) : sessionStorage.removeItem(KEY));

export class Unauthorized extends Error {}

/** GET with the token; throws Unauthorized on 401 and an Error with the server's message otherwise. */
export async function get(path: string, token: string): Promise<Response> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  if (res.status == 401) throw new Unauthorized('The admin token was refused.');
  if (!res.ok) throw new Error(((await res.json().catch(() => null)) as { error?: string } | null)?.error ?? `HTTP ${res.status}`);
  return res;
}
