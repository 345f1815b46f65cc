/**
 * Which of the app's files a first visit precaches and which wait until they are needed.
 *
 * A student who only follows the lessons needs the app shell, the lessons and their fonts; tfjs,
 * the training worker, the wasm binaries and the shipped models are for #/train and #/draw. The
 * build marks those "lazy" (vite.config.ts, `offlineGroups`: every chunk that loads tfjs, the
 * worker, the wasm files, public/models/): their precache-manifest revision starts with LAZY_MARK.
 * The service worker precaches the rest at install, and caches the lazy files when a page that needs
 * them opens (or the instructor presses "make everything available offline"; sw.ts).
 */

/** A precache manifest entry (workbox's shape). */
export interface ManifestEntry {
  url: string;
  revision: string | null;
}

/** Prefix of a lazy entry's revision in the injected manifest. */
export const LAZY_MARK = 'lazy:';

/** Marks an entry lazy (at build time). */
export function markLazy(entry: ManifestEntry): ManifestEntry {
  return { url: entry.url, revision: `${LAZY_MARK}${entry.revision ?? ''}` };
}

/**
 * Splits the injected manifest: `core` is precached at install; `lazy` entries get their real
 * revision back (null for hashed file names).
 */
export function splitManifest(entries: readonly (ManifestEntry | string)[]): { core: ManifestEntry[]; lazy: ManifestEntry[] } {
  const core: ManifestEntry[] = [];
  const lazy: ManifestEntry[] = [];
  for (const e of entries) {
    const entry = typeof e === 'string' ? { url: e, revision: null } : e;
    if (entry.revision?.startsWith(LAZY_MARK)) {
      const rev = entry.revision.slice(LAZY_MARK.length);
      lazy.push({ url: entry.url, revision: rev === '' ? null : rev });
    } else core.push(entry);
  }
  return { core, lazy };
}

/**
 * The cache key of a lazy file: its absolute URL, with the revision as a query for files whose name
 * does not change with their content (public/models/…), so a new build replaces them.
 *
 * @example lazyCacheKey({ url: 'models/lenet5/model.json', revision: 'abc' }, 'https://x.org/app/')
 *   // → 'https://x.org/app/models/lenet5/model.json?__rev=abc'
 */
export function lazyCacheKey(entry: ManifestEntry, base: string): string {
  const u = new URL(entry.url, base);
  if (entry.revision) u.searchParams.set('__rev', entry.revision);
  return u.href;
}

/** Absolute URL (no query, no hash) of a manifest entry or a request, the key to look a lazy file up by. */
export function plainUrl(url: string, base: string): string {
  const u = new URL(url, base);
  u.search = '';
  u.hash = '';
  return u.href;
}

/** Messages the page sends the service worker. */
export type OfflineRequest =
  /** Cache every lazy file (a page needing tfjs opened). */
  | { type: 'cache-lazy' }
  /** Cache everything: the lazy files and the MNIST data (the instructor's button). */
  | { type: 'cache-everything' };

/** The service worker's answer on the request's MessagePort. */
export type OfflineProgress =
  | { type: 'progress'; done: number; total: number; bytes: number }
  | { type: 'done'; files: number; bytes: number }
  | { type: 'failed'; message: string };
