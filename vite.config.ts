/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The app is a static site: relative base so it works from any folder, hash routes.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null, // registered by src/offline/registerServiceWorker.ts
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
      workbox: {
        // Every asset the app needs is precached: the lessons, the models and the wasm binaries.
        globPatterns: ['**/*.{js,css,html,svg,png,wasm,json,bin,woff2}'],
        globIgnores: ['data/mnist/**'],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The MNIST files are large: cached the first time the training or drawing page loads them.
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.includes('/data/mnist/'),
            handler: 'CacheFirst',
            options: { cacheName: 'mnist-data', expiration: { maxEntries: 16 } },
          },
        ],
      },
    }),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
