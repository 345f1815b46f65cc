import { describe, expect, it } from 'vitest';
import { conv2d, fromRows, toRows } from '../../src/core';
import {
  CORNER,
  CORNER_SHARPENED,
  EDGE_OUTLINED,
  PRESETS,
  PRESET_NAMES,
  SHARPEN_FIRST_STEP,
  shapesImage,
} from '../../src/lessons/kernels/fixtures';
import { kernelsParams } from '../../src/lessons/kernels/params';
import { buildKernelTrace, kernelSum, presetOf, sectionOf } from '../../src/lessons/kernels/trace';
import { parseParams } from '../../src/state/params';
import { arithmeticLines } from '../../src/ui/arithmetic';
import { convArithmetic } from '../../src/ui/convView';
import { matrixFromRows } from '../../src/ui/lessonParams';

const settings = (image: 'corner' | 'flat' | 'edge' | 'shapes', preset: (typeof PRESET_NAMES)[number]) => ({
  image,
  input: null,
  preset,
  kernel: null,
});

describe('kernels trace (LESSONS.md L12, L13)', () => {
  it('L12: the slide’s padded corner (zeros on top and left only) is 6×6 and gives 16 steps', () => {
    const t = buildKernelTrace(settings('corner', 'sharpen'));
    expect(t.padded.shape).toEqual([1, 6, 6]);
    expect(Array.from(t.padded.data.slice(0, 6))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Array.from(t.padded.data.slice(6, 12))).toEqual([0, 105, 102, 100, 97, 96]);
    expect(Array.from(t.padded.data.slice(30, 36))).toEqual([0, 104, 104, 104, 100, 98]);
    expect(t.steps).toHaveLength(16);
  });

  it('L12: output (0, 0) = 0·0 + 0·(−1) + 0·0 + 0·(−1) + 105·5 + 102·(−1) + 0·0 + 103·(−1) + 99·0 = 320', () => {
    const s = buildKernelTrace(settings('corner', 'sharpen')).steps[0];
    expect(Array.from(s.patch.data)).toEqual(SHARPEN_FIRST_STEP.pixels);
    expect(Array.from(s.kernel.data)).toEqual(SHARPEN_FIRST_STEP.weights);
    expect(s.result).toBe(320);
    const [line] = arithmeticLines(convArithmetic(s));
    expect(line.text).toBe(
      '0×0 + 0×(−1) + 0×0 + 0×(−1) + 105×5 + 102×(−1) + 0×0 + 103×(−1) + 99×0 = 0 + 0 + 0 + 0 + 525 + (−102) + 0 + (−103) + 0 = 320',
    );
  });

  it('L12 [computed]: the 4×4 corner 320 206 198 188 / 210 89 111 101 / 205 85 111 101 / 189 98 117 113', () => {
    const t = buildKernelTrace(settings('corner', 'sharpen'));
    expect(toRows(t.output)).toEqual(CORNER_SHARPENED);
    expect(t.steps.map((s) => s.result)).toEqual(CORNER_SHARPENED.flat());
    // the same numbers straight from conv2d with the slide's padding
    expect(toRows(conv2d(fromRows(CORNER), fromRows(PRESETS.sharpen), { padding: [1, 0, 1, 0] }))).toEqual(CORNER_SHARPENED);
  });

  it('L13: the correct outline kernel sums to 0: a flat patch gives 0, the 10 | 200 edge gives 0, −570, +570', () => {
    expect(kernelSum(matrixFromRows(PRESETS.outline))).toBe(0);
    expect(toRows(buildKernelTrace(settings('flat', 'outline')).output)).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
    expect(toRows(buildKernelTrace(settings('edge', 'outline')).output)).toEqual(EDGE_OUTLINED);
  });

  it('L13: the slide’s OCR’d outline sums to 9: a flat patch of 100 gives 900', () => {
    expect(PRESETS['outline-slide']).toEqual([[-1, 8, -1], [-1, 8, -1], [-1, -1, -1]]);
    expect(kernelSum(matrixFromRows(PRESETS['outline-slide']))).toBe(9);
    const t = buildKernelTrace(settings('flat', 'outline-slide'));
    expect(t.output.data.every((v) => v === 900)).toBe(true);
  });

  it('kernel sums: sharpen, identity, blur, emboss 1; outline, Sobel 0; a flat patch becomes 100 × sum', () => {
    const sums = Object.fromEntries(PRESET_NAMES.map((n) => [n, kernelSum(matrixFromRows(PRESETS[n]))]));
    expect(sums).toEqual({ sharpen: 1, outline: 0, 'outline-slide': 9, identity: 1, blur: 1, 'sobel-v': 0, 'sobel-h': 0, emboss: 1 });
    for (const n of PRESET_NAMES) {
      const out = buildKernelTrace(settings('flat', n)).output.data;
      for (const v of out) expect(v).toBeCloseTo(100 * sums[n], 10);
    }
  });

  it('identity returns the image; Sobel-v answers the vertical edge, Sobel-h does not', () => {
    const shapes = shapesImage();
    expect(toRows(buildKernelTrace(settings('shapes', 'identity')).output)).toEqual(shapes);
    expect(toRows(buildKernelTrace(settings('edge', 'sobel-v')).output)).toEqual(Array(3).fill([0, 760, 760]));
    expect(toRows(buildKernelTrace(settings('edge', 'sobel-h')).output)).toEqual(Array(3).fill([0, 0, 0]));
  });

  it('the 16×16 image with padding 1: 256 steps, output as large as the image', () => {
    const t = buildKernelTrace(settings('shapes', 'blur'));
    expect(t.padded.shape).toEqual([1, 18, 18]);
    expect(t.outShape).toEqual([1, 16, 16]);
    expect(t.steps).toHaveLength(256);
  });

  it('an image and a kernel from the link replace the presets', () => {
    const input = matrixFromRows([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    const kernel = matrixFromRows([[0, 0, 0], [0, 2, 0], [0, 0, 0]]);
    const t = buildKernelTrace({ image: 'corner', input, preset: 'sharpen', kernel });
    expect(toRows(t.output)).toEqual([[2, 4, 6], [8, 10, 12], [14, 16, 18]]);
  });

  it('sections follow image and kernel; presets are recognised from their values', () => {
    expect(sectionOf(settings('corner', 'sharpen'))).toBe('sharpen');
    expect(sectionOf(settings('edge', 'outline'))).toBe('outline');
    expect(sectionOf(settings('flat', 'outline-slide'))).toBe('slide');
    expect(sectionOf(settings('shapes', 'emboss'))).toBe('playground');
    expect(sectionOf(settings('corner', 'blur'))).toBeUndefined();
    expect(presetOf(matrixFromRows([[0, -1, 0], [-1, 5, -1], [0, -1, 0]]))).toBe('sharpen');
    expect(presetOf(matrixFromRows([[0, -1, 0], [-1, 6, -1], [0, -1, 0]]))).toBeUndefined();
  });

  it('link parameters: good values are read, malformed ones fall back and are reported', () => {
    const ok = parseParams(kernelsParams, { image: 'edge', preset: 'emboss', kernel: '1,0,0;0,0,0;0,0,-1' });
    expect(ok.values.image).toBe('edge');
    expect(ok.values.preset).toBe('emboss');
    expect(ok.values.kernel).toEqual({ shape: [3, 3], data: [1, 0, 0, 0, 0, 0, 0, 0, -1] });
    expect(ok.ignored).toEqual([]);
    const bad = parseParams(kernelsParams, { image: 'moon', preset: 'x', kernel: '1,2;3,4', input: '1,2;3' });
    expect(bad.values).toEqual({ image: 'corner', input: null, preset: 'sharpen', kernel: null, padding: null, stride: 1, source: 'lesson', res: '64' });
    expect(parseParams(kernelsParams, { kernel: '1,0,0,0,0;0,0,0,0,0;0,0,1,0,0;0,0,0,0,0;0,0,0,0,-1', padding: '2', stride: '3', source: 'camera', res: '128' }).ignored).toEqual([]);
    expect(parseParams(kernelsParams, { padding: '7', stride: '5', source: 'tv', res: '100' }).ignored.map((i) => i.key).sort()).toEqual(['padding', 'res', 'source', 'stride']);
    expect(bad.ignored.map((i) => i.key).sort()).toEqual(['image', 'input', 'kernel', 'preset']);
  });
});

describe('kernel size, padding and stride', () => {
  it('resizeKernel centres a kernel in zeros or keeps its centre', async () => {
    const { resizeKernel } = await import('../../src/lessons/kernels/trace');
    const sharpen = matrixFromRows(PRESETS.sharpen);
    const five = resizeKernel(sharpen, 5);
    expect(five.shape).toEqual([5, 5]);
    expect(Array.from(five.data.slice(5, 10))).toEqual([0, 0, -1, 0, 0]);
    expect(Array.from(five.data.slice(10, 15))).toEqual([0, -1, 5, -1, 0]);
    expect(resizeKernel(five, 3)).toEqual({ shape: [3, 3], data: PRESETS.sharpen.flat() });
    expect(resizeKernel(sharpen, 1)).toEqual({ shape: [1, 1], data: [5] });
  });

  it('padding and stride from the link change the trace; a section needs the lesson’s own', () => {
    const t = buildKernelTrace({ image: 'shapes', input: null, preset: 'blur', kernel: null, padding: 0, stride: 2 });
    expect(t.outShape).toEqual([1, 7, 7]);
    expect(sectionOf({ image: 'shapes', input: null, preset: 'blur', kernel: null, padding: 0, stride: 2 })).toBeUndefined();
    expect(sectionOf({ image: 'shapes', input: null, preset: 'blur', kernel: null, padding: null, stride: 1 })).toBe('playground');
  });
});
