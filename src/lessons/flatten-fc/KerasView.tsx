/*
 * Part 4: the lecture's Keras model summary (L26), recomputed with the core's layerShapes, next to
 * the numbers the slide printed; Flatten (9,216) and Dense(128) (1,179,776) stand out.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LayerShape } from '../../core';
import { kerasShape, kerasSummary } from './calc';
import { KERAS_LAYERS, KERAS_PRINTED, KERAS_PRINTED_TOTAL } from './fixtures';

const SUMMARY = kerasSummary();
const n = (v: number) => v.toLocaleString('en-US');

function how(t: TFunction<'flatten-fc'>, r: LayerShape, i: number): string {
  const spec = KERAS_LAYERS[i];
  switch (spec.type) {
    case 'conv': {
      const k = typeof spec.kernelSize === 'number' ? spec.kernelSize : spec.kernelSize[0];
      return `${t('keras.convHow', { k, cin: r.inputShape[0], cout: r.outputShape[0] })} = ${n(r.params)}`;
    }
    case 'maxpool':
      return t('keras.poolHow', { from: r.inputShape[1], to: r.outputShape[1] });
    case 'flatten':
      return t('keras.flattenHow', { dims: [r.inputShape[1], r.inputShape[2], r.inputShape[0]].join('·'), n: n(r.outputShape[0]) });
    case 'dense':
      return `${t('keras.denseHow', { inputs: n(r.inputShape[0]), units: n(r.outputShape[0]) })} = ${n(r.params)}`;
    default:
      return t('keras.noParams');
  }
}

export function KerasView() {
  const { t } = useTranslation('flatten-fc');
  return (
    <div className="fc-keras">
      <table className="fc-table fc-keras-table" data-testid="keras-summary">
        <caption>{t('keras.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('keras.layer')}</th>
            <th scope="col">{t('keras.shape')}</th>
            <th scope="col">{t('keras.params')}</th>
            <th scope="col">{t('keras.how')}</th>
            <th scope="col">{t('keras.slide')}</th>
          </tr>
        </thead>
        <tbody>
          {SUMMARY.rows.map((r, i) => {
            const printed = KERAS_PRINTED[i];
            const shape = kerasShape(r.outputShape);
            const same = printed.params === r.params && printed.shape === shape;
            const highlight = r.type === 'flatten' || r.name === 'dense_2';
            return (
              <tr key={r.name} className={highlight ? 'is-key' : undefined} data-testid={`keras-row-${i}`}>
                <th scope="row">
                  {r.name} ({printed.type})
                </th>
                <td data-testid={`keras-shape-${i}`}>{shape}</td>
                <td data-testid={`keras-params-${i}`} data-value={String(r.params)}>{n(r.params)}</td>
                <td className="fc-how">{how(t, r, i)}</td>
                <td className={same ? 'ok' : 'bad'}>{same ? `✓ ${n(printed.params)}` : n(printed.params)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('keras.total')}</th>
            <td />
            <td data-testid="keras-total" data-value={String(SUMMARY.total)}>{n(SUMMARY.total)}</td>
            <td className="fc-how">{SUMMARY.rows.map((r) => n(r.params)).filter((v) => v !== '0').join(' + ')}</td>
            <td className={SUMMARY.total === KERAS_PRINTED_TOTAL ? 'ok' : 'bad'}>
              {SUMMARY.total === KERAS_PRINTED_TOTAL ? `✓ ${n(KERAS_PRINTED_TOTAL)}` : n(KERAS_PRINTED_TOTAL)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
