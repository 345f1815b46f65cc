/**
 * ScrollRegion: a box that scrolls sideways when its content (a wide table) is wider than the
 * screen. It is a labelled, focusable region (arrow keys scroll it), shows shadows at the edges that
 * still hide content, and a line saying that it scrolls, only while it does.
 *
 * @example
 * <ScrollRegion label={t('table.caption')} className="ar-table-wrap"><table>…</table></ScrollRegion>
 */
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useOverflows } from './useOverflows';
import './messages';
import './scrollRegion.css';

export function ScrollRegion(props: { label: string; className?: string; children: ReactNode }) {
  const { t } = useTranslation('engine');
  const ref = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(ref);
  return (
    <div className="scroll-region-wrap">
      {overflows && <p className="scroll-cue" aria-hidden="true">{t('scroll.cue')}</p>}
      <div
        ref={ref}
        className={`scroll-region${overflows ? ' is-overflowing' : ''} ${props.className ?? ''}`}
        role="region"
        aria-label={overflows ? t('scroll.label', { name: props.label }) : props.label}
        tabIndex={overflows ? 0 : undefined}
      >
        {props.children}
      </div>
    </div>
  );
}
