/*
 * A picture as numbers a person can read: the RGBA pixels of a decoded picture reduced to an n×n
 * grid of whole intensities 0–255 per channel. Pure: no DOM, no React.
 *
 * The documented downsampling (the pixels lesson says the same):
 * 1. the centred square of the picture is kept (side = the shorter side; the longer side loses
 *    equal parts at both ends, the extra pixel of an odd difference at the end);
 * 2. the square is cut into n×n equal cells; each cell's R, G and B are the mean of the pixels it
 *    covers, a pixel cut by a cell border counting with the share of its area inside the cell;
 * 3. grey = 0.299·R + 0.587·G + 0.114·B (ITU-R BT.601, as JPEG and most photo tools use) of those
 *    means; every channel is then rounded to the nearest whole number.
 * Transparent pixels are composited onto white when the picture is decoded (src/pictures/decode.ts).
 */

/** Decoded pixels, row-major RGBA bytes (4 per pixel), as ImageData holds them. */
export interface RgbaImage {
  width: number;
  height: number;
  data: ArrayLike<number>;
}

/** The grid sizes the lessons offer. */
export const GRID_SIZES = [8, 12, 16, 24, 28, 32, 48, 64] as const;
export const MAX_GRID = 64;

/** One n×n grid per channel, whole numbers 0–255, row-major. */
export interface PictureGrid {
  size: number;
  r: Uint8Array;
  g: Uint8Array;
  b: Uint8Array;
  grey: Uint8Array;
}

export type ChannelName = 'grey' | 'r' | 'g' | 'b';
export const CHANNEL_NAMES: readonly ChannelName[] = ['grey', 'r', 'g', 'b'];

/** The square a grid is made from, in picture pixels. */
export interface SquareCrop {
  x: number;
  y: number;
  side: number;
}

/**
 * The centred square of a width×height picture.
 *
 * @example
 * centredSquare(640, 480); // { x: 80, y: 0, side: 480 }
 */
export function centredSquare(width: number, height: number): SquareCrop {
  const side = Math.min(width, height);
  return { x: Math.floor((width - side) / 2), y: Math.floor((height - side) / 2), side };
}

/**
 * For each of n cells along a run of `side` source pixels starting at `from`: the source pixels it
 * covers and the share of each pixel inside the cell (the shares of one cell add up to side / n).
 */
function cellSpans(from: number, side: number, n: number): { first: number; weights: number[] }[] {
  const spans: { first: number; weights: number[] }[] = [];
  const step = side / n;
  for (let j = 0; j < n; j++) {
    const a = j * step;
    const b = (j + 1) * step;
    const first = Math.floor(a);
    const weights: number[] = [];
    for (let p = first; p < b; p++) weights.push(Math.min(b, p + 1) - Math.max(a, p));
    spans.push({ first: from + first, weights });
  }
  return spans;
}

/**
 * Grey intensity of an R, G, B triple (not rounded).
 *
 * @example
 * greyOf(255, 0, 0); // 76.245
 */
export function greyOf(r: number, g: number, b: number): number {
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/**
 * Downsamples the picture's centred square (or `crop`) to an n×n grid per channel (see the file's
 * comment for the exact rule). Throws a RangeError for n outside 1…side or an empty picture.
 *
 * @example
 * // a 2×2 picture of black, white / white, black → 1×1 grid: mean 127.5, rounds to 128
 * downsample({ width: 2, height: 2, data: [0,0,0,255, 255,255,255,255, 255,255,255,255, 0,0,0,255] }, 1).grey; // Uint8Array [128]
 */
export function downsample(img: RgbaImage, n: number, crop: SquareCrop = centredSquare(img.width, img.height)): PictureGrid {
  if (img.width < 1 || img.height < 1 || img.data.length < img.width * img.height * 4) throw new RangeError('the picture has no pixels');
  if (!Number.isInteger(n) || n < 1 || n > crop.side) throw new RangeError(`a grid side must be a whole number from 1 to ${crop.side}, not ${n}`);
  if (crop.x < 0 || crop.y < 0 || crop.x + crop.side > img.width || crop.y + crop.side > img.height) throw new RangeError('the square lies outside the picture');
  const cols = cellSpans(crop.x, crop.side, n);
  const rows = cellSpans(crop.y, crop.side, n);
  const area = (crop.side / n) ** 2;
  const out = { size: n, r: new Uint8Array(n * n), g: new Uint8Array(n * n), b: new Uint8Array(n * n), grey: new Uint8Array(n * n) };
  const { data, width } = img;
  for (let i = 0; i < n; i++) {
    const rs = rows[i];
    for (let j = 0; j < n; j++) {
      const cs = cols[j];
      let sr = 0;
      let sg = 0;
      let sb = 0;
      for (let a = 0; a < rs.weights.length; a++) {
        const wy = rs.weights[a];
        let o = ((rs.first + a) * width + cs.first) * 4;
        for (let c = 0; c < cs.weights.length; c++, o += 4) {
          const w = wy * cs.weights[c];
          sr += w * data[o];
          sg += w * data[o + 1];
          sb += w * data[o + 2];
        }
      }
      const R = sr / area;
      const G = sg / area;
      const B = sb / area;
      const k = i * n + j;
      out.r[k] = Math.round(R);
      out.g[k] = Math.round(G);
      out.b[k] = Math.round(B);
      out.grey[k] = Math.round(greyOf(R, G, B));
    }
  }
  return out;
}

/**
 * The picture's grey intensities at full size (one per pixel, rounded): what a live camera frame
 * already scaled by the browser becomes.
 *
 * @example
 * greyPixels({ width: 1, height: 1, data: [255, 0, 0, 255] }); // Float64Array [76]
 */
export function greyPixels(img: RgbaImage): Float64Array {
  const n = img.width * img.height;
  const out = new Float64Array(n);
  for (let p = 0, o = 0; p < n; p++, o += 4) out[p] = Math.round(greyOf(img.data[o], img.data[o + 1], img.data[o + 2]));
  return out;
}
