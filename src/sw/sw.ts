/// <reference lib="webworker" />
/**
 * The app's service worker (vite-plugin-pwa, injectManifest: the build injects the file list into
 * self.__WB_MANIFEST). Three jobs:
 *
 * 1. Offline: the app shell and every lesson are precached at install; tfjs, the training worker,
 *    the wasm binaries and the shipped models ("lazy" files, offlineAssets.ts) are cached when a
 *    page that needs them opens (the page asks: src/offline/offlineCache.ts) or when the instructor
 *    presses "make everything available offline" (which also caches the MNIST data). Every page
 *    opened once then works with the network cut.
 * 2. Cross-origin isolation on static hosts: every response it serves carries COOP/COEP/CORP
 *    (isolation.ts), so from the second visit on (the first one has no service worker yet) the page
 *    is cross-origin isolated and training gets its threads, whatever headers the host sends.
 * 3. Updates: a new build's worker takes over at once (skipWaiting, clientsClaim); old caches go.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { errorMessage } from '../core/errorMessage';
import { withIsolationHeaders } from './isolation';
import { lazyCacheKey, plainUrl, splitManifest, type ManifestEntry, type OfflineProgress, type OfflineRequest } from './offlineAssets';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (ManifestEntry | string)[] };

const LAZY_CACHE = 'cnn-classroom-lazy';
const MNIST_CACHE = 'mnist-data';
const base = self.location.href;
const { core, lazy } = splitManifest(self.__WB_MANIFEST);
/** Plain URL of a lazy file → its cache key. */
const lazyKeys = new Map(lazy.map((e) => [plainUrl(e.url, base), lazyCacheKey(e, base)]));

self.skipWaiting();
clientsClaim();

const isolation = { handlerWillRespond: async ({ response }: { response: Response }) => withIsolationHeaders(response) };
addPlugins([isolation]);
precacheAndRoute(core);
cleanupOutdatedCaches();
// Every page is index.html with a hash route.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

/** A lazy file from its cache, or from the network (then kept). */
async function lazyResponse(request: Request, key: string): Promise<Response> {
  const cache = await caches.open(LAZY_CACHE);
  const hit = await cache.match(key);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(key, response.clone());
  return response;
}

registerRoute(
  ({ url }) => lazyKeys.has(plainUrl(url.href, base)),
  async ({ request, url }) => withIsolationHeaders(await lazyResponse(request, lazyKeys.get(plainUrl(url.href, base)) as string)),
);

// The MNIST files (11 MB): cached the first time the training or drawing page loads them.
registerRoute(
  ({ url }) => url.pathname.includes('/data/mnist/'),
  new CacheFirst({ cacheName: MNIST_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 16 }), isolation] }),
);

/** Fetches `urls` into `cache` under `keys` (those not there yet), reporting progress on `port`. */
async function fill(cacheName: string, items: { url: string; key: string }[], port: MessagePort | undefined, sent: { done: number; bytes: number }, total: number): Promise<void> {
  const cache = await caches.open(cacheName);
  for (const { url, key } of items) {
    if (!(await cache.match(key))) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const body = await response.clone().arrayBuffer();
      await cache.put(key, response);
      sent.bytes += body.byteLength;
    }
    sent.done += 1;
    port?.postMessage({ type: 'progress', done: sent.done, total, bytes: sent.bytes } satisfies OfflineProgress);
  }
}

/** The MNIST files listed in data/mnist/manifest.json. */
async function mnistItems(): Promise<{ url: string; key: string }[]> {
  const manifestUrl = new URL('data/mnist/manifest.json', base).href;
  const response = await fetch(manifestUrl);
  if (!response.ok) throw new Error(`${manifestUrl}: HTTP ${response.status}`);
  const manifest = (await response.clone().json()) as { files: Record<string, { file: string }> };
  await (await caches.open(MNIST_CACHE)).put(manifestUrl, response);
  return Object.values(manifest.files).map((f) => {
    const url = new URL(`data/mnist/${f.file}`, base).href;
    return { url, key: url };
  });
}

async function cacheForOffline(request: OfflineRequest, port: MessagePort | undefined): Promise<void> {
  try {
    const lazyItems = lazy.map((e) => ({ url: plainUrl(e.url, base), key: lazyCacheKey(e, base) }));
    const data = request.type === 'cache-everything' ? await mnistItems() : [];
    const sent = { done: 0, bytes: 0 };
    const total = lazyItems.length + data.length;
    await fill(LAZY_CACHE, lazyItems, port, sent, total);
    await fill(MNIST_CACHE, data, port, sent, total);
    port?.postMessage({ type: 'done', files: total, bytes: sent.bytes } satisfies OfflineProgress);
  } catch (e) {
    port?.postMessage({ type: 'failed', message: errorMessage(e) } satisfies OfflineProgress);
  }
}

self.addEventListener('message', (event) => {
  const data = event.data as Partial<OfflineRequest> | null;
  if (data?.type === 'cache-lazy' || data?.type === 'cache-everything') {
    event.waitUntil(cacheForOffline(data as OfflineRequest, event.ports[0]));
  }
});

// Lazy files of older builds go when this build takes over.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(LAZY_CACHE);
    const keep = new Set(lazyKeys.values());
    for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
  })());
});
