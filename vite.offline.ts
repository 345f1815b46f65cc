/**
 * Build-time half of the lazy offline files (src/sw/offlineAssets.ts): a Vite plugin that finds
 * the files only #/train, #/draw and #/compare need (the tfjs runtime file of vite.tfRuntime.ts,
 * every chunk that imports it or loads a chunk that does, the training worker, the wasm binaries,
 * the pages that load them, their CSS) and a manifest transform that marks them, and
 * public/models/, lazy in the service worker's precache manifest.
 */
import type { Plugin } from 'vite';
import { markLazy, type ManifestEntry } from './src/sw/offlineAssets.js';

/** File names (relative to dist/) of the lazy files of the last build. */
const lazyFiles = new Set<string>();

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  moduleIds: string[];
  imports: string[];
  dynamicImports: string[];
  viteMetadata?: { importedCss: Set<string> };
}
interface AssetLike {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}

function text(a: AssetLike): string {
  return typeof a.source === 'string' ? a.source : new TextDecoder().decode(a.source);
}

/** The file name without its folder: how a chunk or worker bundle imports a file beside it. */
function baseName(f: string): string {
  return f.slice(f.lastIndexOf('/') + 1);
}

/** A .js asset that holds tfjs-core's code: the tfjs runtime file (vite.tfRuntime.ts). */
function holdsTfjs(a: AssetLike): boolean {
  return a.fileName.endsWith('.js') && text(a).includes('tfjs-core');
}

/**
 * The tfjs runtime file(s), the worker bundles that load one (the training worker; not the small
 * picture decoder, which the lessons start) and the wasm binaries.
 */
function heavyAssetNames(assets: AssetLike[]): string[] {
  const runtimes = assets.filter(holdsTfjs).map((a) => a.fileName);
  const workers = assets.filter((a) => a.fileName.endsWith('.js') && !runtimes.includes(a.fileName) && runtimes.some((r) => text(a).includes(baseName(r))));
  return [...runtimes, ...workers.map((a) => a.fileName), ...assets.filter((a) => a.fileName.endsWith('.wasm')).map((a) => a.fileName)];
}

export function offlineGroupsPlugin(): Plugin {
  return {
    name: 'cnn-offline-groups',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      lazyFiles.clear();
      const items = Object.values(bundle) as unknown as (ChunkLike | AssetLike)[];
      const chunks = items.filter((b): b is ChunkLike => b.type === 'chunk');
      const assets = items.filter((a): a is AssetLike => a.type === 'asset');
      const heavyAssets = heavyAssetNames(assets);
      const runtimes = new Set(assets.filter(holdsTfjs).map((a) => baseName(a.fileName)));
      // Chunks that import the tfjs runtime file or hold a tfjs module (e.g. the wasm binaries' URLs).
      const tfjsChunks = new Set(chunks.filter((c) => c.imports.some((f) => runtimes.has(baseName(f))) || c.moduleIds.some((id) => id.includes('/@tensorflow/'))).map((c) => c.fileName));
      for (const f of [...heavyAssets, ...tfjsChunks]) lazyFiles.add(f);
      // A page that loads tfjs (imports a tfjs chunk, or starts a worker / names a wasm file) is lazy,
      // and so is whatever imports such a page statically (not the router's dynamic imports). The
      // app's entry is never lazy: it loads tfjs only on demand (e.g. a lesson asking for the digit
      // classifier), and without it nothing opens offline.
      for (const c of chunks) {
        if (c.isEntry) continue;
        if (c.dynamicImports.some((f) => tfjsChunks.has(f)) || heavyAssets.some((f) => c.code.includes(baseName(f)))) lazyFiles.add(c.fileName);
      }
      for (let changed = true; changed;) {
        changed = false;
        for (const c of chunks) {
          if (!lazyFiles.has(c.fileName) && c.imports.some((f) => lazyFiles.has(f))) {
            lazyFiles.add(c.fileName);
            changed = true;
          }
        }
      }
      const lazyEntry = chunks.find((c) => c.isEntry && lazyFiles.has(c.fileName));
      if (lazyEntry) this.error(`${lazyEntry.fileName} (an entry) would wait for tfjs to be cached: the app would not open offline. It imports a lazy chunk statically.`);
      for (const c of chunks) if (lazyFiles.has(c.fileName)) for (const css of c.viteMetadata?.importedCss ?? []) lazyFiles.add(css);
    },
  };
}

/**
 * KaTeX fonts the lessons' formulas use (numbers and text, variables, big sums and brackets; checked
 * in the browser by bench/bytes.bench.mjs). The other KaTeX faces (bold, script, fraktur…) are
 * lazy: cached the first time a formula needs them.
 */
const LESSON_FONTS = /KaTeX_(Main-Regular|Math-Italic|Size[1-4]-Regular|AMS-Regular)-/;

function isLazy(url: string): boolean {
  return lazyFiles.has(url) || url.startsWith('models/') || (url.includes('KaTeX_') && !LESSON_FONTS.test(url));
}

/** workbox manifestTransform: marks the lazy files of this build, public/models/ and the rarely used fonts. */
export async function markLazyEntries(entries: (ManifestEntry & { size: number })[]): Promise<{ manifest: (ManifestEntry & { size: number })[]; warnings: string[] }> {
  return {
    manifest: entries.map((e) => (isLazy(e.url) ? { ...markLazy(e), size: e.size } : e)),
    warnings: [],
  };
}
