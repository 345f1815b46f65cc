import type { Tensor, TensorLike } from './tensor';
import { asFloat64, checkFinite, checkTensor } from './validate';

/** Applies `f` to every value; shape kept. NaN is refused, ±Infinity is fine for these functions. */
function map(input: TensorLike, name: string, f: (v: number) => number): Tensor {
  checkTensor(input, 'input');
  checkFinite(input, 'input', name, true);
  const x = asFloat64(input.data);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = f(x[i]);
  return { shape: [...input.shape], data: out };
}

/**
 * ReLU, `max(0, x)` for every value: negative evidence becomes 0. Any shape.
 *
 * @example
 * relu(fromRows([[-1, 9, -1]])).data; // Float64Array [0, 9, 0]
 */
export function relu(input: TensorLike): Tensor {
  return map(input, 'ReLU', (v) => (v > 0 ? v : 0));
}

/**
 * Logistic sigmoid, `1 / (1 + e^(−x))` for every value, computed without overflow. Any shape.
 *
 * @example
 * sigmoid(tensor([3], [0, 20, -20])).data; // Float64Array [0.5, 0.9999999979388463, 2.0611536224385583e-9]
 */
export function sigmoid(input: TensorLike): Tensor {
  return map(input, 'the sigmoid', (v) => {
    if (v >= 0) return 1 / (1 + Math.exp(-v));
    const e = Math.exp(v);
    return e / (1 + e);
  });
}

/**
 * Hyperbolic tangent for every value (between −1 and 1). Any shape.
 *
 * @example
 * tanh(tensor([2], [0, 1])).data; // Float64Array [0, 0.7615941559557649]
 */
export function tanh(input: TensorLike): Tensor {
  return map(input, 'tanh', Math.tanh);
}
