import { useTranslation } from 'react-i18next';
import type { ModelSpec, ModelSummary } from '../../model/protocol';
import { ModelEditor } from '../views/ModelEditor';
import { SummaryTable } from '../views/SummaryTable';
import { Explain } from './Explain';

/** The model choice, its sizes, and its Keras-style summary (computed before training). */
export function ModelPanel({ spec, summary, summaryError, onChange, locked }: {
  spec: ModelSpec;
  summary: ModelSummary | null;
  summaryError: string | null;
  onChange(spec: ModelSpec): void;
  locked: boolean;
}) {
  const { t } = useTranslation('train');
  return (
    <section className="panel model-panel" aria-labelledby="model-title">
      <h2 id="model-title">{t('model.title')}</h2>
      <ModelEditor spec={spec} onChange={onChange} locked={locked} />
      {locked && <p className="small">{t('model.locked')}</p>}
      {summaryError && <p role="alert" className="field-error">{t('model.summaryError', { detail: summaryError })}</p>}
      {summary && <SummaryTable summary={summary} caption={t('model.summaryCaption', { kind: t(`editor.kinds.${spec.kind}`) })} />}
      {spec.kind === 'keras' && summary?.totalParams === 1199882 && <p className="small">{t('model.kerasNote')}</p>}
      <Explain id="summary" />
    </section>
  );
}
