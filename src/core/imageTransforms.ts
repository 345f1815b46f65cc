/**
 * Geometric and stroke transforms of square grey images (one channel, row-major, any value range;
 * MNIST: 28×28, 0 = paper). Pure functions: a fresh output (or the `out` given), the input is
 * never changed. Pixels that come from outside the image are paper (0).
 */

/** A writable row-major image buffer (Float32Array, Uint8Array, Uint8ClampedArray…). */
export interface PixelBuffer {
  readonly length: number;
  [i: number]: number;
}

function sideOf(img: ArrayLike<number>): number {
  const n = Math.round(Math.sqrt(img.length));
  if (n * n !== img.length || n === 0) throw new RangeError(`an image must be square, but ${img.length} values are not n×n`);
  return n;
}

function target(img: ArrayLike<number>, out: PixelBuffer | undefined): PixelBuffer {
  if (!out) return new Float32Array(img.length);
  if (out.length !== img.length) throw new RangeError(`the output holds ${out.length} values, the image ${img.length}`);
  if (out === (img as unknown)) throw new RangeError('the output must not be the input image');
  return out;
}

/**
 * Moves the image `dx` pixels right and `dy` pixels down (negative: left, up); what moves out is
 * lost, what comes in is paper.
 *
 * @example
 * shiftImage([1, 2, 3, 4, 5, 6, 7, 8, 9], 1, 0); // Float32Array [0, 1, 2, 0, 4, 5, 0, 7, 8]
 */
export function shiftImage(img: ArrayLike<number>, dx: number, dy: number, out?: PixelBuffer): PixelBuffer {
  const n = sideOf(img);
  if (!Number.isInteger(dx) || !Number.isInteger(dy)) throw new RangeError(`a shift is a whole number of pixels, not (${dx}, ${dy})`);
  const o = target(img, out);
  for (let r = 0; r < n; r++) {
    const sr = r - dy;
    for (let c = 0; c < n; c++) {
      const sc = c - dx;
      o[r * n + c] = sr >= 0 && sr < n && sc >= 0 && sc < n ? img[sr * n + sc] : 0;
    }
  }
  return o;
}

/** Rotation, scale and shift about the image centre, applied in that order. */
export interface AffineParams {
  /** Degrees, clockwise on screen (rows grow downwards). */
  degrees?: number;
  /** 1 keeps the size; 0.8 shrinks the digit to 80 %. */
  scale?: number;
  /** Pixels right / down after rotating and scaling (may be fractional). */
  dx?: number;
  dy?: number;
}

/**
 * Rotates and scales the image about its centre, then shifts it; each output pixel is read back
 * from the input by bilinear interpolation.
 *
 * @example
 * affineImage(img28, { degrees: 15 });          // turned 15° clockwise
 * affineImage(img28, { scale: 0.8, dx: 1 });    // 80 % size, one pixel to the right
 */
export function affineImage(img: ArrayLike<number>, params: AffineParams, out?: PixelBuffer): PixelBuffer {
  const n = sideOf(img);
  const { degrees = 0, scale = 1, dx = 0, dy = 0 } = params;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`the scale must be a positive number, not ${scale}`);
  if (![degrees, dx, dy].every(Number.isFinite)) throw new RangeError('rotation and shift must be finite numbers');
  const o = target(img, out);
  const centre = (n - 1) / 2;
  const rad = (degrees * Math.PI) / 180;
  // inverse map: source = R(−θ)·(p − centre − d) / s + centre, walked incrementally along each row
  const cos = Math.cos(rad) / scale;
  const sin = Math.sin(rad) / scale;
  for (let r = 0; r < n; r++) {
    const y = r - centre - dy;
    const x0 = -centre - dx;
    let sx = cos * x0 + sin * y + centre;
    let sy = -sin * x0 + cos * y + centre;
    const last = n - 1;
    for (let c = 0, i = r * n; c < n; c++, i++, sx += cos, sy -= sin) {
      if (sx >= 0 && sy >= 0 && sx < last && sy < last) {
        // inside: all four neighbours exist (the common case, no bound checks)
        const x0 = sx | 0;
        const y0 = sy | 0;
        const fx = sx - x0;
        const fy = sy - y0;
        const k = y0 * n + x0;
        const top = img[k] + (img[k + 1] - img[k]) * fx;
        const bottom = img[k + n] + (img[k + n + 1] - img[k + n]) * fx;
        o[i] = top + (bottom - top) * fy;
      } else {
        o[i] = bilinear(img, n, sx, sy);
      }
    }
  }
  return o;
}

/** The image read at (x, y) between pixel centres; outside the image is paper. */
function bilinear(img: ArrayLike<number>, n: number, x: number, y: number): number {
  if (x <= -1 || y <= -1 || x >= n || y >= n) return 0;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const inX0 = x0 >= 0;
  const inX1 = x0 + 1 < n;
  let top = 0;
  let bottom = 0;
  if (y0 >= 0) {
    const row = y0 * n;
    top = (inX0 ? img[row + x0] * (1 - fx) : 0) + (inX1 ? img[row + x0 + 1] * fx : 0);
  }
  if (y0 + 1 < n) {
    const row = (y0 + 1) * n;
    bottom = (inX0 ? img[row + x0] * (1 - fx) : 0) + (inX1 ? img[row + x0 + 1] * fx : 0);
  }
  return top * (1 - fy) + bottom * fy;
}

/**
 * Thicker strokes: every pixel takes the largest value of itself and its four neighbours (a grey
 * dilation with a plus-shaped 3×3 window), so a stroke grows by one pixel on each side.
 *
 * @example
 * thickenImage([0,0,0, 0,1,0, 0,0,0]); // Float32Array [0,1,0, 1,1,1, 0,1,0]
 */
export function thickenImage(img: ArrayLike<number>, out?: PixelBuffer): PixelBuffer {
  return morph(img, out, Math.max);
}

/**
 * Thinner strokes: every pixel takes the smallest value of itself and its four neighbours (a grey
 * erosion with a plus-shaped window; outside the image counts as paper), so a stroke loses one
 * pixel on each side.
 *
 * @example
 * thinImage(threePixelWideLine); // a one-pixel-wide line
 */
export function thinImage(img: ArrayLike<number>, out?: PixelBuffer): PixelBuffer {
  return morph(img, out, Math.min);
}

function morph(img: ArrayLike<number>, out: PixelBuffer | undefined, pick: typeof Math.max): PixelBuffer {
  const n = sideOf(img);
  const o = target(img, out);
  const max = pick === Math.max;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const i = r * n + c;
      const up = r > 0 ? img[i - n] : 0;
      const down = r < n - 1 ? img[i + n] : 0;
      const left = c > 0 ? img[i - 1] : 0;
      const right = c < n - 1 ? img[i + 1] : 0;
      let v = img[i];
      if (max) {
        if (up > v) v = up;
        if (down > v) v = down;
        if (left > v) v = left;
        if (right > v) v = right;
      } else {
        if (up < v) v = up;
        if (down < v) v = down;
        if (left < v) v = left;
        if (right < v) v = right;
      }
      o[i] = v;
    }
  }
  return o;
}
