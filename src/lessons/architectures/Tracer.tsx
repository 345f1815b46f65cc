/*
 * The shape tracer for a sequential architecture: the summary table (every layer up to the
 * current one filled in) and the current layer written out: output size, parameters and
 * multiplications with their formulas and numbers, and whether the slide printed the same.
 */
import { useTranslation } from 'react-i18next';
import { Tex, ScrollRegion } from '../../ui';
import { multFormula, paramFormula, sizeFormula } from './formulas';
import { type TracedLayer, channelsLast, matchesPrinted, shapeText } from './trace';

const n = (v: number) => v.toLocaleString('en-US');

export function LayerTable(props: { layers: TracedLayer[]; step: number; inputShape: number[]; onPick(i: number): void; printedColumn: boolean }) {
  const { t } = useTranslation('architectures');
  return (
    <ScrollRegion className="ar-table-wrap" label={t('table.caption')}>
      <table className="ar-table" data-testid="layer-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('table.layer')}</th>
            <th scope="col">{t('table.output')}</th>
            <th scope="col">{t('table.params')}</th>
            {props.printedColumn && <th scope="col">{t('table.printed')}</th>}
          </tr>
        </thead>
        <tbody>
          <tr className="ar-input-row">
            <td />
            <th scope="row">{t('table.input')}</th>
            <td>{shapeText(props.inputShape)}</td>
            <td />
            {props.printedColumn && <td />}
          </tr>
          {props.layers.map((l) => {
            const done = l.index <= props.step;
            const ok = matchesPrinted(l);
            return (
              <tr key={l.index} className={l.index === props.step ? 'is-current' : done ? undefined : 'is-later'} aria-current={l.index === props.step ? 'step' : undefined}>
                <td>{l.index + 1}</td>
                <th scope="row">
                  <button type="button" className="ar-row-button" onClick={() => props.onPick(l.index)} data-testid={`layer-${l.index}`}>
                    {l.label}
                  </button>
                </th>
                <td>{done ? shapeText(l.outputShape) : ''}</td>
                <td>{done ? n(l.params) : ''}</td>
                {props.printedColumn && (
                  <td className={ok === false ? 'ar-bad' : undefined}>
                    {done && l.printed ? (
                      <>
                        {l.printed.shape ? l.printed.shape.join('×') : ''}
                        {l.printed.params !== undefined ? ` · ${n(l.printed.params)}` : ''}{' '}
                        <span aria-label={ok ? t('check.agree') : t('check.differs')}>{ok ? '✓' : '✗'}</span>
                      </>
                    ) : ''}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function LayerDetail(props: { layer: TracedLayer; count: number }) {
  const { t } = useTranslation('architectures');
  const l = props.layer;
  const size = sizeFormula(l);
  const params = paramFormula(l);
  const mults = multFormula(l);
  const out = channelsLast(l.outputShape);
  const side = l.outputShape.length === 3 ? l.outputShape[1] : l.outputShape[0];
  const notWhole = l.window !== undefined && !Number.isInteger(l.window.exact);
  const ok = matchesPrinted(l);
  return (
    <section className="ar-detail" aria-labelledby="ar-detail-title">
      <h2 id="ar-detail-title">
        {t('detail.title', { k: l.index + 1, n: props.count, name: l.label })}
      </h2>
      <p className="ar-shapes">
        {shapeText(l.inputShape)} → <strong>{out.join('×')}</strong>
        <span className="ar-kind"> · {t(`kind.${l.type}`)}</span>
      </p>
      {size && (
        <div className="ar-line">
          <span className="ar-line-name">{t('detail.size')}</span>
          <Tex tex={size.tex} label={size.text} />
        </div>
      )}
      {notWhole && (
        <p className="ar-warning" role="note" data-testid="not-whole">
          {t('detail.notWhole', { exact: String(l.window?.exact), size: l.window?.size })}
        </p>
      )}
      <div className="ar-line">
        <span className="ar-line-name">{t('detail.params')}</span>
        {params.general.text !== '0' && (
          <>
            <Tex tex={params.general.tex} label={params.general.text} />
            <span aria-hidden="true"> = </span>
          </>
        )}
        <Tex tex={params.tex} label={params.text} />
      </div>
      {params.general.text === '0' && l.type !== 'conv' && l.type !== 'dense' && <p className="ar-note">{t(`zero.${l.type}`)}</p>}
      <div className="ar-line">
        <span className="ar-line-name">{t('detail.mults')}</span>
        <Tex tex={mults.tex} label={mults.text} />
      </div>
      <div className="ar-readouts">
        <div className="ar-readout">
          <span>{t('readout.output')}</span>
          <output data-testid="output-size" data-value={String(side)} data-exact={String(l.window?.exact ?? side)} data-shape={out.join(',')}>
            {out.join('×')}
          </output>
        </div>
        <div className="ar-readout">
          <span>{t('readout.params')}</span>
          <output data-testid="param-count" data-value={String(l.params)}>{n(l.params)}</output>
        </div>
        <div className="ar-readout">
          <span>{t('readout.mults')}</span>
          <output data-testid="mult-count" data-value={String(l.mults)}>{n(l.mults)}</output>
        </div>
        <div className="ar-readout is-total">
          <span>{t('readout.total')}</span>
          <output data-testid="param-total" data-value={String(l.paramsSoFar)}>{n(l.paramsSoFar)}</output>
        </div>
        <div className="ar-readout">
          <span>{t('readout.multTotal')}</span>
          <output data-testid="mult-total" data-value={String(l.multsSoFar)}>{n(l.multsSoFar)}</output>
        </div>
      </div>
      {l.printed && (
        <p className={ok ? 'ar-ok' : 'ar-bad'} data-testid="printed-check" data-value={ok ? 'agree' : 'differs'}>
          {t(`detail.printed${ok ? 'Ok' : 'Bad'}${l.printed.params === undefined ? 'Shape' : ''}`, {
            shape: l.printed.shape ? l.printed.shape.join('×') : '',
            params: l.printed.params !== undefined ? n(l.printed.params) : '',
          })}
        </p>
      )}
    </section>
  );
}
