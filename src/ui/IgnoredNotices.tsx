import { useTranslation } from 'react-i18next';
import type { IgnoredParam } from '../state/params';
import './messages';

/**
 * One role="alert" line per malformed link parameter ("Ignored kernel=abc in the link…").
 *
 * @example
 * <IgnoredNotices ignored={ignored} />
 */
export function IgnoredNotices({ ignored }: { ignored: IgnoredParam[] }) {
  const { t } = useTranslation('engine');
  return (
    <>
      {ignored.map((p) => (
        <p key={p.key} role="alert" className="notice" data-testid={`ignored-${p.key}`}>
          {t('ignored', { key: p.key, value: p.value })}
        </p>
      ))}
    </>
  );
}
