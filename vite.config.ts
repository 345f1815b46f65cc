/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { ISOLATION_HEADERS } from './src/sw/isolation.js';
import { markLazyEntries, offlineGroupsPlugin } from './vite.offline.js';
import { tfRuntimePlugins } from './vite.tfRuntime.js';

/**
 * tfjs in one file for the page and the training worker (build only). That file's own build applies
 * tfjs's threads patch (vite.tfjsThreads.ts); the page and worker bundles no longer hold tfjs.
 */
const tfRuntime = tfRuntimePlugins();

// The app is a static site: relative base so it works from any folder, hash routes.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    tfRuntime.page,
    offlineGroupsPlugin(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null, // registered by src/offline/registerServiceWorker.ts
      // Our own service worker (src/sw/sw.ts): precache the lessons, cache tfjs and the models when
      // a page needs them, and add the cross-origin isolation headers on hosts that cannot.
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      manifest: {
        name: 'CNN Classroom',
        short_name: 'CNN',
        description: 'Convolutional neural networks, step by step, in the browser',
        theme_color: '#1d3557',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: './',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      injectManifest: {
        // The lessons, the app shell, the models and the wasm binaries; the files only #/train and
        // #/draw need are marked lazy (vite.offline.ts) and cached when those pages open.
        globPatterns: ['**/*.{js,css,html,svg,png,wasm,json,bin,woff2}'],
        globIgnores: ['data/mnist/**'],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        manifestTransforms: [markLazyEntries],
        rollupFormat: 'iife',
      },
    }),
  ],
  worker: { format: 'es', plugins: () => [tfRuntime.worker()] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  // Cross-origin isolation (threads for the wasm backend): `npm start` and `npm run preview` send
  // the headers; on other hosts the service worker adds them (src/sw/isolation.ts).
  server: { host: '127.0.0.1', headers: { ...ISOLATION_HEADERS } },
  preview: { host: '127.0.0.1', headers: { ...ISOLATION_HEADERS } },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
