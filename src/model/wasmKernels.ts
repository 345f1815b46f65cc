/**
 * Training kernels for the tfjs wasm backend (tfjs-backend-wasm 4.22).
 *
 * - `Conv2DBackpropFilter` is missing from the wasm backend, so a conv net cannot train on it. The
 *   filter gradient is itself a forward convolution: dW[i,j,ci,co] = Σ_{b,y,x} Xpad[b, y·s+i, x·s+j, ci]
 *   · dY[b,y,x,co], i.e. the input with its batch taken as channels ([ci, H, W, b]) convolved with
 *   dY as a filter ([oh, ow, b, co], dilation = stride).
 * - Its `Conv2DBackpropInput` is about 6× slower than its forward Conv2D. The input gradient is a
 *   forward ("full") convolution of the zero-stuffed, padded dY with the kernel flipped in space and
 *   with its channel axes swapped.
 * - Its `BatchMatMul` with a transposed operand is 5–20× slower than transposing first.
 * - Its `MaxPoolGrad` takes about a third of a LeNet-5 step (9 ms of 30 for the 28×28×6 pool at
 *   batch 64); a plain loop over the pooling windows on the wasm heap takes about 1 ms. Same rule
 *   as tfjs's cpu backend: the gradient goes to the first maximum of each window (row-major).
 * - A conv layer's bias `Add` and its gradient's `Sum` (wasmKernels/channelOps.ts), and `Identity`,
 *   which copied whole activations.
 *
 * Padding goes to the conv itself where it can: the backend's PadV2 is slow on few channels (1.2 ms
 * to pad a [64,28,28,1] batch). With these, a LeNet-5 training step at batch 64 (one thread) takes
 * about 13–15% less time than with the four kernels above alone (alternating runs, 2 cores).
 *
 * `registerWasmTrainingKernels()` registers replacements (backendName 'wasm') built from the wasm
 * backend's own fast kernels (Conv2D/XNNPACK, BatchMatMul, Transpose, Reverse, PadV2, Slice,
 * Reshape). Each is checked against the cpu backend in tests/model/wasmKernels.test.ts and
 * tests/model/wasmChannelOps.test.ts.
 */
import '@tensorflow/tfjs-backend-wasm';
import {
  Add,
  backend_util,
  BatchMatMul,
  Conv2D,
  Conv2DBackpropFilter,
  Conv2DBackpropInput,
  getKernel,
  Identity,
  MaxPoolGrad,
  PadV2,
  registerKernel,
  Reshape,
  Reverse,
  Slice,
  Sum,
  Transpose,
  unregisterKernel,
  type KernelConfig,
  type KernelFunc,
  type NamedAttrMap,
  type TensorInfo,
} from '@tensorflow/tfjs-core';
import type { BackendWasm } from '@tensorflow/tfjs-backend-wasm';
import { free, run, WASM } from './wasmKernels/calls';
import { makeChannelAdd, makeLeadingSum } from './wasmKernels/channelOps';

/** Pads (positive amounts) or crops (negative amounts) rows and columns of an NHWC tensor. */
function padOrCrop(backend: BackendWasm, x: TensorInfo, top: number, bottom: number, left: number, right: number): TensorInfo {
  let cur = x;
  let owned = false;
  const [n, h, w, c] = cur.shape;
  if (top < 0 || bottom < 0 || left < 0 || right < 0) {
    const t0 = Math.max(0, -top);
    const l0 = Math.max(0, -left);
    const size = [n, h - t0 - Math.max(0, -bottom), w - l0 - Math.max(0, -right), c];
    cur = run(Slice, backend, { x: cur }, { begin: [0, t0, l0, 0], size });
    owned = true;
  }
  const pt = Math.max(0, top);
  const pb = Math.max(0, bottom);
  const pl = Math.max(0, left);
  const pr = Math.max(0, right);
  if (pt + pb + pl + pr > 0) {
    const padded = run(PadV2, backend, { x: cur }, { paddings: [[0, 0], [pt, pb], [pl, pr], [0, 0]], constantValue: 0 });
    if (owned) free(backend, cur);
    cur = padded;
    owned = true;
  }
  return owned ? cur : run(Reshape, backend, { x: cur }, { shape: cur.shape });
}

/**
 * Inserts s−1 zeros after every row (and column) of an NHWC tensor: [n,h,w,c] → [n,h·sh,w·sw,c]
 * (the trailing zeros included).
 */
