/**
 * The app's shipped models (public/models/<name>/) and the metrics file written next to them by
 * scripts/train-pretrained.ts. No tfjs here, so pages can list the models cheaply.
 */
import type { ModelSpec } from './spec';

/** Names of the shipped models. */
export type PretrainedName = 'lenet5' | 'gap-cam';

/** The shipped models, folder name → description. */
export const PRETRAINED: Readonly<Record<PretrainedName, { folder: string }>> = {
  lenet5: { folder: 'models/lenet5/' },
  'gap-cam': { folder: 'models/gap-cam/' },
};

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
