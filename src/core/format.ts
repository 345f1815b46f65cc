/**
 * Writes a shape the way lessons print it, sides joined by "×".
 *
 * @example
 * formatShape([3, 28, 28]); // "3×28×28"
 * formatShape([]);          // "scalar"
 */
export function formatShape(shape: readonly number[]): string {
  return shape.length === 0 ? 'scalar' : shape.join('×');
}

/**
 * Writes a number for an error message: short, and readable for non-numbers too.
 *
 * @example
 * formatValue(1.5);      // "1.5"
 * formatValue('2');      // "\"2\" (a string)"
 * formatValue(undefined) // "undefined"
 */
export function formatValue(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return `"${v}" (a string)`;
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  if (v === null || v === undefined) return String(v);
  return typeof v;
}
