/*
 * The 1×1 convolution and GoogLeNet's bottleneck (LESSONS.md L20), counted by the core.
 */
import { convMults, convParams } from '../../core';

/** The 5×5 example of the lecture: 14×14×480 in, 48 filters of 5×5, reduced first to 16 channels by 1×1 filters. */
export interface BottleneckSetting {
  /** Height = width of the map. */
  size: number;
  cin: number;
  cout: number;
  kernel: number;
  reduce: number;
}

export const BOTTLENECK_DEFAULTS: BottleneckSetting = { size: 14, cin: 480, cout: 48, kernel: 5, reduce: 16 };

/** Largest values the calculator accepts. */
export const BOTTLENECK_LIMITS: BottleneckSetting = { size: 512, cin: 4096, cout: 4096, kernel: 11, reduce: 4096 };

export interface BottleneckCounts {
  /** k×k convolution straight on the C_in channels. */
  direct: number;
  /** 1×1 reduction to `reduce` channels. */
  reduce: number;
  /** k×k convolution on the reduced channels. */
  conv: number;
  /** reduce + conv. */
  total: number;
  /** direct / total. */
  ratio: number;
}

/**
 * Multiplications with and without the bottleneck (same padding, stride 1: the map keeps its size).
 *
 * @example
 * bottleneck(BOTTLENECK_DEFAULTS);
 * // { direct: 112896000, reduce: 1505280, conv: 3763200, total: 5268480, ratio: 21.43 }
 */
export function bottleneck(s: BottleneckSetting): BottleneckCounts {
  const out = { outH: s.size, outW: s.size };
  const direct = convMults({ kh: s.kernel, kw: s.kernel, inC: s.cin, outC: s.cout, ...out });
  const reduce = convMults({ kh: 1, kw: 1, inC: s.cin, outC: s.reduce, ...out });
  const conv = convMults({ kh: s.kernel, kw: s.kernel, inC: s.reduce, outC: s.cout, ...out });
  return { direct, reduce, conv, total: reduce + conv, ratio: direct / (reduce + conv) };
}

/** L20 (seed 002): 32 1×1 filters on a 56×56×64 map. */
export const ONE_BY_ONE = { size: 56, cin: 64, filters: 32 };

/**
 * A 1×1 convolution: the map keeps its size, the depth becomes the number of filters.
 *
 * @example
 * oneByOne(ONE_BY_ONE); // { outShape: [56, 56, 32], params: 2080, mults: 6422528 }
 */
export function oneByOne(s: { size: number; cin: number; filters: number }) {
  const sizes = { kh: 1, kw: 1, inC: s.cin, outC: s.filters, outH: s.size, outW: s.size };
  return { outShape: [s.size, s.size, s.filters], params: convParams(sizes), mults: convMults(sizes) };
}
