/**
 * Makes tfjs's threaded wasm build survive bundling. tfjs-backend-wasm starts its pthread workers
 * from `factory.toString()` (a Blob), so the factory function must not use anything from outside
 * its own body. Emscripten's wrapper keeps `_scriptDir` in a closure around it; once minified, the
 * pthread workers fail with "ReferenceError: e is not defined" and training never starts. This
 * moves the variable into the function (tfjs gives the binaries' paths itself, so its value, the
 * script's own URL, is not needed).
 */
import type { Plugin } from 'vite';

const FILE = /tfjs-backend-wasm[\\/]wasm-out[\\/]tfjs-backend-wasm-threaded-simd\.js$/;
const CLOSURE = /var _scriptDir = typeof document !== 'undefined' && document\.currentScript \? document\.currentScript\.src : undefined;\s*if \(typeof __filename !== 'undefined'\) _scriptDir = _scriptDir \|\| __filename;\s*return \(\s*function\(WasmBackendModuleThreadedSimd\) \{/;

export function tfjsThreadsPlugin(): Plugin {
  return {
    name: 'cnn-tfjs-wasm-threads',
    transform(code, id) {
      if (!FILE.test(id)) return null;
      if (!CLOSURE.test(code)) this.error('tfjs-backend-wasm-threaded-simd.js changed: vite.tfjsThreads.ts no longer matches its wrapper');
      return { code: code.replace(CLOSURE, 'return (\nfunction(WasmBackendModuleThreadedSimd) {\n  var _scriptDir = undefined;'), map: null };
    },
  };
}
