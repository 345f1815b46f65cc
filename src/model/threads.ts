/**
 * Threads for the wasm backend. tfjs's threaded SIMD build needs SharedArrayBuffer, which a browser
 * gives only to a cross-origin isolated page (COOP/COEP headers: the servers of `npm start` and
 * `npm run preview` send them, and on a static host the app's service worker adds them). Where the
 * page is not isolated, the wasm backend runs its single-thread SIMD build.
 */

/** The most threads asked for (XNNPACK gains little beyond this on LeNet-size layers). */
export const MAX_THREADS = 8;

/**
 * The thread count for `cores` logical cores (navigator.hardwareConcurrency): one core is left for
 * the page to render (on the 2-core development machine, busy with other jobs, 2 threads trained
 * slower than 1: `bench:train --only=threads`, README "Speed figures"); `threads=N` overrides it.
 *
 * @example autoThreadCount(8)  // → 7
 * @example autoThreadCount(2)  // → 1
 * @example autoThreadCount(undefined)  // → 1
 */
export function autoThreadCount(cores: number | undefined): number {
  if (cores === undefined || !Number.isFinite(cores) || cores < 1) return 1;
  const n = Math.floor(cores);
  return Math.max(1, Math.min(MAX_THREADS, n - 1));
}

/** True when this page or worker is cross-origin isolated (SharedArrayBuffer is available). */
export function crossOriginIsolatedHere(): boolean {
  return (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true && typeof SharedArrayBuffer !== 'undefined';
}

/**
 * The thread count to ask the wasm backend for: `requested` (a positive number, from `threads=` in
 * the link) or the automatic choice (0 or undefined), and 1 when the context is not isolated.
 */
export function wasmThreadCount(requested: number | undefined, isolated: boolean, cores: number | undefined): number {
  if (!isolated) return 1;
  if (requested !== undefined && requested > 0) return Math.min(MAX_THREADS, Math.floor(requested));
  return autoThreadCount(cores);
}
