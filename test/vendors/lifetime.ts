/**
 * Parses the catalog's human lifetimes ("2 years", "90 days", "30 minutes", "session") into
 * seconds, so tests can compare them with what vendors document and with real cookie expiries.
 * A month is 1/12 of a Julian year, as in "13 months" (CNIL's maximum).
 */
const UNIT: Record<string, number> = {
  minute: 60,
  hour: 3600,
  day: 86400,
  month: 2629800,
  year: 31557600,
};

/** Seconds in `lifetime`; 0 for `session`; throws on anything else. */
export function lifetimeSeconds(lifetime: string): number {
  if (lifetime === 'session') return 0;
  const match = /^(\d+) (minute|hour|day|month|year)s?$/.exec(lifetime);
  if (!match) throw new Error(`Unparsable lifetime "${lifetime}"`);
  return Number(match[1]) * UNIT[match[2]];
}
