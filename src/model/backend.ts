/**
 * Chooses the tfjs backend: WebGL where the GPU is real; wasm where the WebGL renderer is software
 * (SwiftShader, llvmpipe…: there wasm is faster); cpu only as a last resort. An explicit choice (the
 * `backend=` URL parameter) wins when it can start; otherwise the fallback says why. Works on the
 * main thread and in a worker. The wasm binaries are the app's own (wasmAssets.ts).
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { errorMessage } from '../core/errorMessage';
import type { BackendChoice, BackendName, WasmPaths } from './protocol';
import { isSoftwareRenderer, webglRenderer } from './renderer';
import { registerWasmTrainingKernels } from './wasmKernels';

/** The backend in use, the WebGL renderer ('' when there is no WebGL) and why it was chosen. */
export interface BackendSelection {
  backend: BackendName;
  renderer: string;
  reason: string;
}

let wasmPathsSet = false;

async function tryBackend(name: BackendName, wasmPaths: WasmPaths | undefined): Promise<string | undefined> {
  try {
    if (name === 'wasm') {
      registerWasmTrainingKernels();
      if (!wasmPathsSet && wasmPaths) {
        setWasmPaths(wasmPaths);
        wasmPathsSet = true;
      }
    }
    const ok = await tf.setBackend(name);
    if (!ok) return `${name} did not start`;
    await tf.ready();
    return undefined;
  } catch (e) {
    return `${name} did not start (${errorMessage(e)})`;
  }
}

/** The order to try backends in when nothing (or nothing that works) was chosen. */
export function autoOrder(renderer: string | undefined): { order: BackendName[]; why: string } {
  if (renderer === undefined) return { order: ['wasm', 'cpu'], why: 'WebGL is not available' };
  if (isSoftwareRenderer(renderer)) return { order: ['wasm', 'webgl', 'cpu'], why: `the WebGL renderer is software (${renderer}), where wasm is faster` };
  return { order: ['webgl', 'wasm', 'cpu'], why: `WebGL runs on a GPU (${renderer})` };
}

/**
 * Sets the tfjs backend and says which and why.
 *
 * @param options.choice 'auto' or an explicit backend (from the `backend=` URL parameter)
 * @param options.wasmPaths the app's wasm binaries (appWasmPaths() from wasmAssets.ts)
 * @example await selectBackend({ choice: 'auto', wasmPaths: appWasmPaths() })
 *   // → { backend: 'wasm', renderer: 'ANGLE (… SwiftShader …)', reason: 'the WebGL renderer is software (…), where wasm is faster' }
 * @throws Error when no backend at all can start.
 */
export async function selectBackend(options: { choice: BackendChoice; wasmPaths?: WasmPaths }): Promise<BackendSelection> {
  const renderer = webglRenderer();
  const failures: string[] = [];
  if (options.choice !== 'auto') {
    const problem = options.choice === 'webgl' && renderer === undefined ? 'webgl is not available here' : await tryBackend(options.choice, options.wasmPaths);
    if (!problem) return { backend: options.choice, renderer: renderer ?? '', reason: `chosen: backend=${options.choice}` };
    failures.push(problem);
  }
  const { order, why } = autoOrder(renderer);
  for (const name of order) {
    if (name === options.choice) continue;
    const problem = await tryBackend(name, options.wasmPaths);
    if (!problem) {
      const reason = failures.length > 0 ? `${failures.join('; ')}; using ${name} instead (${why})` : `${name}: ${why}`;
      return { backend: name, renderer: renderer ?? '', reason };
    }
    failures.push(problem);
  }
  throw new Error(`no tfjs backend could start: ${failures.join('; ')}`);
}
