import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The PWA build (issue 5): `npm run build:pwa` → dist/pwa/, static files served from any local
 * origin (README: `npm run demo` serves it with the demo data). Hash routes (#/audit, #/ledger,
 * #/due, #/backup), so a static server needs no rewrites.
 */
const fromRoot = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
const OUT_DIR = fromRoot('dist/pwa');

/** Copies the bundled demo sheet into dist/pwa/demo/, so the served PWA can offer it (and cache it). */
function demoSheets(): Plugin {
  return {
    name: 'tuban-lint:demo-sheets',
    apply: 'build',
    writeBundle() {
      const from = fromRoot('demo');
      const to = join(OUT_DIR, 'demo');
      mkdirSync(to, { recursive: true });
      for (const name of readdirSync(from)) if (name.endsWith('.xlsx')) copyFileSync(join(from, name), join(to, name));
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: 'public',
  plugins: [
    preact({ devToolsEnabled: false, prefreshEnabled: false }),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        name: '图斑校核 tuban-lint',
        short_name: '图斑校核',
        description: '卫片执法图斑批量校核、整改台账与到期提醒（数据只存在本机浏览器中）',
        lang: 'zh-CN',
        start_url: './#/due',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#166534',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the app needs offline, the sheet Worker and SheetJS included; the demo sheet too.
        globPatterns: ['**/*.{js,css,html,png,webmanifest,xlsx}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
    demoSheets(),
  ],
  worker: { format: 'es' },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'chrome116',
    sourcemap: false,
    modulePreload: false,
  },
});
