/**
 * Calling the wasm backend's own kernels from inside a replacement kernel: no engine bookkeeping
 * (no tensors are tracked), so every intermediate result must be released with `free`.
 */
import '@tensorflow/tfjs-backend-wasm';
import { getKernel, type NamedAttrMap, type NamedTensorInfoMap, type TensorInfo } from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';

export const WASM = 'wasm';

/** Calls a wasm kernel directly (no engine bookkeeping); the caller disposes the result. */
export function run(name: string, backend: BackendWasm, inputs: NamedTensorInfoMap, attrs: NamedAttrMap): TensorInfo {
  const k = getKernel(name, WASM);
  if (!k) throw new Error(`wasm kernel ${name} is not registered`);
  return k.kernelFunc({ inputs, backend, attrs }) as TensorInfo;
}

/** Releases an intermediate result of `run`. */
export function free(backend: BackendWasm, ...infos: TensorInfo[]): void {
  for (const t of infos) backend.disposeData(t.dataId);
}
