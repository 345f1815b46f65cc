/** Helpers of the wasm kernel checks (wasmKernels.test.ts, wasmChannelOps.test.ts): seeded inputs and a relative comparison. */
import { expect } from 'vitest';

/** Deterministic pseudo-random numbers in [-1, 1) (a linear congruential generator). */
export function rand(n: number, seed: number): Float32Array {
  let s = seed >>> 0;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    s = (s * 1664525 + 1013904223) >>> 0;
    out[i] = s / 2 ** 31 - 1;
  }
  return out;
}

/** Same length, and the largest difference under `tol` × the largest expected magnitude (at least 1). */
export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  let scale = 1;
  for (let i = 0; i < expected.length; i++) {
    worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
    scale = Math.max(scale, Math.abs(expected[i]));
  }
  expect(worst / scale).toBeLessThan(tol);
}
