/**
 * Class activation maps (LESSONS.md L34) from a GAP-CAM model's last conv maps and output weights:
 * M_c(x, y) = Σ_k w_k^c f_k(x, y). Pure arithmetic on flat arrays (no tfjs).
 */

/**
 * The class activation map of class `c`.
 *
 * @param features the last conv layer's maps f_k, flat [h, w, K] (channels last)
 * @param shape [h, w, K]
 * @param weights the output layer's kernel, flat [K, classes] (tfjs Dense layout)
 * @param classes number of classes (10 for MNIST)
 * @returns M_c as a flat [h, w] array; Σ_{x,y} M_c / (h·w) equals the class score S_c when the
 *   output has no bias (global average pooling divides by h·w).
 * @example classActivationMap(f, [7, 7, 64], w, 10, 3) // → Float32Array(49)
 * @throws RangeError when the sizes do not match.
 */
export function classActivationMap(
  features: ArrayLike<number>,
  shape: readonly [number, number, number],
  weights: ArrayLike<number>,
  classes: number,
  c: number,
): Float32Array {
  const [h, w, k] = shape;
  if (features.length !== h * w * k) throw new RangeError(`features hold ${features.length} values, expected ${h}×${w}×${k}`);
  if (weights.length !== k * classes) throw new RangeError(`weights hold ${weights.length} values, expected ${k}×${classes}`);
  if (!Number.isInteger(c) || c < 0 || c >= classes) throw new RangeError(`class ${c} is not in 0…${classes - 1}`);
  const out = new Float32Array(h * w);
  for (let p = 0; p < h * w; p++) {
    let s = 0;
    for (let j = 0; j < k; j++) s += weights[j * classes + c] * features[p * k + j];
    out[p] = s;
  }
  return out;
}
