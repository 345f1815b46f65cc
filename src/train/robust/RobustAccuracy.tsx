import { useTranslation } from 'react-i18next';
import { ROBUST_TRANSFORMS, SHIFT_DISTANCES } from '../../core/robustSets';
import type { RobustAccuracy as Acc } from '../../state/robustTrainView';

const DIRS = ['right', 'left', 'down', 'up'] as const;
const pct = (a: number) => `${(a * 100).toFixed(1)}%`;
/** The message of each set that is not plain or a shift. */
const NAME_KEYS = {
  'rotate-cw15': 'test.names.rotate-cw15',
  'rotate-ccw15': 'test.names.rotate-ccw15',
  'scale-0.8': 'test.names.scale-0_8',
  'scale-0.9': 'test.names.scale-0_9',
  'scale-1.1': 'test.names.scale-1_1',
  'scale-1.2': 'test.names.scale-1_2',
  thicker: 'test.names.thicker',
  thinner: 'test.names.thinner',
} as const;
const nameKey = (id: string) => NAME_KEYS[id as keyof typeof NAME_KEYS];

function Cell({ id, acc, label }: { id: string; acc: Acc | undefined; label: string }) {
  return (
    <td data-testid={acc ? `robust-accuracy-${id}` : undefined} data-value={acc ? String(acc.accuracy) : undefined} aria-label={label}
      className={acc ? 'num robust-cell' : 'num'} style={acc ? { ['--acc' as string]: String(acc.accuracy) } : undefined}>
      {acc ? pct(acc.accuracy) : '–'}
    </td>
  );
}

/** The accuracy per robustness set: plain, a direction × distance table of shifts, and the other sets as bars. */
export function RobustAccuracyTable({ results }: { results: Record<string, Acc> }) {
  const { t } = useTranslation('robust');
  const plain = results.plain;
  const others = ROBUST_TRANSFORMS.filter((x) => x.group !== 'plain' && x.group !== 'shift');
  return (
    <div className="robust-results">
      <p>
        {t('test.plain')}: <strong data-testid={plain ? 'robust-accuracy-plain' : undefined} data-value={plain ? String(plain.accuracy) : undefined}>{plain ? pct(plain.accuracy) : '–'}</strong>
      </p>
      <table className="robust-shifts">
        <caption>{t('test.shift')}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {SHIFT_DISTANCES.map((d) => <th key={d} scope="col">{t('test.px', { d })}</th>)}
          </tr>
        </thead>
        <tbody>
          {DIRS.map((dir) => (
            <tr key={dir}>
              <th scope="row">{t(`test.dir.${dir}`)}</th>
              {SHIFT_DISTANCES.map((d) => {
                const id = `shift-${dir}-${d}`;
                const acc = results[id];
                return <Cell key={id} id={id} acc={acc} label={t('test.cell', { name: `${t(`test.dir.${dir}`)} ${t('test.px', { d })}`, acc: acc ? pct(acc.accuracy) : '–' })} />;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('test.others')}</h4>
      <ul className="robust-bars">
        {others.map((x) => {
          const acc = results[x.id];
          return (
            <li key={x.id} data-testid={acc ? `robust-accuracy-${x.id}` : undefined} data-value={acc ? String(acc.accuracy) : undefined}>
              <span>{t(nameKey(x.id))}</span>
              <span className="robust-track" aria-hidden="true"><span className="robust-fill" style={{ width: `${(acc?.accuracy ?? 0) * 100}%` }} /></span>
              <span className="num">{acc ? pct(acc.accuracy) : '–'}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
