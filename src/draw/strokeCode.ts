/*
 * The drawing in the link (`#/draw?d=…`): a compact text form of the strokes. Pure.
 *
 * Form: `1` (the version) followed by base64url (RFC 4648 §5, no padding) of bytes; per stroke:
 * the pen width in canvas pixels of 280 (1 byte, 1–255), the number of points (1 byte, 1–255),
 * then each point as x, y (1 byte each: 0–255 for 0…1 of the canvas side). Coordinates are thus
 * kept to 1/255 of the side (about one canvas pixel); a stroke of more than 255 points keeps 255
 * of them, evenly spread, first and last included. Decoding checks everything and says what is
 * wrong instead of guessing.
 */
import { MNIST_TEST_COUNT } from '../model/mnistSizes';
import { CANVAS_SIZE, type Stroke } from './strokes';

/** Most strokes a link carries (a digit needs a handful). */
export const MAX_STROKES = 64;
/** Most points a stroke keeps. */
export const MAX_POINTS = 255;
/** Longest `d=` accepted. */
export const MAX_CODE_LENGTH = 8000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): number[] | null {
  if (text.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const v = k < chunk.length ? ALPHABET.indexOf(chunk[k]) : 0;
      if (v < 0) return null;
      n = (n << 6) | v;
    }
    bytes.push((n >> 16) & 255);
    if (chunk.length > 2) bytes.push((n >> 8) & 255);
    if (chunk.length > 3) bytes.push(n & 255);
  }
  return bytes;
}

const toByte = (v: number) => Math.max(0, Math.min(255, Math.round(v * 255)));

/** At most MAX_POINTS of a stroke's points, evenly spread, first and last kept. */
function thin(points: readonly number[]): number[] {
  const n = points.length >> 1;
  if (n <= MAX_POINTS) return points.slice(0, n * 2);
  const out: number[] = [];
  for (let i = 0; i < MAX_POINTS; i++) {
    const p = Math.round((i * (n - 1)) / (MAX_POINTS - 1));
    out.push(points[2 * p], points[2 * p + 1]);
  }
  return out;
}

/**
 * The link form of strokes ('' for no strokes). Strokes without points are left out.
 *
 * @example
 * encodeStrokes([{ width: 22 / 280, points: [0, 0, 1, 1] }]); // '1FgIAAP__'
 */
export function encodeStrokes(strokes: readonly Stroke[]): string {
  const bytes: number[] = [];
  const kept = strokes.filter((s) => s.points.length >= 2).slice(0, MAX_STROKES);
  if (kept.length === 0) return '';
  for (const s of kept) {
    const pts = thin(s.points);
    bytes.push(Math.max(1, Math.min(255, Math.round(s.width * CANVAS_SIZE))), pts.length >> 1);
    for (const v of pts) bytes.push(toByte(v));
  }
  return `1${toBase64Url(bytes)}`;
}

/** Why a `d=` value was not read. */
export type StrokeCodeProblem = 'empty' | 'too-long' | 'version' | 'characters' | 'truncated' | 'too-many';

export type DecodedStrokes = { ok: true; strokes: Stroke[] } | { ok: false; problem: StrokeCodeProblem };

/**
 * Reads the link form back. Every stroke comes back as encoded (widths in 1/280, points in 1/255),
 * so `encodeStrokes(decodeStrokes(code).strokes) === code` for any code encodeStrokes made.
 *
 * @example
 * decodeStrokes('1FgIAAP__'); // { ok: true, strokes: [{ width: 22 / 280, points: [0, 0, 1, 1] }] }
 * decodeStrokes('1Fg');       // { ok: false, problem: 'truncated' }
 */
export function decodeStrokes(code: string): DecodedStrokes {
  if (code.length === 0) return { ok: false, problem: 'empty' };
  if (code.length > MAX_CODE_LENGTH) return { ok: false, problem: 'too-long' };
  if (code[0] !== '1') return { ok: false, problem: 'version' };
  const bytes = fromBase64Url(code.slice(1));
  if (!bytes) return { ok: false, problem: 'characters' };
  const strokes: Stroke[] = [];
  let i = 0;
  while (i < bytes.length) {
    if (strokes.length === MAX_STROKES) return { ok: false, problem: 'too-many' };
    if (i + 2 > bytes.length) return { ok: false, problem: 'truncated' };
    const width = bytes[i];
    const n = bytes[i + 1];
    i += 2;
    if (width === 0 || n === 0 || i + 2 * n > bytes.length) return { ok: false, problem: 'truncated' };
    const points = bytes.slice(i, i + 2 * n).map((b) => b / 255);
    i += 2 * n;
    strokes.push({ width: width / CANVAS_SIZE, points });
  }
  if (strokes.length === 0) return { ok: false, problem: 'empty' };
  return { ok: true, strokes };
}

/** Number of images in the MNIST test set: `?test=` takes 0 to TEST_COUNT − 1. */
export const TEST_COUNT = MNIST_TEST_COUNT;

/**
 * The test image index of `?test=`: a whole number 0…9999 written in digits, else null.
 *
 * @example
 * parseTestIndex('1234'); // 1234
 * parseTestIndex('12a');  // null
 */
export function parseTestIndex(raw: string): number | null {
  if (!/^\d{1,5}$/.test(raw)) return null;
  const i = Number(raw);
  return i < TEST_COUNT ? i : null;
}
