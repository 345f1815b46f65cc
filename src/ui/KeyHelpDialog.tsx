/**
 * KeyHelpDialog: the list of lesson keys ("?" opens it, Escape or the button closes it; focus goes
 * to the close button and back to `returnFocus` afterwards).
 */
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './messages';

export function KeyHelpDialog(props: { open: boolean; onClose(): void }) {
  const { t } = useTranslation('engine');
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.open) closeRef.current?.focus();
  }, [props.open]);
  if (!props.open) return null;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' || e.key === '?') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
    } else if (e.key === 'Tab') {
      e.preventDefault();
      closeRef.current?.focus();
    } else {
      e.stopPropagation();
    }
  };
  const rows: [string, string][] = [
    [t('keys.stepKeys'), t('keys.step')],
    [t('keys.playKeys'), t('keys.play')],
    [t('keys.endsKeys'), t('keys.ends')],
    [t('keys.speedKeys'), t('keys.speed')],
    [t('keys.presentKeys'), t('keys.present')],
    [t('keys.helpKeys'), t('keys.help')],
  ];
  return (
    <div className="dialog-backdrop" onClick={props.onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="keys-dialog"
        onKeyDown={onKeyDown}
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id={titleId}>{t('keys.title')}</h2>
        <p>{t('keys.intro')}</p>
        <dl className="key-list">
          {rows.map(([k, what]) => (
            <div key={what}>
              <dt><kbd>{k}</kbd></dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p>{t('keys.grid')}</p>
        <button type="button" ref={closeRef} onClick={props.onClose}>{t('keys.close')}</button>
      </div>
    </div>
  );
}
