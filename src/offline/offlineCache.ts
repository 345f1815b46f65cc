/**
 * The page's side of the lazy offline files (src/sw/offlineAssets.ts): asks the service worker to
 * cache tfjs, the training worker, the wasm binaries and the models when a page that needs them
 * opens, or everything (the MNIST data too) when the instructor asks.
 */
import type { OfflineProgress, OfflineRequest } from '../sw/offlineAssets';

/** The service worker is not running (dev server, blocked, unsupported). */
export class NoServiceWorkerError extends Error {
  constructor() {
    super('no service worker');
  }
}

/**
 * Sends `request` to the active service worker and resolves with its 'done' answer; `onProgress`
 * hears every file. Rejects with NoServiceWorkerError when none is active, or with the worker's
 * failure.
 */
export async function requestOfflineCache(request: OfflineRequest, onProgress?: (p: Extract<OfflineProgress, { type: 'progress' }>) => void): Promise<Extract<OfflineProgress, { type: 'done' }>> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) throw new NoServiceWorkerError();
  const registration = await navigator.serviceWorker.getRegistration();
  const worker = registration?.active;
  if (!worker) throw new NoServiceWorkerError();
  const channel = new MessageChannel();
  return new Promise((resolve, reject) => {
    channel.port1.onmessage = (event: MessageEvent<OfflineProgress>) => {
      const msg = event.data;
      if (msg.type === 'progress') onProgress?.(msg);
      else {
        channel.port1.close();
        if (msg.type === 'done') resolve(msg);
        else reject(new Error(msg.message));
      }
    };
    worker.postMessage(request, [channel.port2]);
  });
}

let lazyRequested = false;

/**
 * Once per visit, when a page that runs tfjs opens: once the service worker is active (on a first
 * visit, when it has installed), it caches the lazy files, so the page works offline afterwards even
 * if some of them were loaded before the worker took control.
 */
export function cacheModelAssets(): void {
  if (lazyRequested || typeof navigator === 'undefined' || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  lazyRequested = true;
  void navigator.serviceWorker.ready
    .then(() => requestOfflineCache({ type: 'cache-lazy' }))
    .catch((e: unknown) => {
      lazyRequested = false;
      console.warn('Could not keep the training and drawing files for offline use:', e);
    });
}
