// rgb-conv trace against LESSONS.md L11 (308, −498, 164, + bias 1 = −25; the 4×4 output corner and
// its per-channel parts), L03 (14,450,688 vs 450; 352,800 multiplies) and L17 (76, 760, 32×32×10).
import { describe, expect, it } from 'vitest';
import {
  CHANNEL_PARTS_CORNER,
  FIRST_CHANNEL_SUMS,
  FIRST_OUTPUT,
  L03_CONV_MULTIPLIES,
  L03_CONV_WEIGHTS,
  L03_FC_PARAMS,
  L17_PARAMS,
  L17_PARAMS_PER_FILTER,
  OUTPUT_CORNER,
  PRESET_L03,
  PRESET_L17,
  RGB_BIAS,
  RGB_IMAGE,
  RGB_KERNEL,
  RGB_PADDING,
} from '../../src/lessons/rgb-conv/fixtures';
import { MAX_FILTERS, activationMaps, filterBank, layerCounts, rgbSteps, rgbTrace } from '../../src/lessons/rgb-conv/trace';
import { type TensorLike, toRows } from '../../src/core';

/** One channel of a `[C, H, W]` tensor as rows. */
const channel = (t: TensorLike, c: number): number[][] => {
  const [, H, W] = t.shape;
  return Array.from({ length: H }, (_, r) => Array.from({ length: W }, (_, q) => t.data[(c * H + r) * W + q]));
};
const corner = (m: number[][], n: number): number[][] => m.slice(0, n).map((r) => r.slice(0, n));
const rows = (t: TensorLike): number[][] => toRows(t);

describe('rgbTrace — L11', () => {
  const t = rgbTrace(RGB_IMAGE, RGB_KERNEL, RGB_BIAS, RGB_PADDING);

  it('first window (padded rows/cols 0–2): channel sums 308, −498, 164; + bias 1 = −25', () => {
    const s = t.steps[0];
    expect(s.channelSums).toEqual(FIRST_CHANNEL_SUMS);
    expect(s.bias).toBe(1);
    expect(s.sum).toBe(-26);
    expect(s.result).toBe(FIRST_OUTPUT);
  });

  it('red products [[0,0,0],[0,156,-155],[0,153,154]]; green [[0,0,0],[0,-167,-166],[0,0,-165]]; blue [[0,0,0],[0,163,0],[0,-160,161]]', () => {
    const p = Array.from(t.steps[0].products.data);
    expect(p.slice(0, 9)).toEqual([0, 0, 0, 0, 156, -155, 0, 153, 154]);
    expect(p.slice(9, 18)).toEqual([0, 0, 0, 0, -167, -166, 0, 0, -165]);
    expect(p.slice(18, 27)).toEqual([0, 0, 0, 0, 163, 0, 0, -160, 161]);
  });

  it('the 4×4 corner the visible pixels determine is the lecture\'s output', () => {
    expect(t.output.shape).toEqual([5, 5]);
    expect(corner(rows(t.output), 4)).toEqual(OUTPUT_CORNER);
  });

  it('per-channel parts of the corner as listed', () => {
    for (let c = 0; c < 3; c++) expect(corner(channel(t.channelParts, c), 4)).toEqual(CHANNEL_PARTS_CORNER[c]);
  });

  it('exactly the outputs of rows/cols 0–3 are determined by the visible pixels', () => {
    const det = t.determined;
    expect(det.length).toBe(25);
    det.forEach((d, i) => expect(d).toBe(Math.floor(i / 5) < 4 && i % 5 < 4));
  });

  it('a flipped kernel (true convolution) would give 337, not −25', () => {
    const flipped = RGB_KERNEL.map((k) => [...k].reverse().map((r) => [...r].reverse()));
    expect(rgbTrace(RGB_IMAGE, flipped, RGB_BIAS, RGB_PADDING).steps[0].result).toBe(337);
  });

  it('editing a kernel cell or the bias changes the output', () => {
    const k = RGB_KERNEL.map((ch) => ch.map((r) => [...r]));
    k[0][1][1] = 2; // red centre ×2: adds 156 more at (0,0)
    expect(rgbTrace(RGB_IMAGE, k, RGB_BIAS, RGB_PADDING).steps[0].result).toBe(FIRST_OUTPUT + 156);
    expect(rgbTrace(RGB_IMAGE, RGB_KERNEL, 0, RGB_PADDING).steps[0].result).toBe(-26);
  });
});

describe('several filters → several activation maps', () => {
  const bank = filterBank(RGB_KERNEL, RGB_BIAS);
  it('1 filter → 1 map; 6 filters → 6 maps', () => {
    expect(activationMaps(RGB_IMAGE, bank.slice(0, 1), 1).shape).toEqual([1, 5, 5]);
    expect(activationMaps(RGB_IMAGE, bank.slice(0, MAX_FILTERS), 1).shape).toEqual([6, 5, 5]);
  });
  it('the first map is the lecture\'s output', () => {
    const maps = activationMaps(RGB_IMAGE, bank, 1);
    expect(corner(channel(maps, 0), 4)).toEqual(OUTPUT_CORNER);
  });
});

describe('layerCounts — L17, L03', () => {
  it('L17: 5·5·3 + 1 = 76 per filter, ×10 = 760; output 32×32×10', () => {
    const c = layerCounts(PRESET_L17);
    expect(c.weightsPerFilter).toBe(75);
    expect(c.paramsPerFilter).toBe(L17_PARAMS_PER_FILTER);
    expect(c.params).toBe(L17_PARAMS);
    expect(c.outSize).toBe(32);
    expect(c.mults).toBe(75 * 32 * 32 * 10);
  });
  it('L03: conv 450 weights (456 with biases), 352,800 multiplies, 28×28×6; FC 3072 × 4704 = 14,450,688', () => {
    const c = layerCounts(PRESET_L03);
    expect(c.outSize).toBe(28);
    expect(c.weights).toBe(L03_CONV_WEIGHTS);
    expect(c.params).toBe(456);
    expect(c.mults).toBe(L03_CONV_MULTIPLIES);
    expect(c.fcInputs).toBe(3072);
    expect(c.fcOutputs).toBe(4704);
    expect(c.fcWeights).toBe(L03_FC_PARAMS);
    expect(c.fcMults).toBe(L03_FC_PARAMS);
  });
  it('L17 formula (28 − 5 + 2·2)/1 + 1 = 28', () => {
    expect(layerCounts({ size: 28, channels: 1, filter: 5, filters: 1, padding: 2, stride: 1 }).outSize).toBe(28);
  });
  it('a filter larger than the padded input throws a RangeError', () => {
    expect(() => layerCounts({ ...PRESET_L03, filter: 40 })).toThrow(RangeError);
  });
});

describe('rgbSteps', () => {
  it('red, green and blue of the first window on their own, then the 25 output cells', () => {
    const s = rgbSteps(rgbTrace(RGB_IMAGE, RGB_KERNEL, RGB_BIAS, RGB_PADDING));
    expect(s.length).toBe(28);
    expect(s.slice(0, 3).map((x) => x.conv.channelSums[x.channel])).toEqual([308, -498, 164]);
    expect(s[3].kind).toBe('output');
    expect(s[3].conv.result).toBe(-25);
    expect(s[27].conv.row).toBe(4);
    expect(s[27].conv.col).toBe(4);
  });
});