function zeroStuff(backend: BackendWasm, x: TensorInfo, sh: number, sw: number): TensorInfo {
  const [n, h, w, c] = x.shape;
  if (sh === 1 && sw === 1) return run(Reshape, backend, { x }, { shape: x.shape });
  const six = run(Reshape, backend, { x }, { shape: [n, h, 1, w, 1, c] });
  const padded = run(PadV2, backend, { x: six }, { paddings: [[0, 0], [0, 0], [0, sh - 1], [0, 0], [0, sw - 1], [0, 0]], constantValue: 0 });
  free(backend, six);
  const out = run(Reshape, backend, { x: padded }, { shape: [n, h * sh, w * sw, c] });
  free(backend, padded);
  return out;
}

function isChannelsLast(dataFormat: unknown): boolean {
  return dataFormat === undefined || dataFormat === 'NHWC' || dataFormat === 'channelsLast';
}

/**
 * dW of conv2d (NHWC): a forward convolution of x (batch as channels) with dy as the filter.
 * Inputs {x, dy}; attrs {strides, pad, dataFormat, dimRoundingMode, filterShape}.
 */
export const conv2DBackpropFilterWasm: KernelFunc = ({ inputs, backend, attrs }) => {
  const b = backend as BackendWasm;
  const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
  const a = attrs as unknown as {
    strides: number | [number, number];
    pad: backend_util.ExplicitPadding | 'valid' | 'same' | number;
    dataFormat: 'NHWC' | 'NCHW';
    dimRoundingMode?: 'floor' | 'round' | 'ceil';
    filterShape: [number, number, number, number];
  };
  if (!isChannelsLast(a.dataFormat)) throw new Error('wasm Conv2DBackpropFilter supports NHWC only');
  const info = backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number], a.filterShape, a.strides, 1, a.pad, a.dimRoundingMode, false, 'channelsLast');
  const { filterHeight: fh, filterWidth: fw, strideHeight: sh, strideWidth: sw, inHeight, inWidth, outHeight, outWidth } = info;
  const { top, left } = info.padInfo;
  // Rows/columns of x (padded) that the windows cover: (out−1)·s + f. Negative: rows the windows never reach.
  const bottom = fh + (outHeight - 1) * sh - inHeight - top;
  const right = fw + (outWidth - 1) * sw - inWidth - left;
  const xT = run(Transpose, b, { x }, { perm: [3, 1, 2, 0] }); // [ci, H, W, batch]
  const dyT = run(Transpose, b, { x: dy }, { perm: [1, 2, 0, 3] }); // [oh, ow, batch, co]
  // The conv pads x itself (a PadV2 of a 1-channel x costs 1.2 ms of a 4.4 ms LeNet-5 first layer);
  // rows it never reaches are computed too and cropped from the small result.
  const conv = run(Conv2D, b, { x: xT, filter: dyT }, {
    strides: [1, 1], pad: [[0, 0], [top, Math.max(0, bottom)], [left, Math.max(0, right)], [0, 0]], dataFormat: 'NHWC', dilations: [sh, sw], dimRoundingMode: undefined,
  } as unknown as NamedAttrMap); // [ci, fh + max(0, −bottom), fw + max(0, −right), co]
  free(b, xT, dyT);
  const cropped = bottom < 0 || right < 0 ? run(Slice, b, { x: conv }, { begin: [0, 0, 0, 0], size: [conv.shape[0], fh, fw, conv.shape[3]] }) : conv;
  const out = run(Transpose, b, { x: cropped }, { perm: [1, 2, 0, 3] }); // [fh, fw, ci, co]
  free(b, conv);
  if (cropped !== conv) free(b, cropped);
  return out;
};

/**
 * dX of conv2d (NHWC): a full convolution of the zero-stuffed dy with the spatially flipped filter,
 * in/out channels swapped. Inputs {dy, filter}; attrs {inputShape, strides, pad, dataFormat,
 * dimRoundingMode}. Falls back to the original kernel for NCHW.
 */
