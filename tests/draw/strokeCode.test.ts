import { describe, expect, it } from 'vitest';
import { decodeStrokes, encodeStrokes, MAX_POINTS, parseTestIndex } from '../../src/draw/strokeCode';
import type { Stroke } from '../../src/draw/strokes';

describe('encodeStrokes / decodeStrokes', () => {
  it('writes a stroke as version 1 + base64url of width, count and point bytes', () => {
    expect(encodeStrokes([{ width: 22 / 280, points: [0, 0, 1, 1] }])).toBe('1FgIAAP__');
    expect(decodeStrokes('1FgIAAP__')).toEqual({ ok: true, strokes: [{ width: 22 / 280, points: [0, 0, 1, 1] }] });
  });

  it('round-trips: a decoded code encodes to itself, points within half of 1/255', () => {
    const strokes: Stroke[] = [
      { width: 0.0786, points: [0.25, 0.2, 0.5, 0.21, 0.75, 0.2, 0.6, 0.5, 0.45, 0.85] },
      { width: 0.05, points: [0.1, 0.1] },
      { width: 0.1, points: Array.from({ length: 60 }, (_, i) => (i % 7) / 7) },
    ];
    const code = encodeStrokes(strokes);
    const back = decodeStrokes(code);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.strokes).toHaveLength(3);
    back.strokes.forEach((s, k) => {
      expect(Math.abs(s.width - strokes[k].width)).toBeLessThanOrEqual(0.5 / 280);
      s.points.forEach((v, i) => expect(Math.abs(v - strokes[k].points[i])).toBeLessThanOrEqual(0.5 / 255 + 1e-12));
    });
    expect(encodeStrokes(back.strokes)).toBe(code);
  });

  it('keeps at most 255 points of a long stroke, first and last included', () => {
    const points = Array.from({ length: 1000 }, (_, i) => ((i >> 1) / 499) * (i % 2 ? 0.5 : 1));
    const back = decodeStrokes(encodeStrokes([{ width: 0.1, points }]));
    expect(back.ok && back.strokes[0].points.length).toBe(2 * MAX_POINTS);
    if (!back.ok) return;
    expect(back.strokes[0].points.slice(0, 2)).toEqual([0, 0]);
    expect(back.strokes[0].points.slice(-2)).toEqual([1, 128 / 255]);
  });

  it('writes nothing for no strokes', () => {
    expect(encodeStrokes([])).toBe('');
    expect(encodeStrokes([{ width: 0.1, points: [] }])).toBe('');
  });

  it('says what is wrong with a malformed code', () => {
    expect(decodeStrokes('')).toEqual({ ok: false, problem: 'empty' });
    expect(decodeStrokes('2FgIAAP__')).toEqual({ ok: false, problem: 'version' });
    expect(decodeStrokes('1FgIA*P__')).toEqual({ ok: false, problem: 'characters' });
    expect(decodeStrokes('1FgIAAP')).toEqual({ ok: false, problem: 'truncated' });
    expect(decodeStrokes('1Fg')).toEqual({ ok: false, problem: 'truncated' });
    expect(decodeStrokes('1AAIAAP__')).toEqual({ ok: false, problem: 'truncated' });
    expect(decodeStrokes('1' + 'A'.repeat(9000))).toEqual({ ok: false, problem: 'too-long' });
    expect(decodeStrokes('1')).toEqual({ ok: false, problem: 'empty' });
  });
});

describe('parseTestIndex', () => {
  it('takes 0…9999 written in digits only', () => {
    expect(parseTestIndex('0')).toBe(0);
    expect(parseTestIndex('1234')).toBe(1234);
    expect(parseTestIndex('9999')).toBe(9999);
    expect(parseTestIndex('10000')).toBeNull();
    expect(parseTestIndex('-1')).toBeNull();
    expect(parseTestIndex('12a')).toBeNull();
    expect(parseTestIndex('1e3')).toBeNull();
    expect(parseTestIndex('')).toBeNull();
  });
});
