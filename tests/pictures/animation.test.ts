import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isAnimated } from '../../src/pictures/animation';
import { makeGif } from '../e2e/gif';
import { makePng } from '../e2e/png';

const PALETTE: [number, number, number][] = [[255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 255]];
const frame = (v: number) => new Array(16).fill(v);

/** A PNG with an acTL chunk (animation control: `frames` frames) right after IHDR. */
function withActl(png: Buffer, frames: number): Buffer {
  const data = Buffer.alloc(8);
  data.writeUInt32BE(frames, 0);
  const body = Buffer.concat([Buffer.from('acTL', 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(8);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([png.subarray(0, 33), len, body, crc, png.subarray(33)]);
}

/** The first 30 bytes of an extended WebP (VP8X) with the given flags byte. */
function webpHeader(flags: number): Uint8Array {
  const b = new Uint8Array(30);
  b.set(Buffer.from('RIFF', 'ascii'), 0);
  b.set(Buffer.from('WEBPVP8X', 'ascii'), 8);
  b[16] = 10;
  b[20] = flags;
  return b;
}

describe('isAnimated', () => {
  it('a GIF of two frames is animated; one frame, or cut before the second, is not', () => {
    const two = makeGif(4, 4, PALETTE, [frame(0), frame(2)]);
    expect(isAnimated(two)).toBe(true);
    expect(isAnimated(makeGif(4, 4, PALETTE, [frame(1)]))).toBe(false);
    const one = makeGif(4, 4, PALETTE, [frame(1)]);
    // The second frame starts where the one-frame file's trailer is.
    expect(isAnimated(two.subarray(0, one.length - 1))).toBe(false);
    expect(isAnimated(two.subarray(0, one.length + 12))).toBe(true);
  });

  it('a PNG with acTL of 2 frames is animated; a still PNG or acTL of one frame is not', () => {
    const png = makePng(4, 4, () => [1, 2, 3]);
    expect(isAnimated(png)).toBe(false);
    expect(isAnimated(withActl(png, 2))).toBe(true);
    expect(isAnimated(withActl(png, 1))).toBe(false);
  });

  it('a WebP whose VP8X flags say animation; others and unknown bytes are not', () => {
    expect(isAnimated(webpHeader(0x02))).toBe(true);
    expect(isAnimated(webpHeader(0x10))).toBe(false);
    expect(isAnimated(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(false);
    expect(isAnimated(new Uint8Array(0))).toBe(false);
  });
});
