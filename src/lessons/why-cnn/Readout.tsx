/*
 * One computed quantity on screen: a label, the number with thousands separators (and, when
 * asked, in words), and the test hook `data-testid` + `data-value` (the exact number).
 */
import type { ReactNode } from 'react';
import { grouped } from './words';

export function Readout(props: { testId: string; label: ReactNode; value: number; words?: string; strong?: boolean }) {
  return (
    <div className={`wc-readout${props.strong ? ' is-strong' : ''}`}>
      <span className="wc-readout-label">{props.label}</span>
      <output data-testid={props.testId} data-value={String(props.value)}>
        {grouped(props.value)}
      </output>
      {props.words && <span className="wc-readout-words">≈ {props.words}</span>}
    </div>
  );
}
