/*
 * The pixels lesson's maths (LESSONS.md L35, L05): 8-bit intensities k and their scaled values
 * k/255, the colour patch as three channels, the 28×28 digit as 784 inputs, and row-major
 * flattening (index arithmetic, where the neighbours of a pixel land in the vector).
 */
import { DIGIT_SIDE, drawDigit } from './digit';
import { PSKANG_1, PSKANG_2_TOP, PSKANG_3_TOP, RGB_ROWS } from './fixtures';

export type PixelsSection = 'grey' | 'rgb' | 'digit' | 'own';
export type PixelsStepId = 'ints' | 'floats' | 'rgb' | 'digit' | 'flatten' | 'own';

export interface PixelsStep {
  id: PixelsStepId;
  section: PixelsSection;
  /** The pixel inspected when the link names none. */
  cell: { row: number; col: number };
}

/** The lesson's steps, in order. */
export const PIXELS_STEPS: readonly PixelsStep[] = [
  { id: 'ints', section: 'grey', cell: { row: 0, col: 0 } },
  { id: 'floats', section: 'grey', cell: { row: 0, col: 0 } },
  { id: 'rgb', section: 'rgb', cell: { row: 0, col: 0 } },
  { id: 'digit', section: 'digit', cell: { row: 9, col: 8 } },
  { id: 'flatten', section: 'digit', cell: { row: 9, col: 8 } },
  { id: 'own', section: 'own', cell: { row: 0, col: 0 } },
];

export const PIXELS_SECTIONS: readonly PixelsSection[] = ['grey', 'rgb', 'digit', 'own'];

/** First step of a section. */
export function sectionStart(section: PixelsSection): number {
  return PIXELS_STEPS.findIndex((s) => s.section === section);
}

/**
 * The 8-bit intensity behind a scaled value: the whole k with k/255 closest to it.
 *
 * @example
 * intensity(0.2784314); // 71
 */
export function intensity(v: number): number {
  return Math.round(v * 255);
}

/**
 * A value as R prints it (7 significant digits).
 *
 * @example
 * printR(71 / 255); // "0.2784314"
 * printR(1);        // "1"
 */
export function printR(v: number): string {
  return String(Number(v.toPrecision(7)));
}

/** A small image: size and row-major whole intensities 0–255. */
export interface Plane {
  rows: number;
  cols: number;
  /** Whole intensities k, 0–255. */
  k: number[];
}

function plane(rows: readonly (readonly number[])[]): Plane {
  return { rows: rows.length, cols: rows[0].length, k: rows.flat().map(intensity) };
}

/** The grey patch: channel 1 of the dump, 10×10. */
export const GREY_PATCH: Plane = plane(PSKANG_1);

/** The colour patch: rows 1–6 of the three channels, each 6×10. */
export const RGB_PATCH: readonly Plane[] = [plane(PSKANG_1.slice(0, RGB_ROWS)), plane(PSKANG_2_TOP), plane(PSKANG_3_TOP)];

/** The 28×28 digit. */
export const DIGIT: Plane = { rows: DIGIT_SIDE, cols: DIGIT_SIDE, k: drawDigit() };

/**
 * Scaled values k/255 of a plane (what a network is usually fed).
 *
 * @example
 * scaled(GREY_PATCH)[0]; // 0.2784313725490196 (= 71/255, printed by R as 0.2784314)
 */
export function scaled(p: Plane): number[] {
  return p.k.map((k) => k / 255);
}

/**
 * Row-major position of pixel (r, c) in the flattened image: `r·W + c`.
 *
 * @example
 * flatIndex(9, 8, 28); // 260
 */
export function flatIndex(r: number, c: number, W: number): number {
  return r * W + c;
}

/**
 * Row and column of a flat index: `r = ⌊i / W⌋`, `c = i mod W`.
 *
 * @example
 * cellOf(260, 28); // { row: 9, col: 8 }
 */
export function cellOf(i: number, W: number): { row: number; col: number } {
  return { row: Math.floor(i / W), col: i % W };
}

/** One neighbour of a pixel and where it lands in the flattened vector. */
export interface Neighbour {
  dir: 'up' | 'down' | 'left' | 'right';
  row: number;
  col: number;
  index: number;
  /** index − the pixel's own index. */
  offset: number;
}

/**
 * The four neighbours of (r, c) that exist, with their flat indices: left and right stay next to
 * the pixel in the vector (±1), up and down move a whole row away (±W).
 *
 * @example
 * neighbours(9, 8, 28, 28).map((n) => n.index); // [232, 288, 259, 261]
 */
export function neighbours(r: number, c: number, H: number, W: number): Neighbour[] {
  const me = flatIndex(r, c, W);
  const all: Neighbour[] = [
    { dir: 'up', row: r - 1, col: c, index: 0, offset: 0 },
    { dir: 'down', row: r + 1, col: c, index: 0, offset: 0 },
    { dir: 'left', row: r, col: c - 1, index: 0, offset: 0 },
    { dir: 'right', row: r, col: c + 1, index: 0, offset: 0 },
  ];
  return all
    .filter((n) => n.row >= 0 && n.row < H && n.col >= 0 && n.col < W)
    .map((n) => {
      const index = flatIndex(n.row, n.col, W);
      return { ...n, index, offset: index - me };
    });
}

/**
 * Position of channel `ch` of pixel (r, c) in a flattened H×W×C image stored channels-last
 * (as Keras and NumPy keep images): `(r·W + c)·C + ch`.
 *
 * @example
 * flatIndexHWC(0, 1, 2, 10, 3); // 5
 */
export function flatIndexHWC(r: number, c: number, ch: number, W: number, C: number): number {
  return (r * W + c) * C + ch;
}
