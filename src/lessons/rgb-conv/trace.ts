/*
 * The RGB convolution lesson as steps (L11): one filter with a kernel slice per channel slides over
 * the three zero-padded channels; at each position the three channel sums and the bias give ONE
 * output number. Then several filters give several activation maps (L03), and the layer's
 * parameter and multiplication counts next to a fully connected layer (L03, L17).
 */
import {
  type ConvStep,
  type ConvTrace,
  type Tensor,
  conv2d,
  convMults,
  convOutputSize,
  convParams,
  convSteps,
  denseMults,
  denseParams,
  tensor,
} from '../../core';
import type { LayerPreset } from './fixtures';

/** Rows × cols × channels of values, channel first. */
export type Channels = readonly (readonly (readonly number[])[])[];

/** Flattens channel-first nested rows into a `[C, H, W]` tensor. */
export function channelsTensor(channels: Channels): Tensor {
  const C = channels.length;
  const H = C === 0 ? 0 : channels[0].length;
  const W = H === 0 ? 0 : channels[0][0].length;
  const data: number[] = [];
  for (const ch of channels) {
    if (ch.length !== H) throw new RangeError(`every channel needs ${H} rows`);
    for (const row of ch) {
      if (row.length !== W) throw new RangeError(`every row needs ${W} values`);
      data.push(...row);
    }
  }
  return tensor([C, H, W], data);
}

/** The one-filter convolution, step by step. */
export interface RgbTrace {
  conv: ConvTrace;
  /** The output map `[outH, outW]`. */
  output: Tensor;
  /** Per-channel parts of every output (before the bias), `[C, outH, outW]`. */
  channelParts: Tensor;
  steps: ConvStep[];
  /**
   * Row-major flags over the output: true where the window lies inside the slide's visible corner
   * (it does not touch the bottom or right zero border this lesson adds). Those outputs are the
   * lecture's numbers; the others depend on pixels the slide does not show.
   */
  determined: boolean[];
}

/**
 * Runs the lesson's convolution: image `[3, 5, 5]`, kernel `[3, 3, 3]`, zero padding `padding`,
 * stride 1, one bias. The window covering padded rows/cols 0–2 gives 308 + (−498) + 164 + 1 = −25.
 *
 * @example
 * const t = rgbTrace(RGB_IMAGE, RGB_KERNEL, 1, 1);
 * t.steps[0].channelSums; // [308, -498, 164]
 * t.steps[0].result;      // -25
 */
export function rgbTrace(image: Channels, kernel: Channels, bias: number, padding: number): RgbTrace {
  const x = channelsTensor(image);
  const w = channelsTensor(kernel);
  const conv = convSteps(x, w, { padding, bias });
  const [, outH, outW] = conv.outShape;
  const C = x.shape[0];
  const parts = new Float64Array(C * outH * outW);
  for (const s of conv.steps) {
    for (let c = 0; c < C; c++) parts[c * outH * outW + s.row * outW + s.col] = s.channelSums[c];
  }
  const [, H, W] = x.shape;
  const kh = w.shape[1];
  const kw = w.shape[2];
  const determined = conv.steps.map(
    (s) => s.inputOrigin.row + kh <= H && s.inputOrigin.col + kw <= W,
  );
  return {
    conv,
    output: { shape: [outH, outW], data: conv.output.data },
    channelParts: { shape: [C, outH, outW], data: parts },
    steps: conv.steps,
    determined,
  };
}

/** One filter of the filter bank: its three kernel slices, its bias and a name key. */
export interface BankFilter {
  id: 'lecture' | 'brightness' | 'vertical' | 'horizontal' | 'redGreen' | 'blue';
  kernel: Channels;
  bias: number;
}

const centre = (v: number): number[][] => [
  [0, 0, 0],
  [0, v, 0],
  [0, 0, 0],
];
const vertical = [
  [-1, 0, 1],
  [-2, 0, 2],
  [-1, 0, 1],
];
const horizontal = [
  [-1, -2, -1],
  [0, 0, 0],
  [1, 2, 1],
];

/**
 * Filters for "several filters → several activation maps". The first is the lecture's (L11);
 * the others are this app's illustrations (brightness, vertical and horizontal edges, red minus
 * green, blue against the rest), not from the slides.
 */
