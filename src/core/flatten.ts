import type { Tensor, TensorLike } from './tensor';
import { checkTensor } from './validate';

/**
 * Flattens any tensor into a vector in row-major order (last axis fastest), as Keras'
 * `Flatten` does on channels-last data and as PyTorch's `flatten` does on `[C, H, W]`.
 *
 * @example
 * // L24
 * flatten(fromRows([[1, 1, 0], [4, 2, 1], [0, 2, 1]])).data; // Float64Array [1,1,0,4,2,1,0,2,1]
 */
export function flatten(input: TensorLike): Tensor {
  checkTensor(input, 'input');
  return { shape: [input.data.length], data: Float64Array.from(input.data) };
}
