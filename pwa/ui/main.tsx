import { render } from 'preact';
import { registerSW } from 'virtual:pwa-register';
import { App } from './shell/app';
import './app.css';

const root = document.getElementById('app');
if (root) render(<App />, root);

// The service worker precaches the whole app (the sheet Worker and SheetJS included), so the PWA
// opens and works with no network after its first load.
registerSW({ immediate: true });
