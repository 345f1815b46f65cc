import { describe, expect, it } from 'vitest';
import { learningRateAt, ONECYCLE_FLOOR, type ScheduleRun } from '../../src/model/schedule';

describe('learningRateAt', () => {
  it("'step': the rate × decay^(epoch − 1), constant within an epoch", () => {
    const run: ScheduleRun = { schedule: 'step', learningRate: 0.002, lrDecay: 0.55, stepsPerEpoch: 938, epochs: 4 };
    expect(learningRateAt(run, 0)).toBe(0.002);
    expect(learningRateAt(run, 937)).toBe(0.002);
    expect(learningRateAt(run, 938)).toBeCloseTo(0.0011, 12);
    expect(learningRateAt(run, 3 * 938)).toBeCloseTo(0.002 * 0.55 ** 3, 12);
    expect(learningRateAt({ ...run, lrDecay: 1 }, 3000)).toBe(0.002);
  });

  it("'onecycle' over LeNet-5's default run (2 epochs of 938 steps): warm-up over 94 steps, the peak, then a straight line to 2% at the last step", () => {
    const run: ScheduleRun = { schedule: 'onecycle', learningRate: 0.003, lrDecay: 0.55, stepsPerEpoch: 938, epochs: 2 };
    const rates = Array.from({ length: 1876 }, (_, s) => learningRateAt(run, s));
    expect(rates[0]).toBeCloseTo(0.003 / 94, 12);
    expect(rates[93]).toBeCloseTo(0.003, 12);
    expect(Math.max(...rates)).toBeCloseTo(0.003, 12);
    expect(rates[1875]).toBeCloseTo(0.003 * ONECYCLE_FLOOR, 12);
    for (let s = 1; s < 94; s++) expect(rates[s]).toBeGreaterThan(rates[s - 1]);
    for (let s = 95; s < 1876; s++) expect(rates[s]).toBeLessThan(rates[s - 1]);
    // A straight line: equal drops between equally spaced steps; the decay factor plays no part.
    expect(rates[500] - rates[600]).toBeCloseTo(rates[1500] - rates[1600], 12);
    expect(learningRateAt({ ...run, lrDecay: 1 }, 1000)).toBe(rates[1000]);
    // Halfway down the line, half of the way to the floor.
    expect(learningRateAt(run, 94 + (1875 - 94) / 2)).toBeCloseTo(0.003 * (1 + ONECYCLE_FLOOR) / 2, 12);
  });

  it("'onecycle' on tiny runs stays finite and within (0, rate]", () => {
    for (const [steps, epochs] of [[1, 1], [2, 1], [3, 2], [20, 1]]) {
      const run: ScheduleRun = { schedule: 'onecycle', learningRate: 0.01, lrDecay: 1, stepsPerEpoch: steps, epochs };
      for (let s = 0; s < steps * epochs; s++) {
        const lr = learningRateAt(run, s);
        expect(lr).toBeGreaterThan(0);
        expect(lr).toBeLessThanOrEqual(0.01);
      }
    }
  });
});
