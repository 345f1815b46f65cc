/**
 * Chooses the tfjs backend: WebGL where the GPU is real; wasm where the WebGL renderer is software
 * (SwiftShader, llvmpipe…: there wasm is faster); cpu only as a last resort. An explicit choice (the
 * `backend=` URL parameter) wins when it can start; otherwise the fallback says why. Works on the
 * main thread and in a worker. The wasm binaries are the app's own (wasmAssets.ts).
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { getThreadsCount, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { errorMessage } from '../core/errorMessage';
import type { BackendChoice, BackendName, WasmPaths } from './protocol';
import { isSoftwareRenderer, webglRenderer } from './renderer';
import { crossOriginIsolatedHere } from './threads';
import { registerWasmTrainingKernels } from './wasmKernels';

/**
 * The backend in use, the WebGL renderer ('' when there is no WebGL) and why it was chosen;
 * `threads`: the wasm backend's thread count (1 on the other backends); `isolated`: whether this
 * context is cross-origin isolated (threads need it).
 */
export interface BackendSelection {
  backend: BackendName;
  renderer: string;
  reason: string;
  threads: number;
  isolated: boolean;
}

let wasmPathsSet = false;
let wasmThreadsSet = false;

/**
 * Before the wasm backend starts (once per context): more than one thread loads tfjs's threaded
 * SIMD build with that many XNNPACK threads; one thread loads the single-thread SIMD build (tfjs
 * would otherwise pick the threaded build whenever the context is isolated, on the page too).
 * Returns the thread count asked for.
 */
function configureWasmThreads(threads: number): number {
  if (wasmThreadsSet) return 1;
  wasmThreadsSet = true;
  if (threads > 1 && crossOriginIsolatedHere()) {
    setThreadsCount(threads);
    return threads;
  }
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  return 1;
}

/**
 * tfjs-backend-wasm 4.22 caps its XNNPACK thread pool at navigator.hardwareConcurrency / 2 (it
 * takes every core for a hyperthread pair), read once when the wasm module starts: a 2-core
 * machine would get 1 thread whatever setThreadsCount says. While the module starts, this context's
 * navigator reports at least 2 × `threads` cores; the real value is back right after.
 */
async function withCoresForThreads<T>(threads: number, start: () => Promise<T>): Promise<T> {
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  const real = nav?.hardwareConcurrency ?? 1;
  if (!nav || threads <= 1 || real >= 2 * threads) return start();
  Object.defineProperty(nav, 'hardwareConcurrency', { value: 2 * threads, configurable: true });
  try {
    return await start();
  } finally {
    delete (nav as { hardwareConcurrency?: number }).hardwareConcurrency;
  }
}

async function tryBackend(name: BackendName, wasmPaths: WasmPaths | undefined, threads: number): Promise<string | undefined> {
  try {
    let asked = 1;
    if (name === 'wasm') {
      registerWasmTrainingKernels();
      asked = configureWasmThreads(threads);
      if (!wasmPathsSet && wasmPaths) {
        setWasmPaths(wasmPaths);
        wasmPathsSet = true;
      }
    }
    const ok = await withCoresForThreads(asked, async () => {
      const started = await tf.setBackend(name);
      if (started) await tf.ready();
      return started;
    });
    if (!ok) return `${name} did not start`;
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

/** The wasm backend's thread count once it runs (1 on the other backends). */
function threadsInUse(name: BackendName): number {
  if (name !== 'wasm') return 1;
  try {
    return Math.max(1, getThreadsCount());
  } catch {
    return 1;
  }
}

/**
 * Sets the tfjs backend and says which and why.
 *
 * @param options.choice 'auto' or an explicit backend (from the `backend=` URL parameter)
 * @param options.wasmPaths the app's wasm binaries (appWasmPaths() from wasmAssets.ts)
 * @param options.threads threads for the wasm backend (default 1; more only where the context is
 *   cross-origin isolated: wasmThreadCount() in threads.ts). Fixed by the first wasm start.
 * @example await selectBackend({ choice: 'auto', wasmPaths: appWasmPaths(), threads: 2 })
 *   // → { backend: 'wasm', renderer: 'ANGLE (… SwiftShader …)', reason: 'the WebGL renderer is software (…), where wasm is faster', threads: 2, isolated: true }
 * @throws Error when no backend at all can start.
 */
export async function selectBackend(options: { choice: BackendChoice; wasmPaths?: WasmPaths; threads?: number }): Promise<BackendSelection> {
  const renderer = webglRenderer();
  const threads = options.threads ?? 1;
  const isolated = crossOriginIsolatedHere();
  const failures: string[] = [];
  if (options.choice !== 'auto') {
    const problem = options.choice === 'webgl' && renderer === undefined ? 'webgl is not available here' : await tryBackend(options.choice, options.wasmPaths, threads);
    if (!problem) return { backend: options.choice, renderer: renderer ?? '', reason: `chosen: backend=${options.choice}`, threads: threadsInUse(options.choice), isolated };
    failures.push(problem);
  }
  const { order, why } = autoOrder(renderer);
  for (const name of order) {
    if (name === options.choice) continue;
    const problem = await tryBackend(name, options.wasmPaths, threads);
    if (!problem) {
      const reason = failures.length > 0 ? `${failures.join('; ')}; using ${name} instead (${why})` : `${name}: ${why}`;
      return { backend: name, renderer: renderer ?? '', reason, threads: threadsInUse(name), isolated };
    }
    failures.push(problem);
  }
  throw new Error(`no tfjs backend could start: ${failures.join('; ')}`);
}
