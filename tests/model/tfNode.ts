/**
 * tfjs in Node for the model tests: the cpu backend and the wasm backend (binaries read from
 * node_modules), with the app's wasm training kernels registered.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { registerWasmTrainingKernels } from '../../src/model/wasmKernels';

const require = createRequire(import.meta.url);
const wasmDir = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/';

let wasmReady: Promise<boolean> | undefined;

/** Initialises the wasm backend once (single-threaded) and makes `name` the current backend. */
export async function useBackend(name: 'cpu' | 'wasm'): Promise<void> {
  if (name === 'wasm') {
    wasmReady ??= (async () => {
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      setWasmPaths(wasmDir);
      registerWasmTrainingKernels();
      return true;
    })();
    await wasmReady;
  }
  const ok = await tf.setBackend(name);
  if (!ok) throw new Error(`backend ${name} did not initialise`);
  await tf.ready();
}

export { tf };
