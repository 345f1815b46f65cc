/*
 * The width and height an image file declares in its first bytes (PNG, GIF, JPEG, WebP, BMP), so
 * that a large photo can be scaled down while it is decoded. Pure; null when the format is not one
 * of these or the header is damaged (the decoder then finds out on its own).
 */

export interface ImageSize {
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32be = (b: Uint8Array, i: number) => ((b[i] << 24) >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3];
const u32le = (b: Uint8Array, i: number) => b[i] + (b[i + 1] << 8) + (b[i + 2] << 16) + ((b[i + 3] << 24) >>> 0);
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n));
const valid = (s: ImageSize) => (s.width > 0 && s.height > 0 ? s : null);

function jpegSize(b: Uint8Array): ImageSize | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const len = u16be(b, i + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return valid({ height: u16be(b, i + 5), width: u16be(b, i + 7) });
    }
    if (len < 2) return null;
    i += 2 + len;
  }
  return null;
}

/**
 * The declared size of an image from its first bytes, or null.
 *
 * @example
 * imageSize(pngBytes); // { width: 8000, height: 8000 }
 */
export function imageSize(b: Uint8Array): ImageSize | null {
  if (b.length >= 24 && b[0] === 0x89 && ascii(b, 1, 3) === 'PNG' && ascii(b, 12, 4) === 'IHDR') {
    return valid({ width: u32be(b, 16), height: u32be(b, 20) });
  }
  if (b.length >= 10 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) {
    return valid({ width: u16le(b, 6), height: u16le(b, 8) });
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegSize(b);
  if (b.length >= 30 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') {
    const kind = ascii(b, 12, 4);
    if (kind === 'VP8 ') return valid({ width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff });
    if (kind === 'VP8L') {
      const bits = u32le(b, 21);
      return valid({ width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 });
    }
    if (kind === 'VP8X') return valid({ width: 1 + (b[24] | (b[25] << 8) | (b[26] << 16)), height: 1 + (b[27] | (b[28] << 8) | (b[29] << 16)) });
    return null;
  }
  if (b.length >= 26 && ascii(b, 0, 2) === 'BM') {
    return valid({ width: Math.abs(u32le(b, 18) | 0), height: Math.abs(u32le(b, 22) | 0) });
  }
  return null;
}
