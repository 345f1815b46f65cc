import { describe, expect, it } from 'vitest';
import { arithmeticLines } from '../../src/ui/arithmetic';
import { formatNumber, parseNumberInput } from '../../src/ui/format';

describe('arithmeticLines', () => {
  it('weighted sum: terms, products and result with real minus signs', () => {
    const [line] = arithmeticLines({ groups: [{ terms: [{ x: 0.73, w: -2 }, { x: 0.86, w: 1 }], result: -0.6 }], result: -0.6 });
    expect(line.text).toBe('0.73×(−2) + 0.86×1 = (−1.46) + 0.86 = −0.6');
    expect(line.tex).toContain('0.73\\times(-2)');
  });
  it('per-channel sums and a bias (L11: 308 + (−498) + 164 + 1 = −25)', () => {
    const lines = arithmeticLines({
      groups: [
        { label: 'R', terms: [{ x: 1, w: 308 }], result: 308 },
        { label: 'G', terms: [{ x: 1, w: -498 }], result: -498 },
        { label: 'B', terms: [{ x: 1, w: 164 }], result: 164 },
      ],
      bias: 1,
      result: -25,
    });
    expect(lines).toHaveLength(4);
    expect(lines[0].text.startsWith('R: ')).toBe(true);
    expect(lines[3].text).toBe('308 + (−498) + 164 + 1 = −25');
  });
  it('max and mean', () => {
    expect(arithmeticLines({ op: 'max', groups: [{ terms: [{ x: 1 }, { x: 6 }], result: 6 }], result: 6 })[0].text).toBe('max(1, 6) = 6');
    expect(arithmeticLines({ op: 'mean', groups: [{ terms: [{ x: 1 }, { x: 6 }], result: 3.5 }], result: 3.5 })[0].text).toBe('(1 + 6) / 2 = 3.5');
  });
});

describe('format', () => {
  it('formats and parses numbers as a learner types them', () => {
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-0.4449)).toBe('−0.44');
    expect(parseNumberInput('−2')).toBe(-2);
    expect(parseNumberInput('0,5')).toBe(0.5);
    expect(parseNumberInput('abc')).toBeUndefined();
    expect(parseNumberInput('1e400')).toBeUndefined();
  });
});
