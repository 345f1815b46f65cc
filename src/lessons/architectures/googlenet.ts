/*
 * GoogLeNet's table (LESSONS.md L32, seed 004 lines 698–774) as published, next to what the core
 * computes for each row (weights only, K = 1024, ops = multiplications), with the table's own
 * deviations marked.
 */
import { type LayerSpec, layerShapes } from '../../core';

/** The six widths of an inception module: #1×1, #3×3 reduce, #3×3, #5×5 reduce, #5×5, pool proj. */
export interface InceptionWidths {
  n1: number;
  r3: number;
  n3: number;
  r5: number;
  n5: number;
  pool: number;
}

/** One row of the published table. */
export interface GoogLeNetRow {
  type: string;
  /** Patch size / stride as printed, e.g. "7×7/2". */
  patch?: string;
  /** Output as printed: [H, W, C]. */
  output: [number, number, number];
  depth: number;
  /** The layer, as the core can compute it. */
  layer:
    | { kind: 'conv'; k: number; stride: number; filters: number; reduce?: number }
    | { kind: 'maxpool' | 'avgpool'; k: number; stride: number; same: boolean }
    | { kind: 'inception'; widths: InceptionWidths }
    | { kind: 'dropout' | 'softmax' }
    | { kind: 'linear'; units: number };
  /** Published params in K (K = 1024) and ops in M. */
  paramsK?: number;
  opsM?: number;
}

const inc = (n1: number, r3: number, n3: number, r5: number, n5: number, pool: number): GoogLeNetRow['layer'] => ({
  kind: 'inception',
  widths: { n1, r3, n3, r5, n5, pool },
});

/** The table as published (the original paper's Table 1). */
export const GOOGLENET_TABLE: GoogLeNetRow[] = [
  { type: 'convolution', patch: '7×7/2', output: [112, 112, 64], depth: 1, layer: { kind: 'conv', k: 7, stride: 2, filters: 64 }, paramsK: 2.7, opsM: 34 },
  { type: 'max pool', patch: '3×3/2', output: [56, 56, 64], depth: 0, layer: { kind: 'maxpool', k: 3, stride: 2, same: true } },
  { type: 'convolution', patch: '3×3/1', output: [56, 56, 192], depth: 2, layer: { kind: 'conv', k: 3, stride: 1, filters: 192, reduce: 64 }, paramsK: 112, opsM: 360 },
  { type: 'max pool', patch: '3×3/2', output: [28, 28, 192], depth: 0, layer: { kind: 'maxpool', k: 3, stride: 2, same: true } },
  { type: 'inception (3a)', output: [28, 28, 256], depth: 2, layer: inc(64, 96, 128, 16, 32, 32), paramsK: 159, opsM: 128 },
  { type: 'inception (3b)', output: [28, 28, 480], depth: 2, layer: inc(128, 128, 192, 32, 96, 64), paramsK: 380, opsM: 304 },
  { type: 'max pool', patch: '3×3/2', output: [14, 14, 480], depth: 0, layer: { kind: 'maxpool', k: 3, stride: 2, same: true } },
  { type: 'inception (4a)', output: [14, 14, 512], depth: 2, layer: inc(192, 96, 208, 16, 48, 64), paramsK: 364, opsM: 73 },
  { type: 'inception (4b)', output: [14, 14, 512], depth: 2, layer: inc(160, 112, 224, 24, 64, 64), paramsK: 437, opsM: 88 },
  { type: 'inception (4c)', output: [14, 14, 512], depth: 2, layer: inc(128, 128, 256, 24, 64, 64), paramsK: 463, opsM: 100 },
  { type: 'inception (4d)', output: [14, 14, 528], depth: 2, layer: inc(112, 144, 288, 32, 64, 64), paramsK: 580, opsM: 119 },
  { type: 'inception (4e)', output: [14, 14, 832], depth: 2, layer: inc(256, 160, 320, 32, 128, 128), paramsK: 840, opsM: 170 },
  { type: 'max pool', patch: '3×3/2', output: [7, 7, 832], depth: 0, layer: { kind: 'maxpool', k: 3, stride: 2, same: true } },
  { type: 'inception (5a)', output: [7, 7, 832], depth: 2, layer: inc(256, 160, 320, 32, 128, 128), paramsK: 1072, opsM: 54 },
  { type: 'inception (5b)', output: [7, 7, 1024], depth: 2, layer: inc(384, 192, 384, 48, 128, 128), paramsK: 1388, opsM: 71 },
  { type: 'avg pool', patch: '7×7/1', output: [1, 1, 1024], depth: 0, layer: { kind: 'avgpool', k: 7, stride: 1, same: false } },
  { type: 'dropout (40%)', output: [1, 1, 1024], depth: 0, layer: { kind: 'dropout' } },
  { type: 'linear', output: [1, 1, 1000], depth: 1, layer: { kind: 'linear', units: 1000 }, paramsK: 1000, opsM: 1 },
  { type: 'softmax', output: [1, 1, 1000], depth: 0, layer: { kind: 'softmax' } },
];

/** How a computed number compares with the published one. */
export type Agreement = 'agree' | 'close' | 'deviation';

