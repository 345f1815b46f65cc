/*
 * The lecture's numbers for the flatten / fully connected lesson (LESSONS.md L24, L26, L01, L02,
 * L03), and this lesson's own small dense layer. Rows top first.
 */
import type { LayerSpec } from '../../core';

/** L24: the 3×3 map the slide flattens (seed 001 lines 222–238). */
export const FLAT_INPUT = [
  [1, 1, 0],
  [4, 2, 1],
  [0, 2, 1],
];

/** L24: the slide's column, row-major (row by row). */
export const ROW_MAJOR = [1, 1, 0, 4, 2, 1, 0, 2, 1];

/** L24 [computed]: what column-major (column by column) would give instead. */
export const COL_MAJOR = [1, 4, 0, 1, 2, 2, 0, 1, 1];

/**
 * The lesson's dense layer, `W` as `[in = 9, out = 3]` (Keras layout: row i holds input i's weights
 * to the three outputs) [made for this lesson; the slides give no weights]. On the row-major vector
 * it gives the scores 2.1, 1.3 and −0.2.
 */
export const DENSE_WEIGHTS = [
  [0.5, 0, -0.5],
  [0.5, -0.5, 0],
  [0, 1, 0.5],
  [0.5, 0, -0.25],
  [0, 0.5, 0],
  [0, 0.5, 1],
  [0, 1, 0.5],
  [-0.5, 0, 0.5],
  [0, 0.5, -1],
];

/** The lesson's bias, one per output. */
export const DENSE_BIAS = [0.1, -0.2, 0.3];

/** L26: the Keras model (seed 001 lines 482–533), channels-first for the core: (28, 28, 1) is [1, 28, 28]. */
export const KERAS_INPUT = [1, 28, 28];
export const KERAS_LAYERS: LayerSpec[] = [
  { type: 'conv', filters: 32, kernelSize: 3, activation: 'relu', name: 'conv2d_2' },
  { type: 'conv', filters: 64, kernelSize: 3, activation: 'relu', name: 'conv2d_3' },
  { type: 'maxpool', size: 2, name: 'max_pooling2d_1' },
  { type: 'dropout', rate: 0.25, name: 'dropout_2' },
  { type: 'flatten', name: 'flatten_1' },
  { type: 'dense', units: 128, activation: 'relu', name: 'dense_2' },
  { type: 'dropout', rate: 0.5, name: 'dropout_3' },
  { type: 'dense', units: 10, activation: 'softmax', name: 'dense_3' },
];

/** L26: the summary as the slide prints it: Keras type, output shape and parameter count per layer. */
export const KERAS_PRINTED = [
  { type: 'Conv2D', shape: '(None, 26, 26, 32)', params: 320 },
  { type: 'Conv2D', shape: '(None, 24, 24, 64)', params: 18496 },
  { type: 'MaxPooling2D', shape: '(None, 12, 12, 64)', params: 0 },
  { type: 'Dropout', shape: '(None, 12, 12, 64)', params: 0 },
  { type: 'Flatten', shape: '(None, 9216)', params: 0 },
  { type: 'Dense', shape: '(None, 128)', params: 1179776 },
  { type: 'Dropout', shape: '(None, 128)', params: 0 },
  { type: 'Dense', shape: '(None, 10)', params: 1290 },
];
export const KERAS_PRINTED_TOTAL = 1199882;

/** Settings of the parameter calculator: image H × W × C into a dense layer, next to a conv layer. */
export interface CalcSetting {
  h: number;
  w: number;
  c: number;
  neurons: number;
  k: number;
  filters: number;
}

/** The calculator's presets, from the lectures. */
export const CALC_PRESETS = {
  /** L01: a Full-HD colour image, ONE neuron: 1920·1080·3 = 6,220,800 weights. */
  fullhd: { h: 1080, w: 1920, c: 3, neurons: 1, k: 5, filters: 6 },
  /** L02: 200×200×3 into 64 neurons: 120,001 per neuron, 7,680,064 in all. */
  l02: { h: 200, w: 200, c: 3, neurons: 64, k: 5, filters: 6 },
  /** L03: 32×32×3 → 28×28×6: a dense layer with 4,704 outputs (14,450,688 weights) vs six 5×5×3 filters (450). */
  l03: { h: 32, w: 32, c: 3, neurons: 4704, k: 5, filters: 6 },
} as const satisfies Record<string, CalcSetting>;

export type CalcPreset = keyof typeof CALC_PRESETS;
export const CALC_PRESET_NAMES = Object.keys(CALC_PRESETS) as CalcPreset[];
