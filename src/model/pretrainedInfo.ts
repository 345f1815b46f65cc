/**
 * The app's shipped models (public/models/<name>/) and the metrics file written next to them by
 * scripts/train-pretrained.ts. No tfjs here, so pages can list the models cheaply.
 */
import { defaultSpec, type ModelSpec } from './spec';

/** Names of the shipped models. */
export type PretrainedName = 'lenet5' | 'gap-cam' | 'lenet5-3x3';

/**
 * The shipped models: folder, display label and architecture. `lenet5-3x3` is LeNet-5 with 3×3
 * kernels in both convolutions (same filters, pooling and dense layers), trained with LeNet-5's
 * recipe, so the two can be compared on one page (#/compare?a=lenet5&b=lenet5-3x3).
 */
export const PRETRAINED: Readonly<Record<PretrainedName, { folder: string; label: string; spec: ModelSpec }>> = {
  lenet5: { folder: 'models/lenet5/', label: 'LeNet-5', spec: defaultSpec('lenet5') },
  'gap-cam': { folder: 'models/gap-cam/', label: 'GAP-CAM', spec: defaultSpec('gap-cam') },
  'lenet5-3x3': {
    folder: 'models/lenet5-3x3/',
    label: 'LeNet-5 3×3',
    spec: { ...defaultSpec('lenet5'), conv: [{ filters: 6, kernel: 3 }, { filters: 16, kernel: 3 }] },
  },
};

/** Whether a string names a shipped model. */
export function isPretrainedName(s: string): s is PretrainedName {
  return Object.prototype.hasOwnProperty.call(PRETRAINED, s);
}

/** metrics.json of a shipped model. */
export interface PretrainedMetrics {
  model: PretrainedName;
  spec: ModelSpec;
  params: number;
  /** Accuracy on the full 10,000 MNIST test images (0–1). */
  testAccuracy: number;
  testLoss: number;
  testCount: number;
  errors: number;
  seed: number;
  epochs: number;
  batchSize: number;
  optimizer: 'adam';
  learningRate: number;
  finalLearningRate: number;
  /** Training wall-clock seconds. */
  seconds: number;
  backend: string;
  tfjs: string;
  /** YYYY-MM-DD. */
  date: string;
}
