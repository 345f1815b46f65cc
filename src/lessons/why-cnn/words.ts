/*
 * Large counts in words, the way a lecturer says them: Korean in 만/억 (10⁴/10⁸), English in
 * thousand/million/billion.
 */

function trim(v: number, digits: number): string {
  return Number(v.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });
}

/**
 * A count rounded to three significant digits in words.
 *
 * @example
 * countInWords(7680064, 'ko');  // "768만"
 * countInWords(7680064, 'en');  // "7.68 million"
 * countInWords(14450688, 'ko'); // "1,445만"
 * countInWords(352800, 'en');   // "353 thousand"
 */
export function countInWords(n: number, lang: 'ko' | 'en'): string {
  const a = Math.abs(n);
  if (lang === 'ko') {
    if (a >= 1e8) return `${trim(n / 1e8, a >= 1e10 ? 0 : 2)}억`;
    if (a >= 1e4) return `${trim(Math.round(n / 1e4), 0)}만`;
    return n.toLocaleString('en-US');
  }
  const units: [number, string][] = [[1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];
  for (const [u, name] of units) {
    if (a >= u) {
      const v = n / u;
      const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
      return `${trim(v, digits)} ${name}`;
    }
  }
  return n.toLocaleString('en-US');
}

/** Thousands separators, as the slides print counts: 7,680,064. */
export function grouped(n: number): string {
  return n.toLocaleString('en-US');
}
