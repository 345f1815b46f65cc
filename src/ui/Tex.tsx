/**
 * Tex: a formula typeset with KaTeX (inline by default), with a plain-text label for screen
 * readers. A formula wider than its box (a long sum on a phone) scrolls sideways where its CSS lets
 * it; while it does, it takes the keyboard focus too, so the arrow keys can scroll it.
 *
 * @example
 * <Tex tex="\\frac{D - F + 2P}{S} + 1" label="(D − F + 2P) / S + 1" />
 */
import katex from 'katex';
import { useMemo, useRef } from 'react';
import { useOverflows } from './useOverflows';

export function Tex(props: { tex: string; label: string; display?: boolean; className?: string }) {
  const html = useMemo(
    () => katex.renderToString(props.tex, { throwOnError: false, displayMode: props.display ?? false, output: 'html', strict: 'ignore' }),
    [props.tex, props.display],
  );
  const ref = useRef<HTMLSpanElement>(null);
  const overflows = useOverflows(ref, html);
  return (
    <span ref={ref} className={`tex ${props.className ?? ''}`} role="math" aria-label={props.label} tabIndex={overflows ? 0 : undefined}>
      <span aria-hidden="true" dangerouslySetInnerHTML={{ __html: html }} />
    </span>
  );
}
