/*
 * Layer-by-layer output shapes, parameters and multiplications of a small network, like a
 * Keras model summary (but channels-first).
 */
import { convGeometry } from './convPlan';
import type { Padding } from './pad';
import { poolGeometry } from './poolPlan';
import { convMults, convParams, denseMults, denseParams } from './shapes';
import { checkShape, fail, toPair, wholeNumber } from './validate';
import { formatShape, formatValue } from './format';

/**
 * Element-wise activations a layer spec may name (they change no shape and have no parameters).
 *
 * @example
 * const a: ActivationName = 'relu';
 */
export type ActivationName = 'relu' | 'sigmoid' | 'tanh' | 'softmax';

/**
 * One layer of a network for {@link layerShapes}. Shapes are channels-first: `[C, H, W]` images,
 * `[n]` vectors.
 *
 * @example
 * const specs: LayerSpec[] = [
 *   { type: 'conv', filters: 32, kernelSize: 3, activation: 'relu' },
 *   { type: 'maxpool', size: 2 },
 *   { type: 'flatten' },
 *   { type: 'dense', units: 10, activation: 'softmax' },
 * ];
 */
export type LayerSpec =
  | {
      type: 'conv';
      filters: number;
      kernelSize: number | readonly [number, number];
      stride?: number | readonly [number, number];
      padding?: Padding;
      dilation?: number | readonly [number, number];
      /** Default true. */
      bias?: boolean;
      activation?: ActivationName;
      name?: string;
    }
  | {
      type: 'maxpool' | 'avgpool';
      size: number | readonly [number, number];
      stride?: number | readonly [number, number];
      padding?: Padding;
      ceilMode?: boolean;
      name?: string;
    }
  | { type: 'dense'; units: number; bias?: boolean; activation?: ActivationName; name?: string }
  | { type: 'dropout'; rate?: number; name?: string }
  | { type: 'gap' | 'flatten' | ActivationName; name?: string };

/**
 * One row of the summary returned by {@link layerShapes}.
 *
 * @example
 * const row: LayerShape = { index: 0, type: 'conv', name: 'conv_1', inputShape: [1, 28, 28],
 *                           outputShape: [32, 26, 26], params: 320, mults: 194688 };
 */
export interface LayerShape {
  index: number;
  type: LayerSpec['type'];
  name: string;
  inputShape: number[];
  outputShape: number[];
  /** Learnable numbers (weights and biases). */
  params: number;
  /** Multiplications of one forward pass (weights × inputs; pooling and activations count 0). */
  mults: number;
}

function needImage(shape: number[], what: string): [number, number, number] {
  if (shape.length === 3) return [shape[0], shape[1], shape[2]];
  if (shape.length === 2) return [1, shape[0], shape[1]];
  return fail(`${what} needs an image [C, H, W] but gets shape ${formatShape(shape)}; it must come before Flatten`);
}

/**
 * Output shape, parameters and multiplications of every layer, from an input shape and a list
 * of layer specs. Input `[C, H, W]` (or `[H, W]`, one channel) for images, `[n]` for vectors.
 * Throws a `RangeError` naming the layer when a shape does not work (a kernel that does not
 * fit, a Dense layer on an image, …). Sum `params` for the model total.
 *
 * @example
 * // L26, the Keras MNIST model (channels-first: (28, 28, 1) is [1, 28, 28])
 * const rows = layerShapes([1, 28, 28], [
 *   { type: 'conv', filters: 32, kernelSize: 3, activation: 'relu' },   // [32, 26, 26]   320
 *   { type: 'conv', filters: 64, kernelSize: 3, activation: 'relu' },   // [64, 24, 24]   18496
 *   { type: 'maxpool', size: 2 },                                       // [64, 12, 12]   0
 *   { type: 'dropout', rate: 0.25 },                                    // [64, 12, 12]   0
 *   { type: 'flatten' },                                                // [9216]         0
 *   { type: 'dense', units: 128, activation: 'relu' },                  // [128]          1179776
 *   { type: 'dropout', rate: 0.5 },                                     // [128]          0
 *   { type: 'dense', units: 10, activation: 'softmax' },                // [10]           1290
 * ]);
 * rows.reduce((s, r) => s + r.params, 0); // 1199882
 */
export function layerShapes(inputShape: readonly number[], specs: readonly LayerSpec[]): LayerShape[] {
  checkShape(inputShape, 'input');
  if (!Array.isArray(specs)) fail('layerShapes needs a list of layer specs');
  let shape = [...inputShape];
  const counts = new Map<string, number>();
  const rows: LayerShape[] = [];
  specs.forEach((spec: LayerSpec, index) => {
    if (spec === null || typeof spec !== 'object') fail(`layer ${index} is not a layer spec: ${formatValue(spec)}`);
    const n = (counts.get(spec.type) ?? 0) + 1;
    counts.set(spec.type, n);
    const name = spec.name ?? `${spec.type}_${n}`;
    const inputShapeHere = shape;
    let params = 0;
    let mults = 0;
    try {
      switch (spec.type) {
        case 'conv': {
          const [C, H, W] = needImage(shape, 'a convolution');
          const [kh, kw] = toPair(spec.kernelSize, 'the kernel size');
          const K = wholeNumber(spec.filters, 'the number of filters');
          const g = convGeometry(H, W, kh, kw, spec);
          const sizes = { kh, kw, inC: C, outC: K, bias: spec.bias !== false, outH: g.outH, outW: g.outW };
          params = convParams(sizes);
          mults = convMults(sizes);
          shape = [K, g.outH, g.outW];
          break;
        }
        case 'maxpool':
        case 'avgpool': {
          const [C, H, W] = needImage(shape, 'pooling');
          const g = poolGeometry(H, W, spec);
          shape = [C, g.outH, g.outW];
          break;
        }
        case 'gap': {
          shape = [needImage(shape, 'global average pooling')[0]];
          break;
        }
        case 'flatten': {
          shape = [shape.reduce((a, b) => a * b, 1)];
          break;
        }
        case 'dense': {
          if (shape.length !== 1) {
            fail(`a dense layer needs a vector but gets shape ${formatShape(shape)}; add a Flatten layer before it`);
          }
          const units = wholeNumber(spec.units, 'the number of units');
          params = denseParams({ inputs: shape[0], outputs: units, bias: spec.bias !== false });
          mults = denseMults({ inputs: shape[0], outputs: units });
          shape = [units];
          break;
        }
        case 'dropout': {
          const r = spec.rate ?? 0;
          if (typeof r !== 'number' || !(r >= 0 && r < 1)) fail(`the dropout rate must be at least 0 and below 1 (got ${formatValue(r)})`);
          break;
        }
        case 'relu':
        case 'sigmoid':
        case 'tanh':
        case 'softmax':
          break;
        default:
          fail(
            `unknown layer type ${formatValue((spec as { type: unknown }).type)}; use conv, maxpool, avgpool, ` +
              `gap, flatten, dense, dropout, relu, sigmoid, tanh or softmax`,
          );
      }
    } catch (e) {
      if (e instanceof RangeError) throw new RangeError(`layer ${index} (${name}): ${e.message}`);
      throw e;
    }
    rows.push({ index, type: spec.type, name, inputShape: inputShapeHere, outputShape: shape, params, mults });
  });
  return rows;
}
