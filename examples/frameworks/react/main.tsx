import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { init } from 'tamis';
import { config } from '../config.js';
import { App } from './App.js';

// Once, in the entry module, before the first render: blocking starts before the app inserts any
// tag. init() is idempotent (a second call returns the running instance), so StrictMode, hot
// reload or a second entry cannot start a second runtime.
init(config);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
