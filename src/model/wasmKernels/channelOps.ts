/**
 * The two per-channel operations of a conv layer's bias on the wasm backend (tfjs-backend-wasm 4.22),
 * which tfjs-core runs unfused while gradients are recorded:
 *
 * - `Add` of an NHWC tensor and a [C] bias: the backend's broadcasting Add is about 10× slower when
 *   the broadcast vector is as short as a channel axis (0.75 ms for [64,28,28,6] + [6]) than when it
 *   covers a whole image (0.06 ms for [64,4704] + [4704]). So the bias is tiled to the image first.
 * - `Sum` over the leading axes (the bias gradient: over batch, rows and columns): the backend
 *   transposes the summed axes to the end first (0.5 ms for [64,28,28,6]); two small matrix
 *   products on XNNPACK do the same sum (see makeLeadingSum).
 *
 * Both fall back to the original kernel for every other case.
 */
import { BatchMatMul, Reshape, util, type KernelFunc, type TensorInfo } from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { free, run } from './calls';

/** Largest tiled bias (elements): beyond this the tile itself would cost more than it saves. */
const MAX_TILE = 1 << 16;

/** Largest right-hand matmul operand (elements) built or packed per Sum. */
const MAX_FOLD = 1 << 16;

/** True when `v` broadcasts along the last axis of `x` only ([C] or [1,…,1,C]). */
function isChannelVector(x: TensorInfo, v: TensorInfo): boolean {
  const r = x.shape.length;
  if (r < 2 || v.shape.length === 0 || v.shape.length > r) return false;
  const c = x.shape[r - 1];
  const vr = v.shape.length;
  return v.shape[vr - 1] === c && v.shape.slice(0, vr - 1).every((d) => d === 1) && util.sizeFromShape(x.shape) > c;
}

/** Add with a per-channel vector, run as [rows, inner] + tile(vector) [inner]; otherwise the original Add. */
export function makeChannelAdd(original: KernelFunc): KernelFunc {
  return (args) => {
    const b = args.backend as BackendWasm;
    const { a, b: bb } = args.inputs as { a: TensorInfo; b: TensorInfo };
    if (a.dtype !== 'float32' || bb.dtype !== 'float32') return original(args);
    const vectorFirst = isChannelVector(bb, a);
    if (!vectorFirst && !isChannelVector(a, bb)) return original(args);
    const [x, v] = vectorFirst ? [bb, a] : [a, bb];
    const r = x.shape.length;
    const c = x.shape[r - 1];
    // The image (all axes but the first) if small enough, else the fewest trailing axes that fit.
    let inner = c;
    for (let axis = r - 2; axis >= 1 && inner * x.shape[axis] <= MAX_TILE; axis--) inner *= x.shape[axis];
    const rows = util.sizeFromShape(x.shape) / inner;
    // Tiled on the heap: the backend's Tile kernel takes 0.3 ms for 4704 values.
    const tiled = b.makeOutput([inner], 'float32');
    const vs = b.typedArrayFromHeap(v) as Float32Array;
    const ts = b.typedArrayFromHeap(tiled) as Float32Array;
    ts.set(vs);
    for (let filled = c; filled < inner; filled *= 2) ts.copyWithin(filled, 0, Math.min(filled, inner - filled));
    const x2 = run(Reshape, b, { x }, { shape: [rows, inner] });
    const sum = original({ ...args, inputs: vectorFirst ? { a: tiled, b: x2 } : { a: x2, b: tiled } }) as TensorInfo;
    free(b, tiled, x2);
    const out = run(Reshape, b, { x: sum }, { shape: x.shape });
    free(b, sum);
    return out;
  };
}

/**
 * Sum over the first k axes (0 < k < rank) of a float32 tensor x, seen as [M1, M2, R] (R: the kept
 * axes): first [M1, M2·R] × F → [M1, R] with F [M2·R, R] the 0/1 matrix that adds the M2 groups,
 * then ones [1, M1] × that → [1, R]. The wasm matmul packs its right operand afresh for every new
 * tensor (about 4 ns an element), so both right operands are kept small (F: M2·R·R ≤ MAX_FOLD).
 * A NaN or ±Infinity in x spreads to every kept position (0 × Inf = NaN), not only its own.
 * Otherwise the original Sum.
 */
export function makeLeadingSum(original: KernelFunc): KernelFunc {
  return (args) => {
    const b = args.backend as BackendWasm;
    const { x } = args.inputs as { x: TensorInfo };
    const { axis, keepDims } = args.attrs as unknown as { axis: number | number[]; keepDims: boolean };
    const r = x.shape.length;
    if (x.dtype !== 'float32' || util.sizeFromShape(x.shape) === 0) return original(args);
    const axes = [...new Set(util.parseAxisParam(axis, x.shape))].sort((p, q) => p - q);
    const k = axes.length;
    if (k === 0 || k >= r || axes.some((ax, i) => ax !== i)) return original(args);
    const rest = x.shape.slice(k);
    const rSize = util.sizeFromShape(rest);
    let m2 = 1;
    for (let ax = k - 1; ax >= 0 && m2 * x.shape[ax] * rSize * rSize <= MAX_FOLD; ax--) m2 *= x.shape[ax];
    const m1 = util.sizeFromShape(x.shape.slice(0, k)) / m2;
    if (m1 * rSize > MAX_FOLD) return original(args);
    let partial = run(Reshape, b, { x }, { shape: [m1, m2 * rSize] });
    if (m2 > 1) {
      const fold = b.makeOutput([m2 * rSize, rSize], 'float32');
      const f = b.typedArrayFromHeap(fold) as Float32Array;
      f.fill(0);
      for (let row = 0; row < m2 * rSize; row++) f[row * rSize + (row % rSize)] = 1;
      const folded = run(BatchMatMul, b, { a: partial, b: fold }, { transposeA: false, transposeB: false });
      free(b, partial, fold);
      partial = folded;
    }
    const ones = b.makeOutput([1, m1], 'float32');
    (b.typedArrayFromHeap(ones) as Float32Array).fill(1);
    const total = run(BatchMatMul, b, { a: ones, b: partial }, { transposeA: false, transposeB: false });
    free(b, ones, partial);
    const out = run(Reshape, b, { x: total }, { shape: keepDims ? [...axes.map(() => 1), ...rest] : rest });
    free(b, total);
    return out;
  };
}
