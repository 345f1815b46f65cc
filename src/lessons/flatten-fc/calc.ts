/*
 * The parameter calculator (LESSONS.md L01, L02, L03) and the Keras summary (L26), on the core's
 * shape arithmetic. Pure.
 */
import { type LayerShape, convMults, convOutputSize, convParams, denseMults, denseParams, layerShapes } from '../../core';
import { type CalcSetting, KERAS_INPUT, KERAS_LAYERS } from './fixtures';

/** Everything the calculator shows. */
export interface CalcResult {
  /** H·W·C: the values of the flattened image, i.e. the weights ONE neuron needs. */
  inputs: number;
  /** Dense layer: weights (no bias), parameters (weights + one bias per neuron), multiplications. */
  weights: number;
  params: number;
  mults: number;
  /** Conv layer (k×k×C filters, stride 1, no padding): output size and its counts. */
  conv: { outH: number; outW: number; outputs: number; weights: number; params: number; mults: number };
}

/**
 * The counts of a dense layer on a flattened H×W×C image and of a conv layer on the same image.
 * Throws a RangeError when the filter does not fit.
 *
 * @example
 * calc({ h: 200, w: 200, c: 3, neurons: 64, k: 5, filters: 6 }).params;        // 7680064   (L02)
 * calc({ h: 32, w: 32, c: 3, neurons: 4704, k: 5, filters: 6 }).weights;       // 14450688  (L03)
 * calc({ h: 32, w: 32, c: 3, neurons: 4704, k: 5, filters: 6 }).conv.weights;  // 450       (L03)
 */
export function calc(s: CalcSetting): CalcResult {
  const inputs = s.h * s.w * s.c;
  const outH = convOutputSize(s.h, s.k, 0, 1).size;
  const outW = convOutputSize(s.w, s.k, 0, 1).size;
  const conv = { kh: s.k, kw: s.k, inC: s.c, outC: s.filters, outH, outW };
  return {
    inputs,
    weights: denseParams({ inputs, outputs: s.neurons, bias: false }),
    params: denseParams({ inputs, outputs: s.neurons }),
    mults: denseMults({ inputs, outputs: s.neurons }),
    conv: {
      outH,
      outW,
      outputs: outH * outW * s.filters,
      weights: convParams({ ...conv, bias: false }),
      params: convParams(conv),
      mults: convMults(conv),
    },
  };
}

/** L26: the Keras model's summary rows from the core's layerShapes, and the total. */
export function kerasSummary(): { rows: LayerShape[]; total: number } {
  const rows = layerShapes(KERAS_INPUT, KERAS_LAYERS);
  return { rows, total: rows.reduce((s, r) => s + r.params, 0) };
}

/**
 * A channels-first shape written as Keras prints it (channels last, batch `None`).
 *
 * @example
 * kerasShape([32, 26, 26]); // '(None, 26, 26, 32)'
 * kerasShape([9216]);       // '(None, 9216)'
 */
export function kerasShape(shape: readonly number[]): string {
  const dims = shape.length === 3 ? [shape[1], shape[2], shape[0]] : [...shape];
  return `(None, ${dims.join(', ')})`;
}

/**
 * A large count in words: Korean in 만 (10⁴) and 억 (10⁸) units, English in thousands, millions and
 * billions, to 3 significant digits.
 *
 * @example
 * roughCount(7680064, 'ko');  // '약 768만'
 * roughCount(7680064, 'en');  // 'about 7.68 million'
 * roughCount(450, 'en');      // '450'
 */
export function roughCount(n: number, lang: 'ko' | 'en'): string {
  const sig = (v: number) => String(Number(v.toPrecision(3)));
  if (lang === 'ko') {
    if (n >= 1e8) return `약 ${sig(n / 1e8)}억`;
    if (n >= 1e4) return `약 ${sig(n / 1e4)}만`;
    return String(n);
  }
  if (n >= 1e9) return `about ${sig(n / 1e9)} billion`;
  if (n >= 1e6) return `about ${sig(n / 1e6)} million`;
  if (n >= 1e4) return `about ${sig(n / 1e3)} thousand`;
  return String(n);
}