/**
 * `agree` when the computed value rounds to within 1 of the printed one, `close` within 3 %,
 * `deviation` beyond.
 *
 * @example
 * agreement(159.5, 159); // 'agree'
 * agreement(366.75, 364); // 'close'
 * agreement(497.5, 463);  // 'deviation'
 */
export function agreement(computed: number, printed: number): Agreement {
  if (Math.abs(Math.round(computed) - printed) <= 1) return 'agree';
  if (Math.abs(computed - printed) / printed <= 0.03) return 'close';
  return 'deviation';
}

/** One branch of an inception module, computed by the core. */
export interface Branch {
  name: '1x1' | '3x3' | '5x5' | 'pool';
  params: number;
  mults: number;
  depth: number;
}

/** A table row with the core's numbers. */
export interface GoogLeNetTraced {
  index: number;
  row: GoogLeNetRow;
  inputShape: number[];
  /** Channels-first, from the core. */
  outputShape: number[];
  /** Weights only (the table leaves biases out). */
  params: number;
  mults: number;
  branches?: Branch[];
  paramsCheck?: Agreement;
  opsCheck?: Agreement;
  /** The worse of the two checks. */
  check?: Agreement;
  shapeOk: boolean;
}

const RANK: Record<Agreement, number> = { agree: 0, close: 1, deviation: 2 };

function run(input: number[], specs: LayerSpec[]) {
  const rows = layerShapes(input, specs);
  return {
    out: rows[rows.length - 1].outputShape,
    params: rows.reduce((s, r) => s + r.params, 0),
    mults: rows.reduce((s, r) => s + r.mults, 0),
  };
}

const conv = (filters: number, k: number, stride = 1): LayerSpec => ({ type: 'conv', filters, kernelSize: k, stride, padding: 'same', bias: false });

function branchesOf(input: number[], w: InceptionWidths): Branch[] {
  const b1 = run(input, [conv(w.n1, 1)]);
  const b3 = run(input, [conv(w.r3, 1), conv(w.n3, 3)]);
  const b5 = run(input, [conv(w.r5, 1), conv(w.n5, 5)]);
  const bp = run(input, [{ type: 'maxpool', size: 3, stride: 1, padding: 'same' }, conv(w.pool, 1)]);
  return [
    { name: '1x1', params: b1.params, mults: b1.mults, depth: b1.out[0] },
    { name: '3x3', params: b3.params, mults: b3.mults, depth: b3.out[0] },
    { name: '5x5', params: b5.params, mults: b5.mults, depth: b5.out[0] },
    { name: 'pool', params: bp.params, mults: bp.mults, depth: bp.out[0] },
  ];
}

/**
 * Every row of the table computed by the core from a 224×224×3 input.
 *
 * @example
 * const rows = traceGoogLeNet();
 * rows[4].params; // 163328 (3a: 159.5K, printed 159K)
 * rows[0].check;  // 'deviation' (9,408 weights and 118M ops vs 2.7K / 34M printed)
 */
export function traceGoogLeNet(): GoogLeNetTraced[] {
  let shape = [3, 224, 224];
  return GOOGLENET_TABLE.map((row, index) => {
    const input = shape;
    let r: { out: number[]; params: number; mults: number };
    let branches: Branch[] | undefined;
    const L = row.layer;
    switch (L.kind) {
      case 'conv':
        r = run(input, L.reduce ? [conv(L.reduce, 1), conv(L.filters, L.k, L.stride)] : [conv(L.filters, L.k, L.stride)]);
        break;
      case 'maxpool':
      case 'avgpool':
        r = run(input, [{ type: L.kind, size: L.k, stride: L.stride, padding: L.same ? 'same' : 'valid' }]);
        break;
      case 'inception': {
        branches = branchesOf(input, L.widths);
        const depth = branches.reduce((s, b) => s + b.depth, 0);
        r = { out: [depth, input[1], input[2]], params: branches.reduce((s, b) => s + b.params, 0), mults: branches.reduce((s, b) => s + b.mults, 0) };
        break;
      }
      case 'linear': {
        const lin = run(input, [{ type: 'flatten' }, { type: 'dense', units: L.units, bias: false }]);
        r = { out: [L.units, 1, 1], params: lin.params, mults: lin.mults };
        break;
      }
      default:
        r = { out: input, params: 0, mults: 0 };
    }
    shape = r.out;
    const [C, H, W] = r.out;
    const traced: GoogLeNetTraced = {
      index,
      row,
      inputShape: input,
      outputShape: r.out,
      params: r.params,
      mults: r.mults,
      branches,
      shapeOk: H === row.output[0] && W === row.output[1] && C === row.output[2],
    };
    if (row.paramsK !== undefined && row.opsM !== undefined) {
      traced.paramsCheck = agreement(r.params / 1024, row.paramsK);
      traced.opsCheck = agreement(r.mults / 1e6, row.opsM);
      traced.check = RANK[traced.paramsCheck] >= RANK[traced.opsCheck] ? traced.paramsCheck : traced.opsCheck;
    }
    return traced;
  });
}
