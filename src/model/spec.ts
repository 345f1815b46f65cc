/**
 * Model specifications the learner can edit: which architecture, how many filters, kernel sizes,
 * dense widths and dropout rates, each within limits. Pure data and validation: no tfjs here, so
 * the training page can validate and summarise a spec before any model exists.
 */
import type { LrSchedule } from './schedule';

/** The three architectures the app can train. */
export type ModelKind = 'lenet5' | 'keras' | 'gap-cam';

/** Every model kind, in the order the page lists them. */
export const MODEL_KINDS: readonly ModelKind[] = ['lenet5', 'keras', 'gap-cam'];

/** One convolution layer: `filters` kernels of `kernel`×`kernel`, ReLU. */
export interface ConvSpec {
  filters: number;
  kernel: number;
}

/**
 * A model the worker can build.
 *
 * - `lenet5`: conv[0] 'same' → maxpool 2 → conv[1] 'valid' → maxpool 2 → flatten → dense[0] →
 *   dense[1] → (dropout `dropoutDense` if > 0) → dense 10 softmax. Default 6@5×5, 16@5×5, 120, 84.
 * - `keras` (the lectures' model, LESSONS.md L26): conv[0] 'valid' → conv[1] 'valid' → maxpool 2 →
 *   dropout `dropoutConv` → flatten → dense[0] → dropout `dropoutDense` → dense 10 softmax.
 *   Default 32@3×3, 64@3×3, 128, dropout 0.25 and 0.5. Its dropout layers are always present.
 * - `gap-cam`: conv[0] 'same' → maxpool 2 → conv[1] 'same' → maxpool 2 → conv[2] 'same' (the
 *   7×7 maps f_k of the CAM) → global average pooling → (dropout `dropoutDense` if > 0) →
 *   dense 10 softmax without bias, so that M_c(x, y) = Σ_k w_k^c f_k(x, y) (LESSONS.md L34). `dense` is empty.
 *
 * `dropoutConv` is used by `keras` only.
 */
export interface ModelSpec {
  kind: ModelKind;
  conv: ConvSpec[];
  dense: number[];
  dropoutConv: number;
  dropoutDense: number;
}

/** What the learner may change, per kind. */
export interface SpecLimits {
  /** Number of conv layers (fixed by the kind). */
  convLayers: number;
  /** Number of hidden dense layers (fixed by the kind). */
  denseLayers: number;
  filters: { min: number; max: number };
  kernel: { min: number; max: number };
  dense: { min: number; max: number };
  dropout: { min: number; max: number };
}

const COMMON = {
  filters: { min: 1, max: 128 },
  kernel: { min: 1, max: 7 },
  dense: { min: 1, max: 256 },
  dropout: { min: 0, max: 0.9 },
} as const;

/** Limits per kind. */
export const SPEC_LIMITS: Readonly<Record<ModelKind, SpecLimits>> = {
  lenet5: { convLayers: 2, denseLayers: 2, ...COMMON },
  keras: { convLayers: 2, denseLayers: 1, ...COMMON },
  'gap-cam': { convLayers: 3, denseLayers: 0, ...COMMON },
};

/** The default spec of a kind (LeNet-5; the lectures' Keras model; a small GAP-CAM net). */
export function defaultSpec(kind: ModelKind): ModelSpec {
  switch (kind) {
    case 'lenet5':
      return { kind, conv: [{ filters: 6, kernel: 5 }, { filters: 16, kernel: 5 }], dense: [120, 84], dropoutConv: 0, dropoutDense: 0 };
    case 'keras':
      return { kind, conv: [{ filters: 32, kernel: 3 }, { filters: 64, kernel: 3 }], dense: [128], dropoutConv: 0.25, dropoutDense: 0.5 };
    case 'gap-cam':
      return { kind, conv: [{ filters: 16, kernel: 5 }, { filters: 32, kernel: 5 }, { filters: 64, kernel: 3 }], dense: [], dropoutConv: 0, dropoutDense: 0 };
  }
}

