/*
 * Class activation maps (Zhou et al. 2016; LESSONS.md L34), pure maths.
 *
 * f_k(x, y): unit k of the last convolutional layer; F_k = Σ_{x,y} f_k(x, y) (the lecture writes
 * global average pooling as a plain sum); S_c = Σ_k w_k^c F_k; M_c(x, y) = Σ_k w_k^c f_k(x, y),
 * so Σ_{x,y} M_c(x, y) = S_c. A real model averages (F̄_k = F_k / (H·W)) and adds a bias b_c:
 * its score is z_c = Σ_k w_k^c F̄_k + b_c = Σ_{x,y} M_c / (H·W) + b_c.
 */
import { classActivationMap } from '../model/cam';

/** Feature maps `[H, W, K]` (channels last, as tfjs gives them) and class weights `[K, N]` (as a dense layer stores them). */
export interface CamLayer {
  /** f: `features[(y * W + x) * K + k]` is f_k(x, y). */
  features: ArrayLike<number>;
  K: number;
  H: number;
  W: number;
  /** w: `weights[k * N + c]` is w_k^c. */
  weights: ArrayLike<number>;
  /** Number of classes N. */
  N: number;
  /** b_c, one per class (0 when left out). */
  bias?: ArrayLike<number>;
}

function check(layer: CamLayer): void {
  const { K, H, W, N } = layer;
  for (const [name, v] of [['K', K], ['H', H], ['W', W], ['N', N]] as const) {
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be a whole number ≥ 1; got ${v}`);
  }
  if (layer.features.length !== K * H * W) {
    throw new RangeError(`${K} feature maps of ${H}×${W} hold ${K * H * W} values, not ${layer.features.length}`);
  }
  if (layer.weights.length !== K * N) {
    throw new RangeError(`the class weights need ${K}×${N} = ${K * N} values, not ${layer.weights.length}`);
  }
  if (layer.bias !== undefined && layer.bias.length !== N) {
    throw new RangeError(`there are ${N} classes but ${layer.bias.length} bias values`);
  }
}

/**
 * M_c(x, y) = Σ_k w_k^c f_k(x, y): the class activation map of class `c`, H×W row-major
 * (computed by src/model/cam.ts).
 *
 * @example
 * // L34: f1 = [[0,1,0],[1,3,1],[0,1,0]], f2 = [[2,1,0],[1,0,0],[0,0,0]], w^cat = (1, 0.5), w^dog = (−0.5, 1)
 * camOf({ features: interleave(f1, f2), K: 2, H: 3, W: 3, weights: [1, -0.5, 0.5, 1], N: 2 }, 0);
 * // Float32Array [1, 1.5, 0, 1.5, 3, 1, 0, 1, 0]  (M_cat, sum 9)
 */
export function camOf(layer: CamLayer, c: number): Float32Array {
  check(layer);
  return classActivationMap(layer.features, [layer.H, layer.W, layer.K], layer.weights, layer.N, c);
}

/** Pooled features and class scores of a GAP layer. */
export interface CamScores {
  /** F_k = Σ_{x,y} f_k(x, y), as L34 writes it. */
  F: Float64Array;
  /** F̄_k = F_k / (H·W), what global average pooling gives. */
  Fmean: Float64Array;
  /** S_c = Σ_k w_k^c F_k (L34's score, no bias). */
  S: Float64Array;
  /** z_c = Σ_k w_k^c F̄_k + b_c: the model's score before softmax. */
  z: Float64Array;
}

/**
 * The class scores of a global-pooling layer, both as L34 writes them (plain sums, no bias) and as
 * the model computes them (averages, plus bias).
 *
 * @example
 * classScores(l34Layer).S; // Float64Array [9, 0.5]
 */
export function classScores(layer: CamLayer): CamScores {
  check(layer);
  const { features, K, H, W, weights, N, bias } = layer;
  const plane = H * W;
  const F = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    let s = 0;
    for (let p = 0; p < plane; p++) s += features[p * K + k];
    F[k] = s;
  }
  const Fmean = F.map((v) => v / plane);
  const S = new Float64Array(N);
  const z = new Float64Array(N);
  for (let c = 0; c < N; c++) {
    let s = 0, m = 0;
    for (let k = 0; k < K; k++) {
      s += weights[k * N + c] * F[k];
      m += weights[k * N + c] * Fmean[k];
    }
    S[c] = s;
    z[c] = m + (bias ? bias[c] : 0);
  }
  return { F, Fmean, S, z };
}

/**
 * Resizes an H×W map to outH×outW by bilinear interpolation between pixel centres (the edges
 * repeat), as CAM is upsampled to the image size.
 *
 * @example
 * upsampleBilinear([0, 1], 1, 2, 1, 4); // Float64Array [0, 0.25, 0.75, 1]
 */
export function upsampleBilinear(map: ArrayLike<number>, H: number, W: number, outH: number, outW: number): Float64Array {
  if (map.length !== H * W) throw new RangeError(`an ${H}×${W} map holds ${H * W} values, not ${map.length}`);
  const out = new Float64Array(outH * outW);
  const sy = H / outH;
  const sx = W / outW;
  for (let r = 0; r < outH; r++) {
    const y = Math.max(0, Math.min(H - 1, (r + 0.5) * sy - 0.5));
    const y0 = Math.floor(y);
    const y1 = Math.min(H - 1, y0 + 1);
    const fy = y - y0;
    for (let c = 0; c < outW; c++) {
      const x = Math.max(0, Math.min(W - 1, (c + 0.5) * sx - 0.5));
      const x0 = Math.floor(x);
      const x1 = Math.min(W - 1, x0 + 1);
      const fx = x - x0;
      const top = map[y0 * W + x0] * (1 - fx) + map[y0 * W + x1] * fx;
      const bot = map[y1 * W + x0] * (1 - fx) + map[y1 * W + x1] * fx;
      out[r * outW + c] = top * (1 - fy) + bot * fy;
    }
  }
  return out;
}

/**
 * Sum of all values.
 *
 * @example
 * total([1, 1.5, 0, 1.5, 3, 1, 0, 1, 0]); // 9
 */
export function total(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}
