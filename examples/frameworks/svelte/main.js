import { mount } from 'svelte';
import { init } from 'tamis';
import { config } from '../config.js';
import App from './App.svelte';

// Once, before mounting: blocking starts before the app inserts any tag.
init(config);
mount(App, { target: document.getElementById('app') });
