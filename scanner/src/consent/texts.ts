/**
 * First-layer button labels, in the languages tamis ships and the usual English ones. Used to tell
 * whether a banner offers Reject as plainly as Accept (CNIL, 2020 recommendation §2: refusing must
 * be as easy as accepting) and to click a tamis banner the way a visitor does.
 */
export const REJECT_LABEL =
  /^\s*(?:reject(?: all)?|refuse(?: all)?|decline(?: all)?|deny(?: all)?|disagree|(?:use |accept )?(?:only )?(?:strictly )?necessary(?: cookies)?(?: only)?|continue without accept(?:ing)?|tout refuser|refuser(?: tout)?|continuer sans accepter|alles ablehnen|ablehnen|rechazar(?: todo)?|rifiuta(?: tutto)?|weigeren|alles weigeren)\b/i;

export const ACCEPT_LABEL =
  /^\s*(?:accept(?: all)?(?: cookies)?|allow(?: all)?(?: cookies)?|agree|i agree|ok|got it|tout accepter|accepter(?: tout)?|j'accepte|alle akzeptieren|akzeptieren|aceptar(?: todo)?|accetta(?: tutto)?|accepteren|alles accepteren)\b/i;
