import { useTranslation } from 'react-i18next';
import { MNIST_TEST_COUNT } from '../../model/mnistSizes';
import { intParam } from '../../state/params';
import { useStore } from '../../state/store';
import { inspectDigit } from '../trainController';
import { ActivationMaps } from '../views/ActivationMaps';
import { FilterGrid } from '../views/FilterGrid';
import { SettingField } from '../views/SettingField';
import { SummaryTable } from '../views/SummaryTable';
import { Explain } from './Explain';

/** Inside the network: the first layer's filters, and every layer's maps for one test digit. */
export function InsidePanel() {
  const { t } = useTranslation('train');
  const filters = useStore((s) => s.train.filters);
  const activations = useStore((s) => s.train.activations);
  const testSet = useStore((s) => s.train.testSet);
  const inspectIndex = useStore((s) => s.train.inspectIndex);
  const model = useStore((s) => s.train.model);
  const count = testSet?.count ?? MNIST_TEST_COUNT;
  return (
    <section className="panel inside-panel" aria-labelledby="inside-title">
      <h2 id="inside-title">{t('inside.title')}</h2>
      <div className="inside-layout">
        <div>
          <h3>{t('filters.title')}</h3>
          {filters ? <FilterGrid layer={filters.layer} shape={filters.shape} data={filters.data} /> : <p className="small">{t('filters.empty')}</p>}
          <Explain id="filters" />
          {model && (
            <div className="inside-summary">
              <h3>{t('inside.summaryTitle')}</h3>
              <SummaryTable summary={{ rows: model.rows, totalParams: model.totalParams, trainableParams: model.totalParams, nonTrainableParams: 0 }} testId="worker-summary" />
            </div>
          )}
        </div>
        <div>
          <h3>{t('activations.title')}</h3>
          <p className="small">{t('activations.howTo')}</p>
          <SettingField
            id="inspect-index"
            testId="inspect-index"
            label={t('activations.pickDigit', { max: count - 1 })}
            value={inspectIndex}
            parse={intParam(0, 0, count - 1).parse}
            min={0}
            max={count - 1}
            error={t('run.errInt', { min: 0, max: count - 1 })}
            onCommit={inspectDigit}
          />
          {activations ? (
            <ActivationMaps
              testIndex={activations.testIndex}
              label={activations.label}
              probs={activations.probs}
              layers={activations.layers}
              images={testSet?.images ?? null}
            />
          ) : (
            <p className="small">{t('activations.empty')}</p>
          )}
          <Explain id="activations" />
        </div>
      </div>
    </section>
  );
}
