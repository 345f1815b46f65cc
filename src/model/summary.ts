/**
 * A Keras-style model summary (layer, output shape, parameters) computed from a ModelSpec with
 * plain arithmetic, without tfjs, so the page can show it before any model is built. The layer
 * list here is the one architectures.ts builds; tests check that the counts agree with tfjs.
 */
import { MNIST_SIDE } from './mnistSizes';
import { assertValidSpec, type ModelSpec } from './spec';

/** One row of the summary, as Keras prints it: `conv2d_1 (Conv2D)  (None, 26, 26, 32)  320`. */
export interface SummaryRow {
  /** Layer name, e.g. `conv2d_1` (also the tfjs layer name). */
  name: string;
  /** Layer class, e.g. `Conv2D`, `MaxPooling2D`, `Dense`. */
  type: string;
  /** Output shape with the batch dimension first as null, e.g. `[null, 26, 26, 32]`. */
  outputShape: (number | null)[];
  /** Number of weights in the layer (all trainable). */
  params: number;
}

/** The whole summary. */
export interface ModelSummary {
  rows: SummaryRow[];
  totalParams: number;
  trainableParams: number;
  nonTrainableParams: number;
}

/**
 * One layer of the plan shared by `summarize` and the tfjs builder. Shapes are [h, w, c] or [n].
 */
export type LayerPlan =
  | { op: 'conv'; name: string; filters: number; kernel: number; padding: 'same' | 'valid' }
  | { op: 'maxpool'; name: string; size: number }
  | { op: 'dropout'; name: string; rate: number }
  | { op: 'flatten'; name: string }
  | { op: 'gap'; name: string }
  | { op: 'dense'; name: string; units: number; activation: 'relu' | 'softmax'; bias: boolean };

/** The input every model takes: one 28×28 grey image. */
export const INPUT_SHAPE = [MNIST_SIDE, MNIST_SIDE, 1] as const;

/**
 * The ordered layer list of a spec, with Keras-style names (`conv2d_1`, `max_pooling2d_1`, ...).
 *
 * @example planLayers(defaultSpec('lenet5')).map((l) => l.op)
 *   // → ['conv', 'maxpool', 'conv', 'maxpool', 'flatten', 'dense', 'dense', 'dense']
 */
export function planLayers(spec: ModelSpec): LayerPlan[] {
  assertValidSpec(spec);
  const counters = new Map<string, number>();
  const name = (base: string): string => {
    const n = (counters.get(base) ?? 0) + 1;
    counters.set(base, n);
    return `${base}_${n}`;
  };
  const conv = (i: number, padding: 'same' | 'valid'): LayerPlan => ({
    op: 'conv', name: name('conv2d'), filters: spec.conv[i].filters, kernel: spec.conv[i].kernel, padding,
  });
  const pool = (): LayerPlan => ({ op: 'maxpool', name: name('max_pooling2d'), size: 2 });
  const dropout = (rate: number): LayerPlan => ({ op: 'dropout', name: name('dropout'), rate });
  const dense = (units: number, activation: 'relu' | 'softmax', bias = true): LayerPlan => ({ op: 'dense', name: name('dense'), units, activation, bias });
  const layers: LayerPlan[] = [];
  switch (spec.kind) {
    case 'lenet5':
      layers.push(conv(0, 'same'), pool(), conv(1, 'valid'), pool(), { op: 'flatten', name: name('flatten') });
      for (const w of spec.dense) layers.push(dense(w, 'relu'));
      if (spec.dropoutDense > 0) layers.push(dropout(spec.dropoutDense));
      layers.push(dense(10, 'softmax'));
      break;
    case 'keras':
      layers.push(conv(0, 'valid'), conv(1, 'valid'), pool(), dropout(spec.dropoutConv), { op: 'flatten', name: name('flatten') });
      layers.push(dense(spec.dense[0], 'relu'), dropout(spec.dropoutDense), dense(10, 'softmax'));
      break;
    case 'gap-cam':
      layers.push(conv(0, 'same'), pool(), conv(1, 'same'), pool(), conv(2, 'same'));
      layers.push({ op: 'gap', name: name('global_average_pooling2d') });
      if (spec.dropoutDense > 0) layers.push(dropout(spec.dropoutDense));
      // No bias, so that the class score is S_c = Σ_k w_k^c F_k exactly (LESSONS.md L34).
      layers.push(dense(10, 'softmax', false));
      break;
  }
  return layers;
}

const TYPE: Record<LayerPlan['op'], string> = {
  conv: 'Conv2D',
  maxpool: 'MaxPooling2D',
  dropout: 'Dropout',
  flatten: 'Flatten',
  gap: 'GlobalAveragePooling2D',
  dense: 'Dense',
};

/**
 * The Keras-style summary of a spec.
 *
 * @example summarize(defaultSpec('keras')).rows.map((r) => r.params)
 *   // → [320, 18496, 0, 0, 0, 1179776, 0, 1290]; totalParams 1,199,882 (LESSONS.md L26)
 * @throws RangeError when the spec is invalid or a layer would get an empty output.
 */
export function summarize(spec: ModelSpec): ModelSummary {
  let shape: number[] = [...INPUT_SHAPE];
  const rows: SummaryRow[] = [];
  for (const layer of planLayers(spec)) {
    let params = 0;
    switch (layer.op) {
      case 'conv': {
        const [h, w, c] = shape;
        const oh = layer.padding === 'same' ? h : h - layer.kernel + 1;
        const ow = layer.padding === 'same' ? w : w - layer.kernel + 1;
        if (oh < 1 || ow < 1) throw new RangeError(`${layer.name}: a ${layer.kernel}×${layer.kernel} kernel does not fit a ${h}×${w} input`);
        params = (layer.kernel * layer.kernel * c + 1) * layer.filters;
        shape = [oh, ow, layer.filters];
        break;
      }
      case 'maxpool': {
        const [h, w, c] = shape;
        const oh = Math.floor(h / layer.size);
        const ow = Math.floor(w / layer.size);
        if (oh < 1 || ow < 1) throw new RangeError(`${layer.name}: a ${h}×${w} input is too small to pool by ${layer.size}`);
        shape = [oh, ow, c];
        break;
      }
      case 'dropout':
        break;
      case 'flatten':
        shape = [shape.reduce((a, b) => a * b, 1)];
        break;
      case 'gap':
        shape = [shape[2]];
        break;
      case 'dense':
        params = (shape[0] + (layer.bias ? 1 : 0)) * layer.units;
        shape = [layer.units];
        break;
    }
    rows.push({ name: layer.name, type: TYPE[layer.op], outputShape: [null, ...shape], params });
  }
  const totalParams = rows.reduce((s, r) => s + r.params, 0);
  return { rows, totalParams, trainableParams: totalParams, nonTrainableParams: 0 };
}
