import type { Tensor, TensorLike } from './tensor';
import { asFloat64, checkTensor, fail } from './validate';
import { formatValue } from './format';

/**
 * Softmax along the last axis: `e^(x_i − max) / Σ_j e^(x_j − max)`. Subtracting the largest value
 * first keeps it exact for inputs such as `[1000, 1001]`. A vector `[n]` gives a vector; a
 * matrix `[N, n]` gives one distribution per row. `-Infinity` entries get probability 0;
 * NaN, `+Infinity` and an all-`-Infinity` row are refused.
 *
 * @example
 * softmax(tensor([2], [1000, 1001])).data; // Float64Array [0.2689414213699951, 0.7310585786300049]
 * softmax(tensor([3], [0, 0, 0])).data;    // each 1/3
 */
export function softmax(input: TensorLike): Tensor {
  checkTensor(input, 'input');
  const shape = input.shape;
  if (shape.length === 0) fail('softmax needs at least one axis (a vector of scores)');
  const n = shape[shape.length - 1];
  if (n === 0) fail('softmax needs at least one score per row');
  const x = asFloat64(input.data);
  const out = new Float64Array(x.length);
  for (let start = 0; start < x.length; start += n) {
    let m = -Infinity;
    for (let i = start; i < start + n; i++) {
      const v = x[i];
      if (Number.isNaN(v) || v === Infinity) {
        fail(`softmax cannot work with ${formatValue(v)} (score ${i - start} of row ${start / n})`);
      }
      if (v > m) m = v;
    }
    if (m === -Infinity) fail(`softmax needs at least one finite score; row ${start / n} is all -Infinity`);
    let s = 0;
    for (let i = start; i < start + n; i++) {
      const e = Math.exp(x[i] - m);
      out[i] = e;
      s += e;
    }
    for (let i = start; i < start + n; i++) out[i] /= s;
  }
  return { shape: [...shape], data: out };
}
