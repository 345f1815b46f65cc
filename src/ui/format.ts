/**
 * Numbers as lessons print them: whole numbers as they are, others with at most `digits`
 * decimals (trailing zeros dropped), negatives with a real minus sign (−), and −0 as 0.
 *
 * @example
 * formatNumber(4);        // "4"
 * formatNumber(-0.4449);  // "−0.44"
 * formatNumber(2.5, 1);   // "2.5"
 * formatNumber(1e-12);    // "0"
 */
export function formatNumber(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : '−∞';
  let s: string;
  if (Number.isInteger(v)) s = String(v);
  else s = String(Number(v.toFixed(digits)));
  if (s === '-0') s = '0';
  return s.replace('-', '−');
}

/**
 * Reads what a learner typed into a number field: accepts `−` (Unicode minus) and a decimal comma.
 * Returns undefined for anything that is not one finite number.
 *
 * @example
 * parseNumberInput(' -1.5 '); // -1.5
 * parseNumberInput('−2');     // -2
 * parseNumberInput('0,5');    // 0.5
 * parseNumberInput('abc');    // undefined
 */
export function parseNumberInput(text: string): number | undefined {
  const t = text.trim().replace(/^[−–]/, '-').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** True while a number is half typed (`-`, `.`, empty): not an error yet, not a value yet. */
export function isPartialNumber(text: string): boolean {
  return /^\s*[-+−–]?\.?\s*$/.test(text);
}
