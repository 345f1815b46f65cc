/*
 * The lecture's numbers for the kernel playground (LESSONS.md L12, L13), the preset kernels and
 * the lesson's built-in images. Rows top first; positions (row, col) zero-based.
 */

/**
 * L12 "Image Matrix": the visible top-left corner of a larger grey image (seed 004 lines 536–565).
 * The slide draws it with one row of zeros above and one column of zeros on the left.
 */
export const CORNER = [
  [105, 102, 100, 97, 96],
  [103, 99, 103, 101, 102],
  [101, 98, 104, 102, 100],
  [99, 101, 106, 104, 99],
  [104, 104, 104, 100, 98],
];

/** L12: zero padding on the top and left only ([top, bottom, left, right]), as the slide draws it. */
export const CORNER_PADDING = [1, 0, 1, 0] as const;

/** L12 [computed]: the 4×4 outputs of the sharpen kernel that the visible corner determines. */
export const CORNER_SHARPENED = [
  [320, 206, 198, 188],
  [210, 89, 111, 101],
  [205, 85, 111, 101],
  [189, 98, 117, 113],
];

/** L12: the slide's worked step for output (0, 0), pixel × kernel in reading order. */
export const SHARPEN_FIRST_STEP = {
  pixels: [0, 0, 0, 0, 105, 102, 0, 103, 99],
  weights: [0, -1, 0, -1, 5, -1, 0, -1, 0],
  result: 320,
};

/** L13: a flat patch of 100 (5×5). */
export const FLAT = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => 100));

/** L13 [computed]: a vertical step edge, 10 on the left and 200 on the right (5×5). */
export const EDGE = Array.from({ length: 5 }, () => [10, 10, 10, 200, 200]);

/** L13 [computed]: the correct outline kernel on EDGE gives the columns 0, −570, +570. */
export const EDGE_OUTLINED = Array.from({ length: 3 }, () => [0, -570, 570]);

/** The preset kernels, by their URL name. */
export const PRESETS = {
  /** L12 (setosa.io "sharpen"): sum 1. */
  sharpen: [
    [0, -1, 0],
    [-1, 5, -1],
    [0, -1, 0],
  ],
  /** L13, the most plausible original (setosa.io "outline"): sum 0. */
  outline: [
    [-1, -1, -1],
    [-1, 8, -1],
    [-1, -1, -1],
  ],
  /** L13 as the seed's text prints it (OCR damage): sum 9, so not an outline detector. */
  'outline-slide': [
    [-1, 8, -1],
    [-1, 8, -1],
    [-1, -1, -1],
  ],
  identity: [
    [0, 0, 0],
    [0, 1, 0],
    [0, 0, 0],
  ],
  /** Box blur: the mean of the 3×3 neighbourhood, every weight 1/9. */
  blur: [
    [1 / 9, 1 / 9, 1 / 9],
    [1 / 9, 1 / 9, 1 / 9],
    [1 / 9, 1 / 9, 1 / 9],
  ],
  /** Sobel, responds to vertical edges (brightness changing from left to right). */
  'sobel-v': [
    [-1, 0, 1],
    [-2, 0, 2],
    [-1, 0, 1],
  ],
  /** Sobel, responds to horizontal edges (brightness changing from top to bottom). */
  'sobel-h': [
    [-1, -2, -1],
    [0, 0, 0],
    [1, 2, 1],
  ],
  /** Emboss (setosa.io): sum 1. */
  emboss: [
    [-2, -1, 0],
    [-1, 1, 1],
    [0, 1, 2],
  ],
} as const satisfies Record<string, readonly (readonly number[])[]>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

/**
 * The lesson's larger built-in image, 16×16 greys [synthetic, made for this lesson]: a dark
 * background (40), a bright square (220), a mid-grey disc (150), a thin bright diagonal and a
 * left-to-right ramp along the bottom, so that every kernel has edges, corners, flat areas and a
 * gradient to work on.
 *
 * @example
 * shapesImage()[4][4]; // 220 (inside the square)
 */
export function shapesImage(): number[][] {
  const n = 16;
  const rows: number[][] = [];
  for (let r = 0; r < n; r++) {
    const row: number[] = [];
    for (let c = 0; c < n; c++) {
      let v = 40;
      if (r >= 2 && r <= 7 && c >= 2 && c <= 7) v = 220;
      const dr = r - 9.5;
      const dc = c - 10.5;
      if (dr * dr + dc * dc <= 3.2 * 3.2) v = 150;
      if (r === c + 8 && c <= 4) v = 250;
      if (r >= 14) v = Math.round((c * 255) / (n - 1));
      row.push(v);
    }
    rows.push(row);
  }
  return rows;
}

/** The built-in images, by their URL name, with the padding each one uses. */
export const IMAGES = {
  corner: { rows: CORNER, padding: CORNER_PADDING },
  flat: { rows: FLAT, padding: 0 },
  edge: { rows: EDGE, padding: 0 },
  shapes: { rows: shapesImage(), padding: 1 },
} as const;

export type ImageName = keyof typeof IMAGES;
export const IMAGE_NAMES = Object.keys(IMAGES) as ImageName[];

/** Padding for an image from the link (`input=`): one zero row/column all round, output as large as the input. */
export const CUSTOM_PADDING = 1;
