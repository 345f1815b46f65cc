/*
 * The why-cnn lesson's arithmetic (LESSONS.md L01–L05), computed with the core's counting
 * functions: a dense layer on a flattened image, fully connected vs convolution, the toy network,
 * and the digit moved by whole pixels.
 */
import { conv2d, convMults, convOutputSize, convParams, denseMults, denseParams, fromRows, toRows } from '../../core';
import { FC_VS_CONV, TOY_KERNEL, TOY_SIDES, type MlpSetting } from './fixtures';

/** What a dense layer on a flattened H×W×C image costs. */
export interface MlpCounts {
  /** H·W·C: one input per number of the image. */
  inputs: number;
  /** Weights of one neuron (= inputs). */
  weightsPerNeuron: number;
  /** Weights plus one bias. */
  paramsPerNeuron: number;
  /** (H·W·C + 1)·neurons. */
  layerParams: number;
  /** One multiplication per weight: H·W·C·neurons. */
  mults: number;
}

/** Largest values the calculator accepts (the products stay exact in a double). */
export const MLP_LIMITS: MlpSetting = { height: 10000, width: 10000, channels: 64, neurons: 10000 };

/**
 * Counts of a dense layer on a flattened image.
 *
 * @example
 * mlpCounts({ height: 1080, width: 1920, channels: 3, neurons: 1 }).weightsPerNeuron; // 6220800 (L01)
 * mlpCounts({ height: 200, width: 200, channels: 3, neurons: 64 }).layerParams;      // 7680064 (L02)
 */
export function mlpCounts(s: MlpSetting): MlpCounts {
  const inputs = s.height * s.width * s.channels;
  return {
    inputs,
    weightsPerNeuron: inputs,
    paramsPerNeuron: denseParams({ inputs, outputs: 1 }),
    layerParams: denseParams({ inputs, outputs: s.neurons }),
    mults: denseMults({ inputs, outputs: s.neurons }),
  };
}

/** L03: fully connected vs convolution from 32×32×3 to 28×28×6. */
export interface FcVsConv {
  inputs: number;
  outSide: number;
  outputs: number;
  fcParams: number;
  fcMults: number;
  /** Weights of one 5×5×3 filter (one output is a 75-number dot product). */
  filterWeights: number;
  convParams: number;
  convParamsWithBias: number;
  convMults: number;
}

/**
 * @example
 * fcVsConv().fcParams;   // 14450688
 * fcVsConv().convMults;  // 352800
 */
export function fcVsConv(): FcVsConv {
  const { side, channels, kernel, filters } = FC_VS_CONV;
  const outSide = convOutputSize(side, kernel, 0, 1).size;
  const inputs = side * side * channels;
  const outputs = outSide * outSide * filters;
  const sizes = { kh: kernel, kw: kernel, inC: channels, outC: filters, outH: outSide, outW: outSide };
  return {
    inputs,
    outSide,
    outputs,
    fcParams: denseParams({ inputs, outputs, bias: false }),
    fcMults: denseMults({ inputs, outputs }),
    filterWeights: kernel * kernel * channels,
    convParams: convParams({ ...sizes, bias: false }),
    convParamsWithBias: convParams(sizes),
    convMults: convMults(sizes),
  };
}

/** One connection of the toy network (L04), from a layer of side `from` to one of side `to`. */
export interface ToyLink {
  from: number;
  to: number;
  /** Fully connected: from²·to² weights. */
  fc: number;
  /** Its biases (one per output neuron). */
  fcBias: number;
  /** One 3×3 filter: 9 shared weights. */
  conv1: number;
  /** The slide's "two filters": 2·9, each filter on one map. */
  conv2: number;
  /** Two filters with the two maps stacked as channels (3·3·C_in·C_out). */
  stacked: number;
}

/** The toy network's links and totals. */
export interface ToyNetwork {
  links: ToyLink[];
  fc: number;
  fcWithBias: number;
  conv1: number;
  conv2: number;
  stacked: number;
}

/**
 * @example
 * toyNetwork().fc;      // 881 (biases ignored, as on the slide)
 * toyNetwork().conv1;   // 36
 * toyNetwork().conv2;   // 72
 * toyNetwork().stacked; // 126 (18 + 3·36)
 */
export function toyNetwork(): ToyNetwork {
  const k = TOY_KERNEL;
  const links: ToyLink[] = [];
  for (let i = 0; i + 1 < TOY_SIDES.length; i++) {
    const from = TOY_SIDES[i];
    const to = TOY_SIDES[i + 1];
    links.push({
      from,
      to,
      fc: denseParams({ inputs: from * from, outputs: to * to, bias: false }),
      fcBias: to * to,
      conv1: convParams({ kh: k, kw: k, inC: 1, outC: 1, bias: false }),
      conv2: 2 * convParams({ kh: k, kw: k, inC: 1, outC: 1, bias: false }),
      stacked: convParams({ kh: k, kw: k, inC: i === 0 ? 1 : 2, outC: 2, bias: false }),
    });
  }
  const sum = (f: (l: ToyLink) => number) => links.reduce((s, l) => s + f(l), 0);
  return {
    links,
    fc: sum((l) => l.fc),
    fcWithBias: sum((l) => l.fc + l.fcBias),
    conv1: sum((l) => l.conv1),
    conv2: sum((l) => l.conv2),
    stacked: sum((l) => l.stacked),
  };
}

/** The largest shift the lesson allows in each direction. */
export const MAX_SHIFT = 3;

/**
 * The grid moved by whole pixels (`dx` > 0 to the right, `dy` > 0 down); cells that come in from
 * outside take `fill` (the background, −1).
 *
 * @example
 * shiftRows([[1, 2], [3, 4]], -1, 0, 0); // [[2, 0], [4, 0]]
 */
export function shiftRows(rows: readonly (readonly number[])[], dx: number, dy: number, fill: number): number[][] {
  const h = rows.length;
  const w = rows[0]?.length ?? 0;
  return Array.from({ length: h }, (_, r) =>
    Array.from({ length: w }, (_, c) => {
      const sr = r - dy;
      const sc = c - dx;
      return sr >= 0 && sr < h && sc >= 0 && sc < w ? rows[sr][sc] : fill;
    }),
  );
}

/**
 * Row-major indices (as an MLP numbers its inputs) where two grids differ.
 *
 * @example
 * changedInputs([[1, 2]], [[1, 3]]); // [1]
 */
export function changedInputs(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number[] {
  const out: number[] = [];
  const w = a[0]?.length ?? 0;
  a.forEach((row, r) => row.forEach((v, c) => {
    if (v !== b[r][c]) out.push(r * w + c);
  }));
  return out;
}

/**
 * The feature map of a ±1 grid under a ±1 filter: the mean of the products of every valid window
 * (L06), computed by the core's conv2d.
 *
 * @example
 * meanOfProducts(DIGIT9, LOOP_FILTER)[0][1]; // 1 (the 9's upper loop)
 */
export function meanOfProducts(rows: readonly (readonly number[])[], filter: readonly (readonly number[])[]): number[][] {
  const n = filter.length * (filter[0]?.length ?? 0);
  return toRows(conv2d(fromRows(rows), fromRows(filter))).map((r) => r.map((v) => v / n));
}