/**
 * Training settings that suit each model on a 2-core laptop (wasm). LeNet-5: two epochs of 64 with
 * a one-cycle schedule peaking at 0.003 and label smoothing 0.1 pass 99.0% on the 10,000 test
 * images (99.12 / 99.08 / 99.06 / 99.13% with seeds 1–4, `scripts/compare-recipes.ts`; the
 * shipped models have their own recipes, scripts/train-pretrained.ts).
 * Keras: 98.70% after its first epoch with 0.0015 and smoothing 0.1 (0.001 without: 98.39%; 0.001
 * with smoothing 98.48%, 0.0015 without 98.49%, 0.002 with 98.63%; seed 1, compare-recipes).
 * `lrDecay` is used by the 'step' schedule only.
 */
export const RECOMMENDED_SETTINGS: Readonly<Record<ModelKind, {
  batchSize: number; learningRate: number; schedule: LrSchedule; lrDecay: number; labelSmoothing: number; epochs: number;
}>> = {
  lenet5: { batchSize: 64, learningRate: 0.003, schedule: 'onecycle', lrDecay: 1, labelSmoothing: 0.1, epochs: 2 },
  keras: { batchSize: 128, learningRate: 0.0015, schedule: 'step', lrDecay: 0.8, labelSmoothing: 0.1, epochs: 5 },
  'gap-cam': { batchSize: 64, learningRate: 0.003, schedule: 'step', lrDecay: 0.7, labelSmoothing: 0, epochs: 8 },
};

/** A problem with one field of a spec; `field` names the control (e.g. `conv.1.kernel`). */
export interface SpecIssue {
  field: string;
  message: string;
}

function checkInt(issues: SpecIssue[], field: string, label: string, v: number, lim: { min: number; max: number }): void {
  if (!Number.isInteger(v) || v < lim.min || v > lim.max) {
    issues.push({ field, message: `${label} must be a whole number from ${lim.min} to ${lim.max} (got ${String(v)})` });
  }
}

function checkRate(issues: SpecIssue[], field: string, label: string, v: number, lim: { min: number; max: number }): void {
  if (!Number.isFinite(v) || v < lim.min || v > lim.max) {
    issues.push({ field, message: `${label} must be from ${lim.min} to ${lim.max} (got ${String(v)})` });
  }
}

/**
 * Checks a spec against its kind's limits; returns every problem (empty when valid).
 *
 * @example validateSpec({ ...defaultSpec('keras'), dense: [0] })
 *   // → [{ field: 'dense.0', message: 'dense layer 1 width must be a whole number from 1 to 256 (got 0)' }]
 */
export function validateSpec(spec: ModelSpec): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const lim = SPEC_LIMITS[spec.kind];
  if (!lim) return [{ field: 'kind', message: `unknown model kind "${String(spec.kind)}"` }];
  if (!Array.isArray(spec.conv) || spec.conv.length !== lim.convLayers) {
    issues.push({ field: 'conv', message: `${spec.kind} has ${lim.convLayers} convolution layers` });
    return issues;
  }
  if (!Array.isArray(spec.dense) || spec.dense.length !== lim.denseLayers) {
    issues.push({ field: 'dense', message: `${spec.kind} has ${lim.denseLayers} hidden dense layers` });
    return issues;
  }
  spec.conv.forEach((c, i) => {
    checkInt(issues, `conv.${i}.filters`, `conv layer ${i + 1} filters`, c.filters, lim.filters);
    checkInt(issues, `conv.${i}.kernel`, `conv layer ${i + 1} kernel size`, c.kernel, lim.kernel);
  });
  spec.dense.forEach((w, i) => checkInt(issues, `dense.${i}`, `dense layer ${i + 1} width`, w, lim.dense));
  checkRate(issues, 'dropoutConv', 'dropout after the convolutions', spec.dropoutConv, lim.dropout);
  checkRate(issues, 'dropoutDense', 'dropout before the output', spec.dropoutDense, lim.dropout);
  return issues;
}

/** Throws a RangeError naming the first problem of an invalid spec. */
export function assertValidSpec(spec: ModelSpec): void {
  const issues = validateSpec(spec);
  if (issues.length > 0) throw new RangeError(issues.map((i) => i.message).join('; '));
}
