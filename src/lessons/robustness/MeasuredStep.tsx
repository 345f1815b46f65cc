import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui';
import { MEASURED, meanAccuracy, type MeasuredRun } from './measured';

const pct = (a: number) => `${(a * 100).toFixed(1)}%`;
const DISTANCES = [0, 1, 2, 3, 4] as const;
/** A link setting such as "augment=shift,rotate" with a line-break opportunity after each = and comma (never inside a word). */
function breakable(text: string) {
  return text.split(/(?<=[,=])/).map((part, i) => (i === 0 ? part : <Fragment key={i}><wbr />{part}</Fragment>));
}

const RUN_KEYS = { none: 'measured.none', shift: 'measured.shiftAug', 'shift,rotate,scale,thickness': 'measured.all' } as const;

function Bar({ value, testId }: { value: number; testId: string }) {
  return (
    <td className="rb-bar-cell" data-testid={testId} data-value={String(value)}>
      <span className="rb-bar" aria-hidden="true"><span style={{ width: `${value * 100}%` }} /></span>
      <span className="rb-num">{pct(value)}</span>
    </td>
  );
}

/** Step 2: LeNet-5 with and without augmentation on the shifted test sets (figures from the benchmark). */
export function MeasuredStep() {
  const { t } = useTranslation('robustness');
  const runs: readonly MeasuredRun[] = MEASURED.runs;
  const others = [
    { key: 'rotate', label: t('measured.rotate'), ids: ['rotate-cw15', 'rotate-ccw15'] },
    { key: 'scale', label: t('measured.scale'), ids: ['scale-0.8', 'scale-1.2'] },
    { key: 'thinner', label: t('measured.thinner'), ids: ['thinner'] },
  ];
  return (
    <div className="rb-measured">
      <table className="rb-table">
        <caption>{t('measured.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('measured.shift')}</th>
            {runs.map((r) => (
              <th key={r.augment} scope="col">
                {breakable(t(RUN_KEYS[r.augment]))}
                <span className="rb-small">{t('measured.images', { images: r.images.toLocaleString('en-US') })}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DISTANCES.map((d) => (
            <tr key={d}>
              <th scope="row">{d === 0 ? t('measured.plain') : t('measured.px', { d })}</th>
              {runs.map((r) => <Bar key={r.augment} value={meanAccuracy(r, d)} testId={`measured-${r.augment === 'none' ? 'none' : r.augment === 'shift' ? 'shift' : 'all'}-${d}`} />)}
            </tr>
          ))}
          <tr>
            <th scope="rowgroup" colSpan={runs.length + 1} className="rb-sub">{t('measured.others')}</th>
          </tr>
          {others.map((o) => (
            <tr key={o.key}>
              <th scope="row">{o.label}</th>
              {runs.map((r) => <Bar key={r.augment} value={o.ids.reduce((s, id) => s + r.acc[id], 0) / o.ids.length} testId={`measured-${o.key}-${r.augment === 'none' ? 'none' : r.augment === 'shift' ? 'shift' : 'all'}`} />)}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="rb-links">
        <Link to="/train" params={{ autostart: 1 }} testId="train-plain-link">{t('text.measured.train')}</Link>
        {' · '}
        <Link to="/train" params={{ autostart: 1, augment: 'shift' }} testId="train-augment-link">{t('text.measured.trainAug')}</Link>
      </p>
    </div>
  );
}