function makeConv2DBackpropInput(original: KernelFunc): KernelFunc {
  return (args) => {
    const { inputs, backend, attrs } = args;
    const b = backend as BackendWasm;
    const { dy, filter } = inputs as { dy: TensorInfo; filter: TensorInfo };
    const a = attrs as unknown as {
      inputShape: [number, number, number, number];
      strides: number | [number, number];
      pad: backend_util.ExplicitPadding | 'valid' | 'same' | number;
      dataFormat: 'NHWC' | 'NCHW';
      dimRoundingMode?: 'floor' | 'round' | 'ceil';
    };
    if (!isChannelsLast(a.dataFormat)) return original(args);
    const info = backend_util.computeConv2DInfo(
      a.inputShape, filter.shape as [number, number, number, number], a.strides, 1, a.pad, a.dimRoundingMode, false, 'channelsLast');
    const { filterHeight: fh, filterWidth: fw, strideHeight: sh, strideWidth: sw, inHeight, inWidth } = info;
    const stuffed = zeroStuff(b, dy, sh, sw); // [n, oh·sh, ow·sw, co]
    const top = fh - 1 - info.padInfo.top;
    const left = fw - 1 - info.padInfo.left;
    const bottom = inHeight + fh - 1 - stuffed.shape[1] - top;
    const right = inWidth + fw - 1 - stuffed.shape[2] - left;
    // Padding amounts ≥ 0 (the usual case) are left to the conv itself, which saves a PadV2 pass.
    const convPads = top >= 0 && bottom >= 0 && left >= 0 && right >= 0;
    const dyPad = convPads ? stuffed : padOrCrop(b, stuffed, top, bottom, left, right);
    if (!convPads) free(b, stuffed);
    const flipped = run(Reverse, b, { x: filter }, { dims: [0, 1] });
    const swapped = run(Transpose, b, { x: flipped }, { perm: [0, 1, 3, 2] }); // [fh, fw, co, ci]
    free(b, flipped);
    const out = run(Conv2D, b, { x: dyPad, filter: swapped }, {
      strides: [1, 1], pad: convPads ? [[0, 0], [top, bottom], [left, right], [0, 0]] : 'valid', dataFormat: 'NHWC', dilations: [1, 1], dimRoundingMode: undefined,
    } as unknown as NamedAttrMap);
    free(b, dyPad, swapped);
    return out;
  };
}

/** BatchMatMul that transposes a transposed operand first, then multiplies without transposes. */
function makeBatchMatMul(original: KernelFunc): KernelFunc {
  return (args) => {
    const { inputs, backend, attrs } = args;
    const b = backend as BackendWasm;
    const { a, b: bb } = inputs as { a: TensorInfo; b: TensorInfo };
    const { transposeA, transposeB } = attrs as { transposeA: boolean; transposeB: boolean };
    if (!transposeA && !transposeB) return original(args);
    const swapLast = (t: TensorInfo): TensorInfo => {
      const perm = t.shape.map((_, i) => i);
      const r = perm.length;
      [perm[r - 2], perm[r - 1]] = [perm[r - 1], perm[r - 2]];
      return run(Transpose, b, { x: t }, { perm });
    };
    const at = transposeA ? swapLast(a) : a;
    const bt = transposeB ? swapLast(bb) : bb;
    const out = original({ inputs: { a: at, b: bt }, backend, attrs: { ...attrs, transposeA: false, transposeB: false } }) as TensorInfo;
    if (transposeA) free(b, at);
    if (transposeB) free(b, bt);
    return out;
  };
}

/**
 * dX of max pooling (NHWC): each window's dy goes to the window's first maximum (row-major, as the
 * cpu backend does), summed where windows overlap. Inputs {dy, input, output}; attrs {filterSize,
 * strides, pad, dimRoundingMode}. Runs on views of the wasm heap.
 */
