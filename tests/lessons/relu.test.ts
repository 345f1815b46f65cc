import { describe, expect, it } from 'vitest';
import { conv2d, fromRows, toRows } from '../../src/core';
import {
  FEATURE_MAP,
  RELU_MAP,
  RELU_WEIGHTS,
  SIGMOID_WEIGHTS,
  SLIDE_RELU_TABLE,
  SLIDE_SIGMOID_TABLE,
  XOR_TARGETS,
} from '../../src/lessons/relu/fixtures';
import { lineInBox, linearTex } from '../../src/lessons/relu/geometry';
import { reluParams } from '../../src/lessons/relu/params';
import { phaseStart, reluLessonTrace } from '../../src/lessons/relu/trace';
import { bestSingleUnit, matchesSlide, outputGrid, xorForward, xorTable } from '../../src/lessons/relu/xor';
import { parseParams } from '../../src/state/params';

describe('relu lesson: ReLU on the digit-9 feature map (LESSONS.md L06, L07)', () => {
  it('L06: the printed map is the loop filter’s mean of products on the 9, truncated to 2 decimals', () => {
    const nine = fromRows([
      [-1, 1, 1, 1, -1],
      [-1, 1, -1, 1, -1],
      [-1, 1, 1, 1, -1],
      [-1, -1, -1, 1, -1],
      [-1, -1, -1, 1, -1],
      [-1, -1, 1, -1, -1],
      [-1, 1, -1, -1, -1],
    ]);
    const sums = toRows(conv2d(nine, fromRows([[1, 1, 1], [1, -1, 1], [1, 1, 1]])));
    expect(sums.map((r) => r.map((s) => Math.trunc((s / 9) * 100) / 100))).toEqual(FEATURE_MAP);
  });

  it('L07: 15 steps, cell by cell in reading order, giving 0 1 0 / 0 0.11 0 / 0 0.33 0 / 0 0 0 / 0 0 0', () => {
    const t = reluLessonTrace(fromRows(FEATURE_MAP));
    const relu = t.steps.filter((s) => s.phase === 'relu');
    expect(relu).toHaveLength(15);
    expect(relu[0]).toEqual({ phase: 'relu', row: 0, col: 0, x: -0.11, y: 0 });
    expect(relu[1]).toEqual({ phase: 'relu', row: 0, col: 1, x: 1, y: 1 });
    expect(relu[4]).toEqual({ phase: 'relu', row: 1, col: 1, x: 0.11, y: 0.11 });
    expect(toRows(t.relu)).toEqual(RELU_MAP);
    expect(relu.map((s) => s.y)).toEqual(RELU_MAP.flat());
  });

  it('then four XOR steps and the curves: 20 steps; phases start at 0, 15, 19', () => {
    const t = reluLessonTrace(fromRows(FEATURE_MAP));
    expect(t.steps).toHaveLength(20);
    expect([phaseStart(t, 'relu'), phaseStart(t, 'xor'), phaseStart(t, 'curves')]).toEqual([0, 15, 19]);
    expect(t.steps.slice(15, 19)).toEqual([0, 1, 2, 3].map((row) => ({ phase: 'xor', row })));
  });
});

