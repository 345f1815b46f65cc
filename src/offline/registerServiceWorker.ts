/**
 * Registers the service worker built by vite-plugin-pwa (workbox): after the first visit every
 * asset of the app, the models and the wasm binaries included, is served from the cache, so a
 * lecture keeps working when the classroom network fails. The MNIST files are cached the first
 * time they are loaded. Not registered in the dev server.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((err: unknown) => {
      console.warn('Offline support is not available:', err);
    });
  });
}
