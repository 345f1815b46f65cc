import { useTranslation } from 'react-i18next';

/** A short explanation for the learner, folded: `explain.<id>.title` and `explain.<id>.text`. */
export function Explain({ id }: { id: 'loss' | 'dropout' | 'confusion' | 'filters' | 'activations' | 'summary' | 'schedule' | 'backend' | 'save' }) {
  const { t } = useTranslation('train');
  return (
    <details className="explain" data-explain={id}>
      <summary>{t(`explain.${id}.title`)}</summary>
      <p>{t(`explain.${id}.text`)}</p>
    </details>
  );
}
