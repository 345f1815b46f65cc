/*
 * Whether an image file holds more than one frame (an animated GIF, PNG or WebP), from its bytes.
 * The browser's decoder gives the first frame of such a file; the page says so. Pure.
 */

const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));
const u32be = (b: Uint8Array, i: number) => ((b[i] << 24) >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3];

/** Skips GIF data sub-blocks from `i` (each a length byte and that many bytes, up to a 0); the index after them, or -1. */
function skipSubBlocks(b: Uint8Array, i: number): number {
  while (i < b.length) {
    const n = b[i];
    if (n === 0) return i + 1;
    i += 1 + n;
  }
  return -1;
}

/** A GIF with a second image descriptor. */
function gifAnimated(b: Uint8Array): boolean {
  if (b.length < 13) return false;
  const flags = b[10];
  let i = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  let frames = 0;
  while (i >= 0 && i < b.length) {
    const kind = b[i];
    if (kind === 0x3b) return false; // trailer
    if (kind === 0x21) {
      i = skipSubBlocks(b, i + 2);
    } else if (kind === 0x2c) {
      frames += 1;
      if (frames > 1) return true;
      if (i + 10 > b.length) return false;
      const local = b[i + 9];
      i += 10 + (local & 0x80 ? 3 * 2 ** ((local & 0x07) + 1) : 0);
      i = skipSubBlocks(b, i + 1); // LZW minimum code size, then the image data
    } else {
      return false;
    }
  }
  return false;
}

/** A PNG with an acTL chunk (APNG) of more than one frame before its image data. */
function pngAnimated(b: Uint8Array): boolean {
  let i = 8;
  while (i + 12 <= b.length) {
    const len = u32be(b, i);
    const type = ascii(b, i + 4, 4);
    if (type === 'acTL') return i + 12 <= b.length && u32be(b, i + 8) > 1;
    if (type === 'IDAT' || type === 'IEND') return false;
    i += 12 + len;
  }
  return false;
}

/**
 * Whether the bytes (the whole file, or at least its start) are an animated GIF, PNG or WebP.
 * False for still images, other formats and bytes too short to tell.
 *
 * @example
 * isAnimated(new Uint8Array(await gifFile.arrayBuffer())); // true for a GIF of two frames
 */
export function isAnimated(b: Uint8Array): boolean {
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF89a' || ascii(b, 0, 6) === 'GIF87a')) return gifAnimated(b);
  if (b.length >= 8 && b[0] === 0x89 && ascii(b, 1, 3) === 'PNG') return pngAnimated(b);
  // WebP: the extended header VP8X has the animation flag (bit 1 of its flags byte).
  if (b.length >= 21 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP' && ascii(b, 12, 4) === 'VP8X') return (b[20] & 0x02) !== 0;
  return false;
}
