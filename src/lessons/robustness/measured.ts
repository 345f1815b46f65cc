/**
 * Figures measured with `npm run bench:robust` (bench/robust.bench.mjs) on the development machine
 * (2 cores, nothing else running, headless Chromium): LeNet-5 trained for 60 s on #/train with 4 epochs of 64
 * at 0.002 × 0.55 per epoch and no label smoothing (the page's defaults then; the bench pins them),
 * without augmentation, with augment=shift and with augment=shift,rotate,scale,thickness, then
 * tested on the 25 robustness sets of all 10,000 test images (robust-accuracy-<set>). Copied from
 * the benchmark's JSON line; nothing is computed or downloaded at run time.
 */

export interface MeasuredRun {
  augment: 'none' | 'shift' | 'shift,rotate,scale,thickness';
  backend: string;
  /** Training images seen in the 60 s. */
  images: number;
  /** Test accuracy (0…1) per robustness set id. */
  acc: Readonly<Record<string, number>>;
}

export const MEASURED: { command: string; date: string; runs: readonly MeasuredRun[] } = {
  command: 'npm run bench:robust',
  date: '2026-12-07',
  runs: [
    { augment: 'none', backend: 'wasm', images: 192640, acc: { 'plain': 0.9911, 'shift-right-1': 0.9854, 'shift-right-2': 0.9691, 'shift-right-3': 0.8965, 'shift-right-4': 0.7423, 'shift-left-1': 0.9831, 'shift-left-2': 0.9506, 'shift-left-3': 0.8465, 'shift-left-4': 0.688, 'shift-down-1': 0.9832, 'shift-down-2': 0.9447, 'shift-down-3': 0.8109, 'shift-down-4': 0.5741, 'shift-up-1': 0.9773, 'shift-up-2': 0.9145, 'shift-up-3': 0.7339, 'shift-up-4': 0.4412, 'rotate-cw15': 0.9544, 'rotate-ccw15': 0.9677, 'scale-0.8': 0.9724, 'scale-0.9': 0.9872, 'scale-1.1': 0.9884, 'scale-1.2': 0.9798, 'thicker': 0.971, 'thinner': 0.8962 } },
    { augment: 'shift', backend: 'wasm', images: 184256, acc: { 'plain': 0.989, 'shift-right-1': 0.9892, 'shift-right-2': 0.9867, 'shift-right-3': 0.985, 'shift-right-4': 0.9756, 'shift-left-1': 0.9891, 'shift-left-2': 0.9863, 'shift-left-3': 0.9846, 'shift-left-4': 0.9774, 'shift-down-1': 0.9883, 'shift-down-2': 0.9882, 'shift-down-3': 0.9838, 'shift-down-4': 0.9656, 'shift-up-1': 0.9883, 'shift-up-2': 0.988, 'shift-up-3': 0.9814, 'shift-up-4': 0.9578, 'rotate-cw15': 0.956, 'rotate-ccw15': 0.9679, 'scale-0.8': 0.9747, 'scale-0.9': 0.9869, 'scale-1.1': 0.9873, 'scale-1.2': 0.9843, 'thicker': 0.9591, 'thinner': 0.795 } },
    { augment: 'shift,rotate,scale,thickness', backend: 'wasm', images: 179456, acc: { 'plain': 0.9848, 'shift-right-1': 0.9847, 'shift-right-2': 0.983, 'shift-right-3': 0.9783, 'shift-right-4': 0.9658, 'shift-left-1': 0.9845, 'shift-left-2': 0.9832, 'shift-left-3': 0.9779, 'shift-left-4': 0.9669, 'shift-down-1': 0.9829, 'shift-down-2': 0.9824, 'shift-down-3': 0.9757, 'shift-down-4': 0.9541, 'shift-up-1': 0.9847, 'shift-up-2': 0.9827, 'shift-up-3': 0.9743, 'shift-up-4': 0.9497, 'rotate-cw15': 0.9653, 'rotate-ccw15': 0.9689, 'scale-0.8': 0.9767, 'scale-0.9': 0.9826, 'scale-1.1': 0.9853, 'scale-1.2': 0.9832, 'thicker': 0.9729, 'thinner': 0.9463 } },
  ],
};

/**
 * Mean test accuracy over the four directions of a shift by `d` pixels (`d` 0: the plain set).
 *
 * @example meanAccuracy(MEASURED.runs[0], 0) === MEASURED.runs[0].acc.plain // true
 */
export function meanAccuracy(run: MeasuredRun, d: number): number {
  if (d === 0) return run.acc.plain;
  return (['right', 'left', 'down', 'up'] as const).reduce((s, dir) => s + run.acc[`shift-${dir}-${d}`], 0) / 4;
}
