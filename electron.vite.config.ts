import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { buildCsp, SIP_CONNECT_FRAME } from './electron/core/platform/security/csp';

/**
 * The renderer's CSP meta tag comes from the same function the servers use for their headers.
 * Only `electron-vite dev` loosens it, for the React refresh preamble and the HMR socket; a
 * build never does.
 */
function injectCsp(): Plugin {
  let serving = false;
  return {
    name: 'dialdeck-csp',
    configResolved: (config) => {
      serving = config.command === 'serve';
    },
    transformIndexHtml: (html) => {
      const csp = buildCsp({
        connectSrc: [...SIP_CONNECT_FRAME],
      });
      const policy = serving
        ? csp.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        : csp;
      return html.replace('%DIALDECK_CSP%', policy);
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          'store-worker': resolve(
            import.meta.dirname,
            'electron/core/platform/store/worker-entry.ts',
          ),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), injectCsp()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      // The app loads from disk, never over a network: one ~700 kB chunk (React, libphonenumber's
      // metadata, Luxon, zod, the zone and country lists) parses in milliseconds. The Twilio SDK
      // stays a lazy chunk of its own, loaded only when the Twilio line is chosen.
      chunkSizeWarningLimit: 1024,
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