export function filterBank(lecture: Channels, lectureBias: number): BankFilter[] {
  return [
    { id: 'lecture', kernel: lecture, bias: lectureBias },
    { id: 'brightness', kernel: [centre(1 / 3), centre(1 / 3), centre(1 / 3)], bias: 0 },
    { id: 'vertical', kernel: [vertical, vertical, vertical], bias: 0 },
    { id: 'horizontal', kernel: [horizontal, horizontal, horizontal], bias: 0 },
    { id: 'redGreen', kernel: [centre(1), centre(-1), centre(0)], bias: 0 },
    { id: 'blue', kernel: [centre(-0.5), centre(-0.5), centre(1)], bias: 0 },
  ];
}

/** Largest number of filters the lesson shows at once. */
export const MAX_FILTERS = 6;

/**
 * One activation map per filter: K filters give a `[K, outH, outW]` stack.
 *
 * @example
 * activationMaps(RGB_IMAGE, filterBank(RGB_KERNEL, 1).slice(0, 6), 1).shape; // [6, 5, 5]
 */
export function activationMaps(image: Channels, filters: readonly BankFilter[], padding: number): Tensor {
  const x = channelsTensor(image);
  const C = x.shape[0];
  const K = filters.length;
  const data: number[] = [];
  for (const f of filters) data.push(...channelsTensor(f.kernel).data);
  const kh = filters[0]?.kernel[0]?.length ?? 0;
  const kw = filters[0]?.kernel[0]?.[0]?.length ?? 0;
  const w = tensor([K, C, kh, kw], data);
  return conv2d(x, w, { padding, bias: filters.map((f) => f.bias) });
}

/** Counts of a conv layer and of the fully connected layer that would replace it. */
export interface LayerCounts {
  outSize: number;
  /** The formula `(D − F + 2P)/S + 1` before rounding down. */
  exactOutSize: number;
  weightsPerFilter: number;
  paramsPerFilter: number;
  /** Weights and biases of the conv layer. */
  params: number;
  /** Weights only (the L03 slide's 450). */
  weights: number;
  mults: number;
  /** Inputs and outputs of the equivalent dense layer (every input to every output). */
  fcInputs: number;
  fcOutputs: number;
  /** Weights of the dense layer (no biases, as L03 counts) = its multiplications. */
  fcWeights: number;
  fcMults: number;
}

/**
 * Counts a conv layer (square input and filter) and the fully connected layer with the same
 * input and output sizes. Throws a `RangeError` (from the core) when the filter does not fit.
 *
 * @example
 * layerCounts(PRESET_L17).params;    // 760 (76 per filter)
 * layerCounts(PRESET_L03).fcWeights; // 14450688
 * layerCounts(PRESET_L03).mults;     // 352800
 */
export function layerCounts(p: LayerPreset): LayerCounts {
  const size = convOutputSize(p.size, p.filter, p.padding, p.stride);
  const sizes = { kh: p.filter, kw: p.filter, inC: p.channels, outC: p.filters, outH: size.size, outW: size.size };
  const fcInputs = p.size * p.size * p.channels;
  const fcOutputs = size.size * size.size * p.filters;
  return {
    outSize: size.size,
    exactOutSize: size.exact,
    weightsPerFilter: p.filter * p.filter * p.channels,
    paramsPerFilter: convParams({ ...sizes, outC: 1 }),
    params: convParams(sizes),
    weights: convParams({ ...sizes, bias: false }),
    mults: convMults(sizes),
    fcInputs,
    fcOutputs,
    fcWeights: denseParams({ inputs: fcInputs, outputs: fcOutputs, bias: false }),
    fcMults: denseMults(fcInputs, fcOutputs),
  };
}

/** One step of the lesson's convolution part. */
export interface RgbStep {
  index: number;
  /** `channel`: one channel's sum at the first position; `output`: a whole output cell. */
  kind: 'channel' | 'output';
  /** The channel (kind `channel`). */
  channel: number;
  conv: ConvStep;
}

/**
 * The stepped walk of the convolution: at the first position each channel's sum on its own
 * (308, −498, 164), then the whole output cell (+ bias = −25), then every other output cell.
 *
 * @example
 * const s = rgbSteps(rgbTrace(RGB_IMAGE, RGB_KERNEL, 1, 1));
 * s.length;            // 3 + 25 = 28
 * s[3].conv.result;    // -25
 */
export function rgbSteps(trace: RgbTrace): RgbStep[] {
  const out: RgbStep[] = [];
  const first = trace.steps[0];
  const C = first.channelSums.length;
  for (let c = 0; c < C; c++) out.push({ index: out.length, kind: 'channel', channel: c, conv: first });
  for (const s of trace.steps) out.push({ index: out.length, kind: 'output', channel: -1, conv: s });
  return out;
}
