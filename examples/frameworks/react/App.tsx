import { useEffect, useState } from 'react';
import { getConsent, on, showPreferences, type Consent } from 'tamis';
// Types only: `<tamis-cookie-table>` and the other elements in JSX (React 19 passes properties
// and events to custom elements natively).
import type {} from 'tamis/react';

/** The visitor's decision, kept current: subscribe in an effect, unsubscribe in its cleanup. */
function useConsent() {
  const [consent, setConsent] = useState<Consent | null>(getConsent);
  const [changes, setChanges] = useState(0);
  useEffect(
    () =>
      on('change', ({ consent }) => {
        setConsent(consent);
        setChanges((n) => n + 1);
      }),
    [],
  );
  return { consent, changes };
}

export function App() {
  const { consent, changes } = useConsent();
  return (
    <main>
      <h1>tamis with React 19</h1>
      <p>
        Social media: <output id="social">{consent ? (consent.categories.social ? 'allowed' : 'refused') : 'not decided'}</output>
        {' · '}changes seen: <output id="changes">{changes}</output>
      </p>
      <iframe title="Video" width="320" height="180" src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ" />
      <tamis-cookie-table />
      <footer>
        <button type="button" onClick={() => showPreferences()}>
          Cookie preferences
        </button>
      </footer>
    </main>
  );
}

