import katex from 'katex';
import { useMemo } from 'react';

/**
 * One formula typeset by KaTeX (bundled, no network), with a plain-text label for screen readers.
 *
 * @example
 * <Tex tex="S_c = \\sum_k w_k^c F_k" label="S c equals the sum over k of w k c times F k" />
 */
export function Tex(props: { tex: string; label: string; display?: boolean; className?: string }) {
  const html = useMemo(
    () => katex.renderToString(props.tex, { throwOnError: false, displayMode: props.display ?? false, output: 'html', strict: 'ignore' }),
    [props.tex, props.display],
  );
  return (
    <span className={`tex ${props.className ?? ''}`} role="math" aria-label={props.label}>
      <span aria-hidden="true" dangerouslySetInnerHTML={{ __html: html }} />
    </span>
  );
}

/**
 * A number for TeX: at most `digits` decimals, a real minus sign, negatives in brackets when `paren`.
 *
 * @example
 * texNumber(-0.12345, 3, true); // "(-0.123)"
 */
export function texNumber(v: number, digits = 3, paren = false): string {
  let s = Number.isInteger(v) ? String(v) : String(Number(v.toFixed(digits)));
  if (s === '-0') s = '0';
  return paren && s.startsWith('-') ? `(${s})` : s;
}
