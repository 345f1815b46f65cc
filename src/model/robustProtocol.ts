/**
 * The worker messages of robustness testing and data augmentation (part of ToWorker/FromWorker in
 * protocol.ts).
 */

/** Page → worker. */
export type RobustToWorker =
  /** Test the current model on every robustness set (ROBUST_TRANSFORMS) of the first `count` test images (default: testLimit). */
  | { type: 'robust-eval'; count?: number }
  /** Stop the robustness tests asked for so far (between two batches); the sets done so far stay. */
  | { type: 'robust-cancel' };

/** Worker → page. */
export type RobustFromWorker =
  /** The accuracy on one robustness set (`index` of `total`, in ROBUST_TRANSFORMS order). */
  | { type: 'robust'; id: string; accuracy: number; count: number; index: number; total: number; epochs: number }
  /** Every set is done (`seconds` of wall time). */
  | { type: 'robust-done'; seconds: number; epochs: number }
  /** The test was cancelled after `done` of `total` sets (their `robust` messages were sent). */
  | { type: 'robust-cancelled'; done: number; total: number; seconds: number }
  /**
   * Augmented training images as the model gets them (the first few of one batch), sent about
   * once a second while training with `augment`: `images` holds count×784 values 0…1.
   */
  | { type: 'augment-samples'; epoch: number; batch: number; count: number; images: Float32Array; originals: Float32Array; labels: Uint8Array };

export const ROBUST_TO_TYPES = ['robust-eval', 'robust-cancel'] as const;
export const ROBUST_FROM_TYPES = ['robust', 'robust-done', 'robust-cancelled', 'augment-samples'] as const;
