/*
 * The CAM lesson's numbers (LESSONS.md L34). The sandbox maps and weights are LESSONS.md's
 * [computed] teaching example (not from the seeds); the predictions are the slide's (seed 004
 * lines 994–1009).
 */

/** f1: a blob in the centre. */
export const F1 = [
  [0, 1, 0],
  [1, 3, 1],
  [0, 1, 0],
];

/** f2: the top-left corner. */
export const F2 = [
  [2, 1, 0],
  [1, 0, 0],
  [0, 0, 0],
];

/** Class weights w_k^c: one row per class (cat, dog), one column per unit k. */
export const WEIGHTS = [
  [1, 0.5],
  [-0.5, 1],
];

export const CLASSES = ['cat', 'dog'] as const;
export type CamClass = (typeof CLASSES)[number];

/** The slide's example predictions for two images (top classes and probabilities). */
export const PREDICTIONS: readonly { label: string; p: number }[][] = [
  [
    { label: 'palace', p: 0.23 },
    { label: 'formal_garden', p: 0.2 },
    { label: 'mansion', p: 0.15 },
    { label: 'castle', p: 0.07 },
    { label: 'courthouse', p: 0.06 },
  ],
  [
    { label: 'office_building', p: 0.33 },
    { label: 'building_facade', p: 0.24 },
    { label: 'hospital', p: 0.17 },
    { label: 'skyscraper', p: 0.06 },
  ],
];
