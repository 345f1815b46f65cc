/*
 * MNIST preprocessing, as the dataset was made (LeCun, Cortes, Burges): the ink is cropped to its
 * bounding box, scaled to fit a 20×20 box keeping the aspect ratio (grey levels from the area each
 * source pixel covers), then placed in a 28×28 image so that its centre of mass sits at the centre.
 * Pure functions, no DOM: the drawing page feeds them the canvas's ink.
 *
 * Coordinates: pixel (row r, column c) covers the square [c, c+1) × [r, r+1); its centre is
 * (c + 0.5, r + 0.5). The centre of the 28×28 field is therefore (14, 14).
 */
import { MNIST_SIDE } from '../model/mnistSizes';

/** A grey image: `data[r * width + c]` is the ink at row r, column c, 0 (paper) to 1 (full ink). */
export interface InkImage {
  width: number;
  height: number;
  data: Float32Array;
}

/** A rectangle of pixels: columns `x0 .. x1 - 1`, rows `y0 .. y1 - 1`. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A point in pixel coordinates (x to the right, y down). */
export interface Point {
  x: number;
  y: number;
}

/** Side of the box the digit is scaled into. */
export const FIT_SIZE = 20;
/** Side of the image the model sees. */
export const MODEL_SIZE = MNIST_SIDE;
/** Ink below this level does not count for the bounding box (anti-aliasing dust). */
export const INK_THRESHOLD = 0.1;

/**
 * Makes an image of the given size (all paper, or the given values).
 *
 * @example
 * inkImage(2, 1, [0, 1]); // { width: 2, height: 1, data: Float32Array [0, 1] }
 */
export function inkImage(width: number, height: number, data?: ArrayLike<number>): InkImage {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new RangeError(`an image needs whole, non-negative sides; got ${width}×${height}`);
  }
  const out = new Float32Array(width * height);
  if (data !== undefined) {
    if (data.length !== out.length) {
      throw new RangeError(`a ${width}×${height} image holds ${out.length} values, not ${data.length}`);
    }
    out.set(data);
  }
  return { width, height, data: out };
}

/**
 * The smallest rectangle holding every pixel whose ink is at least `threshold`; `null` for an
 * image without ink.
 *
 * @example
 * inkBoundingBox(inkImage(4, 3, [0,0,0,0, 0,1,1,0, 0,0,1,0])); // { x0: 1, y0: 1, x1: 3, y1: 3 }
 */
