/**
 * Build-time half of the lazy offline files (src/sw/offlineAssets.ts): a Vite plugin that finds
 * the files only #/train and #/draw need (every chunk that holds tfjs or loads a chunk that does,
 * the worker bundles, the wasm binaries, the pages that load them, their CSS) and a manifest transform that marks them, and
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

/** A worker bundle (emitted as a .js asset) that carries tfjs, or a wasm binary. */
function isHeavyAsset(a: AssetLike): boolean {
  if (a.fileName.endsWith('.wasm')) return true;
  if (!a.fileName.endsWith('.js')) return false;
  const code = typeof a.source === 'string' ? a.source : new TextDecoder().decode(a.source);
  return code.includes('tfjs-core');
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
      // Worker bundles that carry tfjs (the training worker; not the small picture decoder, which the
      // lessons start) and the wasm binaries.
      const heavyAssets = items.filter((a): a is AssetLike => a.type === 'asset' && isHeavyAsset(a)).map((a) => a.fileName);
      const tfjsChunks = new Set(chunks.filter((c) => c.moduleIds.some((id) => id.includes('/@tensorflow/'))).map((c) => c.fileName));
      for (const f of [...heavyAssets, ...tfjsChunks]) lazyFiles.add(f);
      // A page that loads tfjs (imports a tfjs chunk, or starts a worker / names a wasm file) is lazy,
      // and so is whatever imports such a page statically (not the router's dynamic imports). The
      // app's entry is never lazy: it loads tfjs only on demand (e.g. a lesson asking for the digit
      // classifier), and without it nothing opens offline.
      for (const c of chunks) {
        if (c.isEntry) continue;
        if (c.dynamicImports.some((f) => tfjsChunks.has(f)) || heavyAssets.some((f) => c.code.includes(f.slice(f.lastIndexOf('/') + 1)))) lazyFiles.add(c.fileName);
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
