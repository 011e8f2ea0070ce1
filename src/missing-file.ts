/**
 * Logs one `console.error` for a file of `dist/` that did not load: which one, and what to copy.
 * A site owner who copied `tamis.js`, `tamis-deferred.js` and `tamis-ui.js` but not `chunks/`
 * otherwise sees only the browser's bare "Failed to fetch dynamically imported module" as an
 * unhandled rejection, and Customize doing nothing (issue 9). Blocking never depends on these files.
 *
 * The browser's error names the URL it tried (Chromium, Firefox); where it does not (Safari), `what`
 * still says which part is missing.
 * @param what the part of tamis the file holds, e.g. `the preferences dialog`
 */
export const reportMissingFile = (error: unknown, what: string): void =>
  console.error(`tamis: could not load ${String(error).match(/\w+:\/\/\S+/)?.[0] ?? 'a file'} (${what}): copy all of dist/, chunks/ too, as it is (README, Install)`);