describe('relu lesson: XOR (LESSONS.md L25)', () => {
  it('sigmoid network a1 = σ(20x1 − 20x2 − 10), a2 = σ(−20x1 + 20x2 − 10), y = σ(20a1 + 20a2 − 10): every value within 5e-5 of the slide', () => {
    const rows = xorTable('sigmoid', SIGMOID_WEIGHTS);
    rows.forEach((r, i) => {
      expect(Math.abs(r.hidden[0].out - SLIDE_SIGMOID_TABLE[i].a1)).toBeLessThanOrEqual(5e-5);
      expect(Math.abs(r.hidden[1].out - SLIDE_SIGMOID_TABLE[i].a2)).toBeLessThanOrEqual(5e-5);
      expect(Math.abs(r.y - SLIDE_SIGMOID_TABLE[i].y)).toBeLessThanOrEqual(5e-5);
      expect(r.predicted).toBe(XOR_TARGETS[i]);
    });
    expect(matchesSlide('sigmoid', rows)).toBe(true);
    // the pre-activations of input (1, 0): a1 = σ(10), a2 = σ(−30), y = σ(20·σ(10) + 20·σ(−30) − 10)
    const r = rows[2];
    expect([r.hidden[0].z, r.hidden[1].z]).toEqual([10, -30]);
    expect(r.hidden[0].dot).toBe(20);
  });

  it('ReLU network a1 = ReLU(0.5x1 − 0.5x2), a2 = ReLU(−0.5x1 + 0.5x2), y = 2a1 + 2a2: exactly the printed values', () => {
    const rows = xorTable('relu', RELU_WEIGHTS);
    expect(rows.map((r) => ({ a1: r.hidden[0].out, a2: r.hidden[1].out, y: r.y }))).toEqual(SLIDE_RELU_TABLE);
    expect(matchesSlide('relu', rows)).toBe(true);
    expect(xorForward('relu', RELU_WEIGHTS, 0, 1).hidden[1].out).toBe(0.5);
  });

  it('changed weights no longer match the slide (and the table says which rows go wrong)', () => {
    const w = SIGMOID_WEIGHTS.map((r) => [...r]);
    w[2][2] = -30; // the output needs both hidden units now: AND of a1, a2, never true
    const rows = xorTable('sigmoid', w);
    expect(matchesSlide('sigmoid', rows)).toBe(false);
    expect(rows.map((r) => r.correct)).toEqual([true, false, false, true]);
  });

  it('one unit alone: no weights on the grid −2…2 (step 0.5) get more than 3 of 4; the OR unit gets 3', () => {
    expect(bestSingleUnit()).toEqual({ best: 3, tried: 729 });
    const rows = xorTable('single', [[1, 1, -0.5]]);
    expect(rows.filter((r) => r.correct)).toHaveLength(3);
    expect(matchesSlide('single', rows)).toBe(false);
  });

  it('the decision grid is y on an n×n grid, x2 growing with the row', () => {
    const g = outputGrid('relu', RELU_WEIGHTS, 3, 0, 1);
    expect(g).toEqual([0, 0.5, 1, 0.5, 0, 0.5, 1, 0.5, 0]);
  });

  it('plane geometry: a unit’s line inside the square, and its formula in TeX', () => {
    expect(lineInBox(1, -1, 0, 0, 1)).toEqual([[0, 0], [1, 1]]);
    const seg = lineInBox(20, -20, -10, -0.5, 1.5)!;
    for (const [x1, x2] of seg) expect(20 * x1 - 20 * x2 - 10).toBeCloseTo(0, 9);
    expect(lineInBox(0, 0, 1, 0, 1)).toBeNull();
    expect(lineInBox(1, 0, -5, 0, 1)).toBeNull();
    expect(linearTex(20, -20, -10, ['x_1', 'x_2'])).toBe('20x_1 - 20x_2 - 10');
    expect(linearTex(-0.5, 0.5, 0, ['x_1', 'x_2'])).toBe('-0.5x_1 + 0.5x_2');
    expect(linearTex(2, 2, 0, ['a_1', 'a_2'])).toBe('2a_1 + 2a_2');
    expect(linearTex(0, 0, 0, ['a_1', 'a_2'])).toBe('0');
  });

  it('link parameters: w needs 1 or 3 rows of w1,w2,b; malformed values are reported', () => {
    expect(parseParams(reluParams, { net: 'relu', w: '1,2,3;4,5,6;7,8,9', x: '-1.5' }).values).toEqual({
      input: null,
      net: 'relu',
      w: { shape: [3, 3], data: [1, 2, 3, 4, 5, 6, 7, 8, 9] },
      x: -1.5,
    });
    const bad = parseParams(reluParams, { net: 'tanh', w: '1,2;3,4', x: '9', input: 'a' });
    expect(bad.values).toEqual({ input: null, net: 'sigmoid', w: null, x: 1 });
    expect(bad.ignored.map((i) => i.key).sort()).toEqual(['input', 'net', 'w', 'x']);
  });
});