export function inkBoundingBox(img: InkImage, threshold = INK_THRESHOLD): Box | null {
  const { width, height, data } = img;
  let x0 = width, y0 = height, x1 = -1, y1 = -1;
  for (let r = 0; r < height; r++) {
    const row = r * width;
    for (let c = 0; c < width; c++) {
      if (data[row + c] >= threshold && data[row + c] > 0) {
        if (c < x0) x0 = c;
        if (c > x1) x1 = c;
        if (r < y0) y0 = r;
        if (r > y1) y1 = r;
      }
    }
  }
  return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/** For each destination cell along one axis: the source cells it covers and how much of each. */
function areaWeights(srcStart: number, srcLen: number, srcTotal: number, scale: number, dstLen: number): { idx: Int32Array; w: Float32Array }[] {
  const out: { idx: Int32Array; w: Float32Array }[] = [];
  const step = 1 / scale; // source pixels per destination pixel
  for (let j = 0; j < dstLen; j++) {
    const a = srcStart + j * step;
    const b = Math.min(srcStart + (j + 1) * step, srcStart + srcLen);
    const idx: number[] = [];
    const w: number[] = [];
    for (let i = Math.floor(a); i < Math.ceil(b) && i < srcTotal; i++) {
      const overlap = Math.min(b, i + 1) - Math.max(a, i);
      if (overlap > 1e-9) {
        idx.push(i);
        w.push(overlap / step);
      }
    }
    out.push({ idx: Int32Array.from(idx), w: Float32Array.from(w) });
  }
  return out;
}

/** Result of {@link fitToBox}. */
export interface Fitted {
  /** The scaled ink, at most `box`×`box`. */
  image: InkImage;
  /** Destination pixels per source pixel (the same on both axes: the aspect ratio is kept). */
  scale: number;
}

/**
 * Scales the part of `img` inside `bbox` so that its longer side becomes `box` pixels and the
 * shorter one keeps the same proportion. Each new pixel is the average ink of the source area it
 * covers (as MNIST's anti-aliased normalisation did), so strokes get grey edges.
 *
 * @example
 * // a 100×50 block of ink becomes 20×10
 * const img = inkImage(100, 50, new Float32Array(5000).fill(1));
 * fitToBox(img, { x0: 0, y0: 0, x1: 100, y1: 50 }).image.width; // 20 (height 10)
 */
export function fitToBox(img: InkImage, bbox: Box, box = FIT_SIZE): Fitted {
  const bw = bbox.x1 - bbox.x0;
  const bh = bbox.y1 - bbox.y0;
  if (bw <= 0 || bh <= 0) throw new RangeError(`the bounding box is empty (${bw}×${bh})`);
  const scale = box / Math.max(bw, bh);
  // The last row or column may be partly covered: it keeps the ink it covers (lighter), none is lost.
  const dw = Math.min(box, Math.max(1, Math.ceil(bw * scale - 1e-9)));
  const dh = Math.min(box, Math.max(1, Math.ceil(bh * scale - 1e-9)));
  const wx = areaWeights(bbox.x0, bw, img.width, scale, dw);
  const wy = areaWeights(bbox.y0, bh, img.height, scale, dh);
  // Horizontal pass over the rows of the box, then vertical.
  const tmp = new Float32Array(bh * dw);
  for (let r = 0; r < bh; r++) {
    const src = (bbox.y0 + r) * img.width;
    for (let j = 0; j < dw; j++) {
      const { idx, w } = wx[j];
      let s = 0;
      for (let t = 0; t < idx.length; t++) s += w[t] * img.data[src + idx[t]];
      tmp[r * dw + j] = s;
    }
  }
  const out = new Float32Array(dw * dh);
  for (let i = 0; i < dh; i++) {
    const { idx, w } = wy[i];
    for (let j = 0; j < dw; j++) {
      let s = 0;
      for (let t = 0; t < idx.length; t++) s += w[t] * tmp[(idx[t] - bbox.y0) * dw + j];
      out[i * dw + j] = Math.min(1, s);
    }
  }
  return { image: { width: dw, height: dh, data: out }, scale };
}

/**
 * The ink-weighted mean position (pixel centres at c + 0.5, r + 0.5); `null` without ink.
 *
 * @example
 * centreOfMass(inkImage(3, 1, [0, 0, 1])); // { x: 2.5, y: 0.5 }
 */
export function centreOfMass(img: InkImage): Point | null {
  let m = 0, sx = 0, sy = 0;
  for (let r = 0; r < img.height; r++) {
    for (let c = 0; c < img.width; c++) {
      const v = img.data[r * img.width + c];
      m += v;
      sx += v * (c + 0.5);
      sy += v * (r + 0.5);
    }
  }
  return m > 0 ? { x: sx / m, y: sy / m } : null;
}

/** Result of {@link placeByCentreOfMass}. */
export interface Placed {
  /** The `size`×`size` image. */
  image: InkImage;
  /** Where the fitted image's top-left corner went. */
  offset: Point;
  /** Centre of mass of the fitted image, in its own coordinates. */
  fittedCentre: Point;
  /** Centre of mass in the final image (within half a pixel of the centre unless clamped). */
  centre: Point;
}

/**
 * Pastes `fitted` into a `size`×`size` image, shifted by whole pixels so that its centre of mass
 * lands as near the centre (size/2, size/2) as possible; the shift is clamped so no ink falls off.
 * Throws a `RangeError` for an image without ink or one larger than `size`.
 *
 * @example
 * placeByCentreOfMass(inkImage(1, 1, [1])).offset; // { x: 13, y: 13 } (centre of mass 14, 14)
 */
export function placeByCentreOfMass(fitted: InkImage, size = MODEL_SIZE): Placed {
  if (fitted.width > size || fitted.height > size) {
    throw new RangeError(`a ${fitted.width}×${fitted.height} image does not fit in ${size}×${size}`);
  }
  const com = centreOfMass(fitted);
  if (com === null) throw new RangeError('there is no ink to centre');
  const clamp = (v: number, hi: number) => Math.max(0, Math.min(hi, v));
  const ox = clamp(Math.round(size / 2 - com.x), size - fitted.width);
  const oy = clamp(Math.round(size / 2 - com.y), size - fitted.height);
  const out = new Float32Array(size * size);
  for (let r = 0; r < fitted.height; r++) {
    for (let c = 0; c < fitted.width; c++) out[(r + oy) * size + c + ox] = fitted.data[r * fitted.width + c];
  }
  return {
    image: { width: size, height: size, data: out },
    offset: { x: ox, y: oy },
    fittedCentre: com,
    centre: { x: com.x + ox, y: com.y + oy },
  };
}

/** Every intermediate of {@link preprocess}, for the step-through. */
export interface Preprocessed {
  bbox: Box;
  fitted: Fitted;
  placed: Placed;
  /** The 28×28 model input, row-major, 0 to 1. */
  input: Float32Array;
}

/**
 * The whole MNIST preparation: bounding box → 20×20 fit → centre of mass at (14, 14).
 * Returns `null` for an image without ink (the page then asks for a drawing instead of guessing).
 *
 * @example
 * const p = preprocess(canvasInk);
 * if (p) model.predict(p.input); // 784 values, the digit centred like MNIST's
 */
export function preprocess(img: InkImage, threshold = INK_THRESHOLD): Preprocessed | null {
  const bbox = inkBoundingBox(img, threshold);
  if (bbox === null) return null;
  const fitted = fitToBox(img, bbox, FIT_SIZE);
  if (centreOfMass(fitted.image) === null) return null;
  const placed = placeByCentreOfMass(fitted.image, MODEL_SIZE);
  return { bbox, fitted, placed, input: placed.image.data };
}
