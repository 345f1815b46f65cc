/**
 * Seeded pseudo-random numbers for shuffling (mulberry32): explicit seeds, no global RNG.
 */

/**
 * A generator of uniform numbers in [0, 1) from a 32-bit seed (mulberry32).
 *
 * @example const r = mulberry32(1); r(); // → 0.6270739405881613
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random permutation of 0…n−1 (Fisher–Yates) drawn from `random`.
 *
 * @example shuffledIndices(5, mulberry32(3)) // → a permutation such as Int32Array [3, 0, 4, 1, 2]
 */
export function shuffledIndices(n: number, random: () => number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return out;
}
