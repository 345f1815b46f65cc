/*
 * The steps of the ReLU lesson: ReLU cell by cell on the digit-9 feature map (L07), then the four
 * XOR inputs through the network (L25), then the activation curves. No views.
 */
import { type Tensor, type TensorLike, relu } from '../../core';
import { XOR_INPUTS } from './fixtures';

export type ReluPhase = 'relu' | 'xor' | 'curves';
export const PHASES: ReluPhase[] = ['relu', 'xor', 'curves'];

/** One step of the lesson. */
export type ReluLessonStep =
  | { phase: 'relu'; row: number; col: number; x: number; y: number }
  | { phase: 'xor'; row: number }
  | { phase: 'curves' };

export interface ReluLessonTrace {
  /** The feature map `[H, W]` and its ReLU. */
  map: Tensor;
  relu: Tensor;
  steps: ReluLessonStep[];
}

/**
 * The whole lesson as steps: one per feature-map cell (reading order), one per XOR input, and one
 * for the curves.
 *
 * @example
 * const t = reluLessonTrace(fromRows(FEATURE_MAP));
 * t.steps.length;  // 15 + 4 + 1 = 20
 * t.steps[1];      // { phase: 'relu', row: 0, col: 1, x: 1, y: 1 }
 */
export function reluLessonTrace(map: TensorLike): ReluLessonTrace {
  const out = relu(map);
  const [H, W] = map.shape;
  const steps: ReluLessonStep[] = [];
  for (let r = 0; r < H; r++) {
    for (let c = 0; c < W; c++) steps.push({ phase: 'relu', row: r, col: c, x: map.data[r * W + c], y: out.data[r * W + c] });
  }
  XOR_INPUTS.forEach((_, row) => steps.push({ phase: 'xor', row }));
  steps.push({ phase: 'curves' });
  return { map: { shape: [H, W], data: Float64Array.from(map.data) }, relu: out, steps };
}

/** Index of the first step of a phase. */
export function phaseStart(trace: ReluLessonTrace, phase: ReluPhase): number {
  return Math.max(0, trace.steps.findIndex((s) => s.phase === phase));
}
