/**
 * Languages tamis ships texts for: one module each in components/i18n/ (a test keeps this list
 * and that folder in step). The 24 official EU languages, Catalan, Norwegian Bokmål, and Arabic
 * and Hebrew (right to left).
 */
// Written without spaces: this list ships in the deferred module, where every byte counts.
export const LANGUAGES = 'arbgcacsdadeelenesetfifrgahehrhuitltlvmtnbnlplptroskslsv'.match(/../g)!;

/**
 * The base language of a BCP 47 tag, lower-case: `pt-BR` → `pt`. Norwegian (`no`) and Nynorsk
 * (`nn`) read the Bokmål texts: `nn-NO` → `nb`.
 */
export const baseLanguage = (tag: string): string => tag.split(/[-_]/)[0].toLowerCase().replace(/^n[on]$/, 'nb');

/**
 * The first of `candidates` (language tags, most wanted first) that tamis has texts for, by its
 * base language; `extra` adds languages a site supplies texts for itself (`texts: { zh: {…} }`).
 * Else English.
 */
export function chooseLanguage(candidates: ReadonlyArray<string | null | undefined>, extra: readonly string[] = []): string {
  for (const tag of candidates) {
    const base = baseLanguage(tag || '');
    if (LANGUAGES.includes(base) || extra.includes(base)) return base;
  }
  return 'en';
}
