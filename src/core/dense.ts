import type { Tensor, TensorLike } from './tensor';
import { asFloat64, checkFinite, checkTensor, fail } from './validate';
import { formatShape } from './format';

/**
 * A fully connected (dense) layer, `y = x·W + b`.
 *
 * Layout (as Keras and tfjs): **`W` is `[in, out]`**, so `W[i][o]` connects input `i` to output `o`,
 * and `y[o] = (Σ_i x[i]·W[i][o]) + b[o]`, the terms added in order of `i`, then the bias.
 * `x` is a vector `[in]` (→ `[out]`) or a batch `[N, in]` (→ `[N, out]`); `b` is `[out]` or
 * omitted (zeros). Flatten an image first with {@link flatten}.
 *
 * @example
 * // two inputs, three outputs
 * const W = fromRows([[1, 0, 2],
 *                     [0, 1, 3]]);                     // [in = 2, out = 3]
 * dense(tensor([2], [10, 20]), W, tensor([3], [0.5, 0, 0])).data; // Float64Array [10.5, 20, 80]
 */
export function dense(x: TensorLike, W: TensorLike, b?: TensorLike | ArrayLike<number>): Tensor {
  checkTensor(x, 'input');
  checkTensor(W, 'weight matrix');
  if (W.shape.length !== 2) {
    fail(`the weight matrix must be 2-D [inputs, outputs]; got shape ${formatShape(W.shape)}`);
  }
  const [nIn, nOut] = W.shape;
  let N: number;
  if (x.shape.length === 1) N = 1;
  else if (x.shape.length === 2) N = x.shape[0];
  else {
    return fail(
      `a dense layer takes a vector [inputs] or a batch [N, inputs]; got shape ${formatShape(x.shape)} ` +
        `(flatten it first)`,
    );
  }
  const xin = x.shape[x.shape.length - 1];
  if (xin !== nIn) {
    fail(
      `the input has ${xin} values but the weight matrix (shape ${formatShape(W.shape)} = [inputs, outputs]) ` +
        `expects ${nIn}`,
    );
  }
  let bias: Float64Array | null = null;
  if (b !== undefined) {
    if (b === null || typeof b !== 'object') fail('the bias must be a list or tensor with one number per output');
    const bt: TensorLike = 'shape' in b && 'data' in b ? (b as TensorLike) : { shape: [b.length], data: b };
    checkTensor(bt, 'bias');
    if (bt.data.length !== nOut) fail(`there are ${nOut} outputs but ${bt.data.length} bias values; give one per output`);
    checkFinite(bt, 'bias', 'a dense layer');
    bias = asFloat64(bt.data);
  }
  checkFinite(x, 'input', 'a dense layer');
  checkFinite(W, 'weight matrix', 'a dense layer');
  const xv = asFloat64(x.data);
  const wv = asFloat64(W.data);
  const out = new Float64Array(N * nOut);
  for (let n = 0; n < N; n++) {
    const o0 = n * nOut;
    for (let i = 0; i < nIn; i++) {
      const xi = xv[n * nIn + i];
      if (xi === 0) continue;
      const w0 = i * nOut;
      for (let o = 0; o < nOut; o++) out[o0 + o] += xi * wv[w0 + o];
    }
    if (bias) for (let o = 0; o < nOut; o++) out[o0 + o] += bias[o];
  }
  return { shape: x.shape.length === 1 ? [nOut] : [N, nOut], data: out };
}
