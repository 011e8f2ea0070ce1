const units = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'] as const;
type Unit = (typeof units)[number];

/**
 * Maltese: CLDR has no long unit names for it (Intl writes "6 m"). Singular, and plural for 2–10
 * (11 and more take the singular again: "13-il xahar").
 */
const MALTESE: Record<Unit, [string, string]> = {
  year: ['sena', 'snin'],
  month: ['xahar', 'xhur'],
  week: ['ġimgħa', 'ġimgħat'],
  day: ['jum', 'ijiem'],
  hour: ['siegħa', 'sigħat'],
  minute: ['minuta', 'minuti'],
  second: ['sekonda', 'sekondi'],
};

/**
 * Renders a catalog lifetime written in English ("2 years", "30 minutes", "session") in the page's
 * language with `Intl.NumberFormat` unit formatting, so no lifetime words ship in the bundle.
 * Lifetimes that do not parse are shown as written.
 * @param lifetime catalog lifetime, e.g. `"13 months"`
 * @param language two-letter language, e.g. `"fr"`
 * @param session the word for a session cookie in that language
 */
export function formatLifetime(lifetime: string, language: string, session: string): string {
  if (/^session$/i.test(lifetime.trim())) return session;
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]+?)s?$/i.exec(lifetime.trim());
  const unit = match && units.find((name) => name === match[2].toLowerCase());
  if (!match || !unit) return lifetime;
  const count = Number(match[1]);
  if (language == 'mt') return `${count} ${MALTESE[unit][+(count > 1 && count < 11)]}`;
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}
