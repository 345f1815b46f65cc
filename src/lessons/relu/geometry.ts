/*
 * Plane geometry for the XOR picture: where a unit's line w1·x1 + w2·x2 + b = 0 crosses a square,
 * and a unit's formula as TeX. No views.
 */

/**
 * The segment of the line `w1·x1 + w2·x2 + b = 0` inside the square `[lo, hi]²`, or null when the
 * line misses it (or is not a line: w1 = w2 = 0).
 *
 * @example
 * lineInBox(1, -1, 0, 0, 1); // [[0, 0], [1, 1]]
 */
export function lineInBox(w1: number, w2: number, b: number, lo: number, hi: number): [[number, number], [number, number]] | null {
  const pts: [number, number][] = [];
  const add = (x1: number, x2: number) => {
    const eps = 1e-9 * (hi - lo);
    if (x1 < lo - eps || x1 > hi + eps || x2 < lo - eps || x2 > hi + eps) return;
    if (pts.some(([a, c]) => Math.abs(a - x1) < 1e-9 && Math.abs(c - x2) < 1e-9)) return;
    pts.push([x1, x2]);
  };
  if (w2 !== 0) {
    add(lo, -(w1 * lo + b) / w2);
    add(hi, -(w1 * hi + b) / w2);
  }
  if (w1 !== 0) {
    add(-(w2 * lo + b) / w1, lo);
    add(-(w2 * hi + b) / w1, hi);
  }
  if (pts.length < 2) return null;
  return [pts[0], pts[1]];
}

const num = (v: number) => String(Number(v.toPrecision(6)));

/**
 * `w1·u + w2·v + b` as TeX with tidy signs, leaving out zero terms.
 *
 * @example
 * linearTex(20, -20, -10, ['x_1', 'x_2']); // '20x_1 - 20x_2 - 10'
 * linearTex(2, 2, 0, ['a_1', 'a_2']);       // '2a_1 + 2a_2'
 */
export function linearTex(w1: number, w2: number, b: number, vars: [string, string]): string {
  const parts: string[] = [];
  const term = (w: number, v: string) => {
    if (w === 0) return;
    const mag = Math.abs(w) === 1 ? '' : num(Math.abs(w));
    parts.push(`${w < 0 ? '-' : parts.length ? '+' : ''}${mag}${v}`);
  };
  term(w1, vars[0]);
  term(w2, vars[1]);
  if (b !== 0 || parts.length === 0) parts.push(`${b < 0 ? '-' : parts.length ? '+' : ''}${num(Math.abs(b))}`);
  return parts.map((p, i) => (i === 0 ? p : ` ${p[0]} ${p.slice(1)}`)).join('');
}
