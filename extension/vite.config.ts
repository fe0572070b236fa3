import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifest from '../manifest.json' with { type: 'json' };

/**
 * The extension build (issue 4): `npm run build:extension` → dist/extension/. crxjs reads the root
 * manifest.json, whose paths are relative to the repository root, so the root is the Vite root.
 * The root vite.config.ts stays the vitest config.
 */
const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const fromRoot = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** The content script, built as one self-contained classic script (see `standaloneFiles`). */
export const CONTENT_SCRIPT_ENTRY = 'extension/content/content-script.ts';

interface WebAccessibleResource {
  readonly resources: readonly string[];
  readonly matches?: readonly string[];
}

/**
 * crxjs lists every `?script` import under web_accessible_resources for all http(s) sites, which
 * its loader needs. The content script here is one standalone IIFE injected by Chrome itself
 * (manifest or chrome.scripting), which needs no such entry — and a web-accessible file would let
 * any site detect the extension. This drops the content script from that list, and deletes the
 * intermediate ES chunk of the content script that crxjs leaves unreferenced beside the IIFE.
 */
function contentScriptNotWebAccessible(): Plugin & { renderCrxManifest(manifest: chrome.runtime.ManifestV3): chrome.runtime.ManifestV3 } {
  const builtPath = CONTENT_SCRIPT_ENTRY.replace(/\.ts$/u, '.js');
  return {
    name: 'tuban-lint:content-script-not-web-accessible',
    enforce: 'post',
    renderCrxManifest(manifest) {
      const war = (manifest.web_accessible_resources ?? []) as WebAccessibleResource[];
      const kept = war.map((entry) => ({ ...entry, resources: entry.resources.filter((r) => r !== builtPath) })).filter((entry) => entry.resources.length > 0);
      const { web_accessible_resources: _dropped, ...rest } = manifest;
      return kept.length > 0 ? ({ ...rest, web_accessible_resources: kept } as chrome.runtime.ManifestV3) : rest;
    },
    writeBundle(options, bundle) {
      const outDir = options.dir ?? '';
      const referenced = new Set(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [...item.imports, ...item.dynamicImports] : [])));
      for (const [fileName, item] of Object.entries(bundle)) {
        if (item.type === 'chunk' && /^assets\/content-script\.ts-[\w-]+\.js$/u.test(fileName) && !referenced.has(fileName)) rmSync(join(outDir, fileName));
      }
    },
  };
}

export default defineConfig({
  root: repositoryRoot,
  // Extension pages load their assets from the extension origin by relative path.
  base: './',
  publicDir: false,
  plugins: [
    preact({ devToolsEnabled: false, prefreshEnabled: false }),
    crx({
      manifest,
      contentScripts: {
        // One IIFE file instead of crxjs's loader + dynamic import(): no extension file needs to be
        // web-accessible (a page cannot probe for the extension), nothing is fetched at injection,
        // and chrome.scripting can register the same file for the origins the user grants.
        standaloneFiles: [CONTENT_SCRIPT_ENTRY],
      },
    }),
    contentScriptNotWebAccessible(),
  ],
  worker: {
    // The geometry Worker of the offscreen document is an ES module (stack-notes.md).
    format: 'es',
  },
  build: {
    outDir: fromRoot('dist/extension'),
    emptyOutDir: true,
    target: 'chrome116',
    // Readable output for reviewers of the unpacked extension; the size budget is measured gzipped.
    minify: true,
    sourcemap: false,
    modulePreload: false,
    rollupOptions: {
      // Pages reached only by URL are not in the manifest: the offscreen document (geometry Worker).
      input: {
        offscreen: fromRoot('extension/offscreen/offscreen.html'),
      },
    },
  },
});