export const maxPoolGradWasm: KernelFunc = ({ inputs, backend, attrs }) => {
  const b = backend as BackendWasm;
  const { dy, input } = inputs as { dy: TensorInfo; input: TensorInfo };
  const a = attrs as unknown as {
    filterSize: number | [number, number];
    strides: number | [number, number];
    pad: 'valid' | 'same' | number | backend_util.ExplicitPadding;
    dimRoundingMode?: 'floor' | 'round' | 'ceil';
  };
  const info = backend_util.computePool2DInfo(input.shape as [number, number, number, number], a.filterSize, a.strides, 1, a.pad, a.dimRoundingMode);
  const { batchSize, inHeight, inWidth, inChannels: ch, outHeight, outWidth, strideHeight, strideWidth, effectiveFilterHeight: fh, effectiveFilterWidth: fw } = info;
  const { top, left } = info.padInfo;
  const out = b.makeOutput(input.shape, 'float32');
  // Views after makeOutput: allocating may grow (and so move) the heap.
  const x = b.typedArrayFromHeap(input) as Float32Array;
  const g = b.typedArrayFromHeap(dy) as Float32Array;
  const dx = b.typedArrayFromHeap(out) as Float32Array;
  dx.fill(0);
  const rowX = inWidth * ch;
  const imgX = inHeight * rowX;
  const rowY = outWidth * ch;
  const imgY = outHeight * rowY;
  if (fh === 2 && fw === 2 && strideHeight === 2 && strideWidth === 2 && top === 0 && left === 0 && outHeight * 2 <= inHeight && outWidth * 2 <= inWidth) {
    // The common case (2×2 windows, stride 2, no padding): four reads per window, first maximum wins.
    for (let n = 0; n < batchSize; n++) {
      for (let yr = 0; yr < outHeight; yr++) {
        for (let yc = 0; yc < outWidth; yc++) {
          const p00 = n * imgX + 2 * yr * rowX + 2 * yc * ch;
          const yBase = n * imgY + yr * rowY + yc * ch;
          for (let d = 0; d < ch; d++) {
            const i0 = p00 + d;
            const i1 = i0 + ch;
            const i2 = i0 + rowX;
            const i3 = i2 + ch;
            let at = -1;
            let best = -Infinity;
            if (x[i0] > best) { best = x[i0]; at = i0; }
            if (x[i1] > best) { best = x[i1]; at = i1; }
            if (x[i2] > best) { best = x[i2]; at = i2; }
            if (x[i3] > best) at = i3;
            if (at >= 0) dx[at] += g[yBase + d];
          }
        }
      }
    }
    return out;
  }
  for (let n = 0; n < batchSize; n++) {
    for (let yr = 0; yr < outHeight; yr++) {
      const r0 = Math.max(0, yr * strideHeight - top);
      const r1 = Math.min(inHeight, yr * strideHeight - top + fh);
      for (let yc = 0; yc < outWidth; yc++) {
        const c0 = Math.max(0, yc * strideWidth - left);
        const c1 = Math.min(inWidth, yc * strideWidth - left + fw);
        const yBase = n * imgY + yr * rowY + yc * ch;
        for (let d = 0; d < ch; d++) {
          let best = -Infinity;
          let at = -1;
          for (let r = r0; r < r1; r++) {
            const rowBase = n * imgX + r * rowX + d;
            for (let c = c0; c < c1; c++) {
              const v = x[rowBase + c * ch];
              if (v > best) {
                best = v;
                at = rowBase + c * ch;
              }
            }
          }
          if (at >= 0) dx[at] += g[yBase + d];
        }
      }
    }
  }
  return out;
};

/**
 * Identity that shares the input's data (reference-counted, as the wasm Reshape and the cpu
 * backend's Identity do) instead of copying it: tfjs-core's gradients call it on whole activations
 * (three 300k-value copies per LeNet-5 step). Strings keep the original kernel.
 */
function makeIdentity(original: KernelFunc): KernelFunc {
  return (args) => {
    const { x } = args.inputs as { x: TensorInfo };
    if (x.dtype === 'string') return original(args);
    return run(Reshape, args.backend as BackendWasm, { x }, { shape: x.shape });
  };
}

let registered = false;

/** Replaces a registered wasm kernel, keeping its setup function (it binds the wasm exports). */
function override(name: string, make: (original: KernelFunc) => KernelFunc): void {
  const original = getKernel(name, WASM);
  if (!original) throw new Error(`wasm kernel ${name} is not registered`);
  unregisterKernel(name, WASM);
  const config: KernelConfig = { kernelName: name, backendName: WASM, kernelFunc: make(original.kernelFunc) };
  if (original.setupFunc) config.setupFunc = original.setupFunc;
  if (original.disposeFunc) config.disposeFunc = original.disposeFunc;
  registerKernel(config);
}

/**
 * Registers the wasm training kernels (Conv2DBackpropFilter, and faster Conv2DBackpropInput,
 * BatchMatMul, MaxPoolGrad, Add, Sum and Identity). Idempotent; call it before or after the wasm backend initialises.
 *
 * @example registerWasmTrainingKernels(); await tf.setBackend('wasm'); // conv nets now train on wasm
 */
export function registerWasmTrainingKernels(): void {
  if (registered) return;
  registered = true;
  if (!getKernel(Conv2DBackpropFilter, WASM)) {
    registerKernel({ kernelName: Conv2DBackpropFilter, backendName: WASM, kernelFunc: conv2DBackpropFilterWasm });
  }
  override(Conv2DBackpropInput, makeConv2DBackpropInput);
  override(BatchMatMul, makeBatchMatMul);
  override(MaxPoolGrad, () => maxPoolGradWasm);
  override(Add, makeChannelAdd);
  override(Sum, makeLeadingSum);
  override(Identity, makeIdentity);
}
