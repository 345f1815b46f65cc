/**
 * Builds the arithmetic of one output cell as TeX (for KaTeX) and as plain text (for screen
 * readers and tests), with the real numbers: "0.73×(−2.5) + 0.86×1 + … = −0.44".
 */
import { formatNumber } from './format';

/** One input value and, for a weighted sum, its weight. */
export interface ArithmeticTerm {
  x: number;
  w?: number;
}

/** One block of terms (one channel of an RGB filter, or the only block), with its own result. */
export interface ArithmeticGroup {
  /** Shown before the block, e.g. "R" (several groups only). */
  label?: string;
  terms: ArithmeticTerm[];
  /** Result of this block (sum of products, max or mean). */
  result: number;
}

/**
 * - `sum`: Σ x·w (or Σ x without weights), optionally divided by `divisor` (mean of products);
 * - `max`: max(x₁, x₂, …) (max pooling);
 * - `mean`: (x₁ + x₂ + …) / n (average pooling).
 */
export type ArithmeticOp = 'sum' | 'max' | 'mean';

export interface ArithmeticSpec {
  op?: ArithmeticOp;
  groups: ArithmeticGroup[];
  /** Added after the groups' results (one bias per filter). */
  bias?: number;
  /** Divide the sum of products by this (feature matching: "mean of products", /9). */
  divisor?: number;
  /** The final number (output cell value). */
  result: number;
  /** Show the products line (`= 1 + 0 + 1 …`) under a weighted sum (default true). */
  showProducts?: boolean;
  digits?: number;
}

const texNum = (v: number, digits: number) => formatNumber(v, digits).replace('−', '-');
const texFactor = (v: number, digits: number) => (v < 0 ? `(${texNum(v, digits)})` : texNum(v, digits));
const txtFactor = (v: number, digits: number) => (v < 0 ? `(${formatNumber(v, digits)})` : formatNumber(v, digits));

function groupParts(g: ArithmeticGroup, op: ArithmeticOp, digits: number) {
  const weighted = g.terms.some((t) => t.w !== undefined);
  if (op === 'max' || op === 'mean') {
    const xs = g.terms.map((t) => texNum(t.x, digits));
    const ts = g.terms.map((t) => formatNumber(t.x, digits));
    if (op === 'max') return { tex: `\\max(${xs.join(',\\,')})`, text: `max(${ts.join(', ')})`, products: null };
    return {
      tex: `\\frac{${xs.join(' + ')}}{${g.terms.length}}`,
      text: `(${ts.join(' + ')}) / ${g.terms.length}`,
      products: null,
    };
  }
  if (!weighted) {
    return {
      tex: g.terms.map((t) => texFactor(t.x, digits)).join(' + '),
      text: g.terms.map((t) => txtFactor(t.x, digits)).join(' + '),
      products: null,
    };
  }
  const w = (t: ArithmeticTerm) => t.w ?? 1;
  return {
    tex: g.terms.map((t) => `${texFactor(t.x, digits)}\\times${texFactor(w(t), digits)}`).join(' + '),
    text: g.terms.map((t) => `${txtFactor(t.x, digits)}×${txtFactor(w(t), digits)}`).join(' + '),
    products: {
      tex: g.terms.map((t) => texFactor(t.x * w(t), digits)).join(' + '),
      text: g.terms.map((t) => txtFactor(t.x * w(t), digits)).join(' + '),
    },
  };
}

/** One line of the arithmetic, as TeX and as text. */
export interface ArithmeticLine {
  tex: string;
  text: string;
  /** The TeX without its final `= result` (the panel prints the result as a readout). */
  lhs: string;
}

/**
 * The lines to typeset. One group: `terms = products = result`. Several groups (channels): one
 * line per group, then `r₀ + r₁ + … + bias = result`.
 *
 * @example
 * arithmeticLines({ groups: [{ terms: [{ x: 1, w: 1 }, { x: 0.5, w: -2 }], result: 0 }], result: 0 });
 * // [{ text: '1×1 + 0.5×(−2) = 1 + (−1) = 0', tex: '1\\times1 + 0.5\\times(-2) = 1 + (-1) = 0', lhs: '… = 1 + (-1)' }]
 */
export function arithmeticLines(spec: ArithmeticSpec): ArithmeticLine[] {
  const op = spec.op ?? 'sum';
  const digits = spec.digits ?? 2;
  const showProducts = spec.showProducts ?? true;
  const res = (v: number) => ({ tex: texNum(v, digits), text: formatNumber(v, digits) });
  const single = spec.groups.length === 1;
  const lines: ArithmeticLine[] = [];
  for (const g of spec.groups) {
    const p = groupParts(g, op, digits);
    let tex = p.tex;
    let text = p.text;
    if (single && spec.divisor !== undefined) {
      tex = `(${tex}) / ${texNum(spec.divisor, digits)}`;
      text = `(${text}) / ${formatNumber(spec.divisor, digits)}`;
    }
    if (p.products && showProducts) {
      const pt = single && spec.divisor !== undefined ? `(${p.products.tex}) / ${texNum(spec.divisor, digits)}` : p.products.tex;
      const px = single && spec.divisor !== undefined ? `(${p.products.text}) / ${formatNumber(spec.divisor, digits)}` : p.products.text;
      tex += ` = ${pt}`;
      text += ` = ${px}`;
    }
    const r = single && spec.bias === undefined ? res(spec.result) : res(g.result);
    const label = !single && g.label ? { tex: `\\text{${g.label.replace(/[\\{}$&#^_%~]/g, '')}}:\\ `, text: `${g.label}: ` } : { tex: '', text: '' };
    lines.push({ tex: `${label.tex}${tex} = ${r.tex}`, text: `${label.text}${text} = ${r.text}`, lhs: `${label.tex}${tex}` });
  }
  if (!single || spec.bias !== undefined) {
    const parts = spec.groups.map((g) => ({ tex: texFactor(g.result, digits), text: txtFactor(g.result, digits) }));
    if (spec.bias !== undefined) parts.push({ tex: texFactor(spec.bias, digits), text: txtFactor(spec.bias, digits) });
    const r = res(spec.result);
    const lhs = parts.map((p) => p.tex).join(' + ');
    lines.push({ tex: `${lhs} = ${r.tex}`, text: `${parts.map((p) => p.text).join(' + ')} = ${r.text}`, lhs });
  }
  return lines;
}
