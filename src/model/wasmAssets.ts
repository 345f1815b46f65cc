/**
 * The tfjs wasm binaries, bundled and served by the app itself (never a CDN): Vite's `?url`
 * imports give their hashed URLs in the build.
 */
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { WasmPaths } from './protocol';

/** Absolute URLs of the app's wasm binaries, resolved against `base` (the page or worker URL). */
export function appWasmPaths(base: string = self.location.href): WasmPaths {
  return {
    'tfjs-backend-wasm.wasm': new URL(wasmPlain, base).href,
    'tfjs-backend-wasm-simd.wasm': new URL(wasmSimd, base).href,
    'tfjs-backend-wasm-threaded-simd.wasm': new URL(wasmThreadedSimd, base).href,
  };
}
