import { createApp } from 'vue';
import { init } from 'tamis';
import { config } from '../config.js';
import App from './App.vue';

// Once, before mounting: blocking starts before the app inserts any tag.
init(config);
createApp(App).mount('#app');
