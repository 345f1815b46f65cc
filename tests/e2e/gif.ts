/**
 * A minimal animated GIF writer for the tests: frames of palette indices (0–3) over a 4-colour
 * palette. The image data is LZW with a clear code before every two pixels, so the code width
 * stays at 3 bits (valid GIF, no compression).
 */

/** GIF bytes of `frames` (each width×height palette indices 0–3, row-major) with a 4-colour palette. */
export function makeGif(width: number, height: number, palette: [number, number, number][], frames: number[][]): Buffer {
  const bytes: number[] = [];
  const u16 = (v: number) => bytes.push(v & 0xff, (v >> 8) & 0xff);
  bytes.push(...Buffer.from('GIF89a', 'ascii'));
  u16(width);
  u16(height);
  bytes.push(0x81, 0, 0); // global colour table of 2^(1+1) = 4 entries
  for (let k = 0; k < 4; k++) bytes.push(...(palette[k] ?? [0, 0, 0]));
  // NETSCAPE2.0: loop for ever
  bytes.push(0x21, 0xff, 11, ...Buffer.from('NETSCAPE2.0', 'ascii'), 3, 1, 0, 0, 0);
  for (const frame of frames) {
    bytes.push(0x21, 0xf9, 4, 0, 10, 0, 0, 0); // graphic control: 0.1 s
    bytes.push(0x2c);
    u16(0);
    u16(0);
    u16(width);
    u16(height);
    bytes.push(0); // no local colour table
    bytes.push(2); // LZW minimum code size
    const codes: number[] = [];
    frame.forEach((p, i) => {
      if (i % 2 === 0) codes.push(4); // clear
      codes.push(p);
    });
    codes.push(5); // end of information
    const data: number[] = [];
    let acc = 0;
    let bits = 0;
    for (const c of codes) {
      acc |= c << bits;
      bits += 3;
      while (bits >= 8) {
        data.push(acc & 0xff);
        acc >>= 8;
        bits -= 8;
      }
    }
    if (bits > 0) data.push(acc & 0xff);
    for (let i = 0; i < data.length; i += 255) {
      const part = data.slice(i, i + 255);
      bytes.push(part.length, ...part);
    }
    bytes.push(0);
  }
  bytes.push(0x3b);
  return Buffer.from(bytes);
}
