/*
 * The arithmetic of a feature-match step for the engine's ArithmeticPanel.
 */
import type { ConvStep } from '../../core';
import { type ArithmeticSpec, convArithmetic } from '../../ui';

/**
 * A convolution step as a mean of products: "(x₁×w₁ + …) / 9 = (p₁ + …) / 9 = mean".
 *
 * @example
 * meanArithmetic(trace.conv.steps[1], 9).result; // 1
 */
export function meanArithmetic(step: ConvStep, cells: number): ArithmeticSpec {
  return { ...convArithmetic(step), divisor: cells, result: step.result / cells };
}
