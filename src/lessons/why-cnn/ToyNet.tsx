/*
 * L04: the toy network 5×5 → 4×4 → 4×4 → 3×3 → 3×3, connections fully connected vs a shared 3×3
 * filter (one or two filters), with the slide's totals 881, 36 and 72 and the notes (biases,
 * stacked channels).
 */
import { useTranslation } from 'react-i18next';
import { toyNetwork } from './calc';
import { TOY_PRINTED, TOY_SIDES } from './fixtures';
import { Readout } from './Readout';
import { grouped } from './words';

/** A layer as a small square of dots (side × side). */
function Layer({ side }: { side: number }) {
  return (
    <div className="wc-layer" style={{ gridTemplateColumns: `repeat(${side}, 1fr)` }} aria-hidden="true">
      {Array.from({ length: side * side }, (_, i) => (
        <span key={i} className="wc-dot" />
      ))}
    </div>
  );
}

export function ToyNet(props: { filters: number; onFilters(n: number): void }) {
  const { t } = useTranslation('why-cnn');
  const net = toyNetwork();
  const two = props.filters === 2;
  const convTotal = two ? net.conv2 : net.conv1;
  return (
    <div className="wc-toy">
      <fieldset className="wc-choice">
        <legend>{t('toy.filters')}</legend>
        {[1, 2].map((n) => (
          <label key={n}>
            <input type="radio" name="wc-filters" value={n} data-testid={`filters-${n}`} checked={props.filters === n} onChange={() => props.onFilters(n)} />
            {t(n === 1 ? 'toy.one' : 'toy.two')}
          </label>
        ))}
      </fieldset>
      <figure className="wc-net">
        <div className="wc-layers" role="img" aria-label={t('toy.netLabel', { sides: TOY_SIDES.map((s) => `${s}×${s}`).join(' → ') })}>
          {TOY_SIDES.map((s, i) => (
            <div key={i} className="wc-layer-box">
              <Layer side={s} />
              <span className="wc-layer-name">{s}×{s}</span>
            </div>
          ))}
        </div>
        <figcaption>{t('toy.caption')}</figcaption>
      </figure>
      <table className="wc-table" data-testid="toy-table">
        <caption>{t('toy.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('toy.link')}</th>
            <th scope="col">{t('toy.fc')}</th>
            <th scope="col">{two ? t('toy.conv2') : t('toy.conv1')}</th>
          </tr>
        </thead>
        <tbody>
          {net.links.map((l, i) => (
            <tr key={i}>
              <th scope="row">{l.from}×{l.from} → {l.to}×{l.to}</th>
              <td>{l.from * l.from}·{l.to * l.to} = {grouped(l.fc)}</td>
              <td>{two ? `3·3·2 = ${l.conv2}` : `3·3 = ${l.conv1}`}</td>
            </tr>
          ))}
          <tr className="wc-total">
            <th scope="row">{t('toy.total')}</th>
            <td>
              <output data-testid="fc-param-count" data-value={String(net.fc)}>{grouped(net.fc)}</output>
            </td>
            <td>
              <output data-testid="param-count" data-value={String(convTotal)}>{convTotal}</output>
            </td>
          </tr>
        </tbody>
      </table>
      <p className="wc-note">{t('toy.printed', { fc: TOY_PRINTED.fc, conv: two ? TOY_PRINTED.conv2 : TOY_PRINTED.conv1 })}</p>
      <div className="wc-readouts">
        <Readout testId="fc-param-count-bias" label={t('toy.withBias')} value={net.fcWithBias} />
        {two && <Readout testId="stacked-param-count" label={t('toy.stacked')} value={net.stacked} />}
      </div>
    </div>
  );
}
