/**
 * ArithmeticPanel: the arithmetic of one output cell with the real numbers, typeset with KaTeX,
 * plus a plain-text aria-label and the readout `data-testid="sum"` (or `testId`) with
 * `data-value` = the exact result.
 *
 * Weighted sums (convolution), per-channel sums + bias (RGB), max (max pooling), mean (average
 * pooling) and a mean of products (`divisor`) are supported; see ArithmeticSpec.
 *
 * @example
 * // one 3×3 window
 * <ArithmeticPanel groups={[{ terms: patch.map((x, i) => ({ x, w: kernel[i] })), result: 4 }]} result={4} />
 * // RGB: three channel sums and a bias
 * <ArithmeticPanel groups={[{ label: 'R', terms: r, result: 308 }, { label: 'G', terms: g, result: -498 },
 *   { label: 'B', terms: b, result: 164 }]} bias={1} result={-25} />
 * // max pooling
 * <ArithmeticPanel op="max" groups={[{ terms: [{ x: 1 }, { x: 5 }], result: 5 }]} result={5} />
 */
import katex from 'katex';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type ArithmeticSpec, arithmeticLines } from './arithmetic';
import { formatNumber } from './format';
import './messages';

export interface ArithmeticPanelProps extends ArithmeticSpec {
  /** Heading above the formula, e.g. "Output (1, 2)". */
  title?: ReactNode;
  /** Test id of the readout (default `sum`). Only one panel on a page should keep the default. */
  testId?: string;
}

function renderTex(tex: string): string {
  return katex.renderToString(tex, { throwOnError: false, displayMode: false, output: 'html', strict: 'ignore' });
}

export function ArithmeticPanel(props: ArithmeticPanelProps) {
  const { t } = useTranslation('engine');
  const lines = useMemo(() => arithmeticLines(props), [props]);
  const text = lines.map((l) => l.text).join('; ');
  return (
    <section className="arithmetic-panel" aria-label={t('arithmetic.label')}>
      {props.title && <div className="arithmetic-title">{props.title}</div>}
      <div className="arithmetic-lines" role="math" aria-label={text}>
        {lines.map((l, i) =>
          i < lines.length - 1 ? (
            <div key={i} className="arithmetic-line" aria-hidden="true" dangerouslySetInnerHTML={{ __html: renderTex(l.tex) }} />
          ) : (
            <div key={i} className="arithmetic-line is-last">
              <span aria-hidden="true" dangerouslySetInnerHTML={{ __html: renderTex(`${l.lhs} =`) }} />{' '}
              <output className="arithmetic-result" data-testid={props.testId ?? 'sum'} data-value={String(props.result)}>
                {formatNumber(props.result, props.digits ?? 2)}
              </output>
            </div>
          ),
        )}
      </div>
    </section>
  );
}
