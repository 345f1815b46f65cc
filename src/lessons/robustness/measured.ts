/**
 * Figures measured with `npm run bench:robust` (bench/robust.bench.mjs) on the development machine
 * (2 shared cores, headless Chromium): LeNet-5 trained for 60 s on #/train with the page's defaults,
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
  date: '2026-12-04',
  runs: [
    { augment: 'none', backend: 'wasm', images: 45632, acc: { 'plain': 0.9723, 'shift-right-1': 0.969, 'shift-right-2': 0.9322, 'shift-right-3': 0.8147, 'shift-right-4': 0.5907, 'shift-left-1': 0.9645, 'shift-left-2': 0.9173, 'shift-left-3': 0.7993, 'shift-left-4': 0.6445, 'shift-down-1': 0.9565, 'shift-down-2': 0.8816, 'shift-down-3': 0.7092, 'shift-down-4': 0.4598, 'shift-up-1': 0.954, 'shift-up-2': 0.8625, 'shift-up-3': 0.6487, 'shift-up-4': 0.3841, 'rotate-cw15': 0.9424, 'rotate-ccw15': 0.9406, 'scale-0.8': 0.941, 'scale-0.9': 0.9687, 'scale-1.1': 0.968, 'scale-1.2': 0.9483, 'thicker': 0.9471, 'thinner': 0.86 } },
    { augment: 'shift', backend: 'wasm', images: 37632, acc: { 'plain': 0.9725, 'shift-right-1': 0.9703, 'shift-right-2': 0.9665, 'shift-right-3': 0.9584, 'shift-right-4': 0.9354, 'shift-left-1': 0.9723, 'shift-left-2': 0.9668, 'shift-left-3': 0.9577, 'shift-left-4': 0.941, 'shift-down-1': 0.971, 'shift-down-2': 0.9687, 'shift-down-3': 0.9565, 'shift-down-4': 0.9106, 'shift-up-1': 0.9711, 'shift-up-2': 0.9666, 'shift-up-3': 0.9518, 'shift-up-4': 0.9028, 'rotate-cw15': 0.9289, 'rotate-ccw15': 0.9278, 'scale-0.8': 0.939, 'scale-0.9': 0.9643, 'scale-1.1': 0.9687, 'scale-1.2': 0.9626, 'thicker': 0.9003, 'thinner': 0.7855 } },
    { augment: 'shift,rotate,scale,thickness', backend: 'wasm', images: 36288, acc: { 'plain': 0.9687, 'shift-right-1': 0.9661, 'shift-right-2': 0.961, 'shift-right-3': 0.9465, 'shift-right-4': 0.9184, 'shift-left-1': 0.9668, 'shift-left-2': 0.9621, 'shift-left-3': 0.9544, 'shift-left-4': 0.9356, 'shift-down-1': 0.9641, 'shift-down-2': 0.9559, 'shift-down-3': 0.9303, 'shift-down-4': 0.8534, 'shift-up-1': 0.9683, 'shift-up-2': 0.9632, 'shift-up-3': 0.9454, 'shift-up-4': 0.9032, 'rotate-cw15': 0.9373, 'rotate-ccw15': 0.9395, 'scale-0.8': 0.9324, 'scale-0.9': 0.9591, 'scale-1.1': 0.9697, 'scale-1.2': 0.9675, 'thicker': 0.9309, 'thinner': 0.908 } },
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
