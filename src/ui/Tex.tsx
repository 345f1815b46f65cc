/**
 * Tex: a formula typeset with KaTeX (inline by default), with a plain-text label for screen
 * readers.
 *
 * @example
 * <Tex tex="\\frac{D - F + 2P}{S} + 1" label="(D − F + 2P) / S + 1" />
 */
import katex from 'katex';
import { useMemo } from 'react';

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
